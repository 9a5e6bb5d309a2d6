"""The in-process store: the service as it ran before the database, and the migration's rollback mode.

It assigns ids itself, from counters, and answers every read with the same filtering, ordering
and keyset pagination as the repository, so that a client cannot tell which store served it.
Everything it keeps is a private copy: callers may mutate what they passed in or got back.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from taas.storage.records import (
    AuditRecord, Cursor, FactFilter, FactRecord, NewValidation, Page, ResultFilter, ResultRecord,
)
from taas.storage.repository import summarize_stats


def _contains(document: Any, wanted: Any) -> bool:
    """PostgreSQL's jsonb `@>` containment, on Python values."""
    if isinstance(wanted, dict):
        return isinstance(document, dict) and all(key in document and _contains(document[key], value) for key, value in wanted.items())
    if isinstance(wanted, list):
        return isinstance(document, list) and all(any(_contains(item, w) for item in document) for w in wanted)
    return document == wanted and isinstance(document, bool) == isinstance(wanted, bool)


def _copy_fact(fact: FactRecord) -> FactRecord:
    clone = copy.copy(fact)
    clone.results = []
    return clone


class MemoryStore:
    def __init__(self) -> None:
        self.facts: dict[int, FactRecord] = {}
        self.results: dict[int, ResultRecord] = {}
        self.audits: dict[int, AuditRecord] = {}
        self.results_of: dict[int, list[int]] = {}
        self.next_fact_id = 1
        self.next_result_id = 1
        self.next_audit_id = 1

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    # ids

    def reserve_above(self, fact_id: int, result_id: int, audit_id: int) -> None:
        """Never hand out an id at or below these (ids the database already holds)."""
        self.next_fact_id = max(self.next_fact_id, fact_id + 1)
        self.next_result_id = max(self.next_result_id, result_id + 1)
        self.next_audit_id = max(self.next_audit_id, audit_id + 1)

    def _fact_id(self, wanted: int | None) -> int:
        if wanted is None:
            wanted = self.next_fact_id
        self.next_fact_id = max(self.next_fact_id, wanted + 1)
        return wanted

    def _result_id(self, wanted: int | None) -> int:
        if wanted is None:
            wanted = self.next_result_id
        self.next_result_id = max(self.next_result_id, wanted + 1)
        return wanted

    def _audit_id(self, wanted: int | None) -> int:
        if wanted is None:
            wanted = self.next_audit_id
        self.next_audit_id = max(self.next_audit_id, wanted + 1)
        return wanted

    # writes (no await inside: each is atomic on the event loop)

    def _put(self, item: NewValidation) -> None:
        item.fact.id = self._fact_id(item.fact.id)
        item.result.fact_id = item.fact.id
        item.result.id = self._result_id(item.result.id)
        self.facts[item.fact.id] = _copy_fact(item.fact)
        self._put_result(copy.copy(item.result))
        if item.audit is not None:
            self.record_audit(item.audit)

    def _put_result(self, result: ResultRecord) -> None:
        self.results[result.id] = result  # type: ignore[index]
        self.results_of.setdefault(result.fact_id, []).append(result.id)  # type: ignore[arg-type]

    async def save(self, item: NewValidation) -> NewValidation:
        self._put(item)
        return item

    async def save_many(self, items: list[NewValidation]) -> list[NewValidation]:
        for item in items:
            self._put(item)
        return items

    async def add_result(self, result: ResultRecord, *, status: str, score: Any) -> ResultRecord:
        fact = self.facts.get(result.fact_id)
        if fact is None:
            raise KeyError(f"fact {result.fact_id} does not exist")
        result.id = self._result_id(result.id)
        self._put_result(copy.copy(result))
        fact.validation_status = status
        fact.validation_score = score
        fact.updated_at = result.detected_at
        return result

    def record_audit(self, audit: AuditRecord) -> None:
        audit.id = self._audit_id(audit.id)
        self.audits[audit.id] = copy.copy(audit)

    def put_fact(self, fact: FactRecord) -> None:
        """Store a fact as it is (import, tests); its id is kept."""
        fact = _copy_fact(fact)
        fact.id = self._fact_id(fact.id)
        self.facts[fact.id] = fact

    def put_result(self, result: ResultRecord) -> None:
        result = copy.copy(result)
        result.id = self._result_id(result.id)
        self._put_result(result)

    async def flush_audits(self) -> None:
        pass

    # reads

    async def get_fact(self, fact_id: int) -> FactRecord | None:
        fact = self.facts.get(fact_id)
        if fact is None:
            return None
        found = _copy_fact(fact)
        found.results = sorted(
            (copy.copy(self.results[rid]) for rid in self.results_of.get(fact_id, ())),
            key=lambda r: (r.detected_at, r.id),
            reverse=True,
        )
        return found

    def _has_pattern(self, fact_id: int, pattern: str) -> bool:
        return any(
            any(p.get("type") == pattern for p in self.results[rid].deception_patterns)
            for rid in self.results_of.get(fact_id, ())
        )

    async def list_facts(self, where: FactFilter, limit: int, cursor: Cursor | None) -> Page:
        def keep(fact: FactRecord) -> bool:
            if where.status and fact.validation_status != where.status:
                return False
            if where.since and fact.created_at < where.since:
                return False
            if where.until and fact.created_at >= where.until:
                return False
            if where.q and where.q.lower() not in fact.content.lower():
                return False
            if where.metadata and not _contains(fact.metadata, where.metadata):
                return False
            if where.pattern and not self._has_pattern(fact.id, where.pattern):  # type: ignore[arg-type]
                return False
            return cursor is None or (fact.created_at, fact.id) < (cursor.at, cursor.id)

        rows = sorted((f for f in list(self.facts.values()) if keep(f)), key=lambda f: (f.created_at, f.id), reverse=True)
        items = [_copy_fact(f) for f in rows[:limit]]
        return Page.of(items, more=len(rows) > limit, position=lambda fact: fact.created_at)

    async def list_results(self, where: ResultFilter, limit: int, cursor: Cursor | None) -> Page:
        def keep(result: ResultRecord) -> bool:
            if where.pattern and not any(p.get("type") == where.pattern for p in result.deception_patterns):
                return False
            if where.min_probability is not None and result.probability < where.min_probability:
                return False
            if where.since and result.detected_at < where.since:
                return False
            return cursor is None or (result.detected_at, result.id) < (cursor.at, cursor.id)

        rows = sorted((r for r in list(self.results.values()) if keep(r)), key=lambda r: (r.detected_at, r.id), reverse=True)
        items = [copy.copy(r) for r in rows[:limit]]
        return Page.of(items, more=len(rows) > limit, position=lambda result: result.detected_at)

    async def stats(self) -> dict[str, Any]:
        statuses: dict[tuple[str, str], int] = {}
        for fact in list(self.facts.values()):
            key = (fact.created_at.date().isoformat(), fact.validation_status)
            statuses[key] = statuses.get(key, 0) + 1
        patterns: dict[tuple[str, str], int] = {}
        for result in list(self.results.values()):
            for pattern in result.deception_patterns:
                key = (result.detected_at.date().isoformat(), pattern.get("type"))
                patterns[key] = patterns.get(key, 0) + 1
        return summarize_stats(
            ((d, s, n) for (d, s), n in sorted(statuses.items())), ((d, t, n) for (d, t), n in sorted(patterns.items()))
        )

    async def ping(self) -> None:
        pass

    # bulk access for backfill, verify and export: ascending ids, a snapshot of the keys

    def fact_ids(self) -> list[int]:
        return sorted(self.facts)

    def result_ids(self) -> list[int]:
        return sorted(self.results)

    def audit_ids(self) -> list[int]:
        return sorted(self.audits)

    def iter_table(self, table: str, batch: int = 1000) -> Iterator[list[Any]]:
        """Rows of `facts`, `validation_results` or `api_requests` by ascending id, in batches."""
        source: dict[int, Any] = {"facts": self.facts, "validation_results": self.results, "api_requests": self.audits}[table]
        ids = sorted(source)
        for start in range(0, len(ids), batch):
            rows = [source[i] for i in ids[start : start + batch] if i in source]
            if rows:
                yield rows

    def counts(self) -> dict[str, int]:
        return {"facts": len(self.facts), "validation_results": len(self.results), "api_requests": len(self.audits)}
