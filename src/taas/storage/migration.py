"""Backfill (memory → database) and verify (memory against database, row by row).

Both work in batches of ids. Each batch runs with the switch lock held exclusively, so the
two stores are compared or completed at a moment when no write is half-done; writes pause
for the length of one batch, not of the whole run.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator
from typing import Any

from taas.storage.phases import SwitchableStore
from taas.storage.repository import BulkRepository
from taas.storage.rows import ROW_OF, encode

BATCH = 1000
MAX_DIFFERENCES = 20


def _memory_table(store: SwitchableStore, table: str) -> dict[int, Any]:
    memory = store.memory
    return {"facts": memory.facts, "validation_results": memory.results, "api_requests": memory.audits}[table]


async def backfill(store: SwitchableStore, *, batch: int = BATCH) -> AsyncIterator[dict[str, Any]]:
    """Copy into the database what only memory holds; facts whose status changed are updated.

    Idempotent: rows already there (same id) are left alone. Yields progress after every batch,
    and a summary last (`"done": true`)."""
    started = time.perf_counter()
    try:
        await store.database.flush_audits()
    except Exception:
        pass  # the audit rows still queued are copied below
    # One snapshot of every table, taken at one instant: each result's fact is in it.
    snapshot = {table: sorted(_memory_table(store, table)) for table in ROW_OF}
    total = sum(len(ids) for ids in snapshot.values())
    summary: dict[str, Any] = {table: {"in_memory": len(snapshot[table]), "inserted": 0, "updated": 0} for table in ROW_OF}
    done = 0
    for table, ids in snapshot.items():
        rows = _memory_table(store, table)
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            async with store.lock.exclusive():
                records = [rows[i] for i in chunk if i in rows]
                async with store.database._transaction() as repository:
                    bulk = BulkRepository(repository.connection)
                    existing = await bulk.rows_by_id(table, chunk)
                    summary[table]["inserted"] += await bulk.insert_missing(
                        table, [r for r in records if r.id not in existing]
                    )
                    if table == "facts":
                        for record in records:
                            there = existing.get(record.id)
                            if there is not None and ROW_OF[table](there) != ROW_OF[table](record):
                                await bulk.update_fact_state(record)
                                summary[table]["updated"] += 1
                if table == "facts":
                    store.unsynced_facts.difference_update(chunk)
                elif table == "validation_results":
                    store.unsynced_results.difference_update(chunk)
            done += len(chunk)
            yield {"table": table, "done": done, "total": total, **{k: v for k, v in summary[table].items()}}
    async with store.lock.exclusive():
        async with store.database._transaction() as repository:
            await BulkRepository(repository.connection).sync_sequences(store.sequence_floors())
    summary["seconds"] = round(time.perf_counter() - started, 3)
    summary["done"] = True
    summary["unsynced"] = {"facts": len(store.unsynced_facts), "validation_results": len(store.unsynced_results)}
    store.last_backfill = summary
    yield summary


async def run_backfill(store: SwitchableStore, *, batch: int = BATCH) -> dict[str, Any]:
    last: dict[str, Any] = {}
    async for last in backfill(store, batch=batch):
        pass
    return last


def _canonical(table: str, record: Any) -> bytes:
    return encode(ROW_OF[table](record))


async def verify(store: SwitchableStore, *, batch: int = BATCH, max_differences: int = MAX_DIFFERENCES) -> dict[str, Any]:
    """Compare facts and validation results row by row; counts, checksums and the first differences.

    Rows are compared up to the largest id memory held when verify began; rows written while it
    runs are counted as `not_compared`. api_requests are compared by count only (they are
    written in the background, late by design)."""
    started = time.perf_counter()
    report: dict[str, Any] = {"tables": {}, "differences": []}
    for table in ("facts", "validation_results"):
        rows = _memory_table(store, table)
        ids = sorted(rows)
        upper = ids[-1] if ids else 0
        memory_hash, database_hash = hashlib.sha256(), hashlib.sha256()
        counts = {"memory": 0, "database": 0, "equal": 0, "differing": 0, "only_in_memory": 0, "only_in_database": 0}
        previous = 0
        starts = list(range(0, len(ids), batch)) or [0]
        for index, start in enumerate(starts):
            chunk = ids[start : start + batch]
            high = chunk[-1] if chunk else 0
            if index == len(starts) - 1:
                high = max(high, upper)
            async with store.lock.exclusive():
                mine = {i: _canonical(table, rows[i]) for i in chunk if i in rows}
                async with store.database._read() as repository:
                    bulk = BulkRepository(repository.connection)
                    theirs: dict[int, bytes] = {}
                    after = previous
                    while True:
                        found = await bulk.rows_after(table, after, 10_000, upto_id=high)
                        theirs.update((r.id, _canonical(table, r)) for r in found)
                        if len(found) < 10_000:
                            break
                        after = found[-1].id
            for ident in sorted(mine.keys() | theirs.keys()):
                a, b = mine.get(ident), theirs.get(ident)
                if a is not None:
                    counts["memory"] += 1
                    memory_hash.update(a + b"\n")
                if b is not None:
                    counts["database"] += 1
                    database_hash.update(b + b"\n")
                if a == b:
                    counts["equal"] += 1
                    continue
                kind = "only_in_memory" if b is None else "only_in_database" if a is None else "differing"
                counts[kind] += 1
                if len(report["differences"]) < max_differences:
                    report["differences"].append(_difference(table, ident, kind, a, b))
            previous = high
        async with store.database._read() as repository:
            later = await BulkRepository(repository.connection).count_above(table, upper)
        counts["not_compared"] = {"memory": sum(1 for i in list(rows) if i > upper), "database": later}
        counts["memory_checksum"] = memory_hash.hexdigest()
        counts["database_checksum"] = database_hash.hexdigest()
        report["tables"][table] = counts
    async with store.database._read() as repository:
        database_counts = await BulkRepository(repository.connection).counts()
    report["tables"]["api_requests"] = {"memory": len(store.memory.audits), "database": database_counts["api_requests"]}
    report["ok"] = all(
        t["differing"] == t["only_in_memory"] == t["only_in_database"] == 0
        for name, t in report["tables"].items() if name != "api_requests"
    )
    report["mode"] = store.mode.value
    report["seconds"] = round(time.perf_counter() - started, 3)
    return report


def _difference(table: str, ident: int, kind: str, mine: bytes | None, theirs: bytes | None) -> dict[str, Any]:
    import orjson

    entry: dict[str, Any] = {"table": table, "id": ident, "kind": kind}
    if mine is not None and theirs is not None:
        a, b = orjson.loads(mine), orjson.loads(theirs)
        entry["fields"] = {key: {"memory": a.get(key), "database": b.get(key)} for key in a if a.get(key) != b.get(key)}
    return entry
