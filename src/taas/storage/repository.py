"""Every SQL statement the service runs. Callers own the connection and its transaction."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import orjson
import psycopg
from sqlalchemy import Select, and_, cast, exists, func, insert, literal_column, or_, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncConnection

from taas.db.models import ApiRequest, Fact, ValidationResult
from taas.observability.dbstats import observe_statement, observe_transaction
from taas.storage.records import (
    AuditRecord,
    Cursor,
    FactFilter,
    FactRecord,
    NewValidation,
    Page,
    ResultFilter,
    ResultRecord,
)

FACT_COLUMNS = (
    Fact.id, Fact.content, Fact.metadata_, Fact.inputs, Fact.validation_status,
    Fact.validation_score, Fact.created_at, Fact.updated_at,
)
RESULT_COLUMNS = (
    ValidationResult.id, ValidationResult.fact_id, ValidationResult.deception_patterns,
    ValidationResult.probability, ValidationResult.status, ValidationResult.coherence_score,
    ValidationResult.engine_version, ValidationResult.details, ValidationResult.detected_at,
)


def _fact(row: Any) -> FactRecord:
    return FactRecord(
        id=row.id, content=row.content, metadata=row.metadata, inputs=row.inputs,
        validation_status=row.validation_status, validation_score=row.validation_score,
        created_at=row.created_at, updated_at=row.updated_at,
    )


def _result(row: Any) -> ResultRecord:
    return ResultRecord(
        id=row.id, fact_id=row.fact_id, deception_patterns=row.deception_patterns or [],
        probability=row.probability, status=row.status, coherence_score=row.coherence_score,
        engine_version=row.engine_version, details=row.details or {}, detected_at=row.detected_at,
    )


def _fact_values(fact: FactRecord) -> dict[str, Any]:
    values = {
        "content": fact.content, "metadata": fact.metadata, "inputs": fact.inputs,
        "validation_status": fact.validation_status, "validation_score": fact.validation_score,
        "created_at": fact.created_at, "updated_at": fact.updated_at,
    }
    if fact.id is not None:
        values["id"] = fact.id
    return values


def _result_values(result: ResultRecord) -> dict[str, Any]:
    values = {
        "fact_id": result.fact_id, "deception_patterns": result.deception_patterns,
        "probability": result.probability, "status": result.status,
        "coherence_score": result.coherence_score, "engine_version": result.engine_version,
        "details": result.details, "detected_at": result.detected_at,
    }
    if result.id is not None:
        values["id"] = result.id
    return values


def _audit_values(audit: AuditRecord) -> dict[str, Any]:
    values = {
        "endpoint": audit.endpoint, "method": audit.method, "response_code": audit.response_code,
        "duration_ms": audit.duration_ms, "created_at": audit.created_at,
        "user_agent": audit.user_agent, "ip_address": audit.ip_address,
    }
    if audit.id is not None:
        values["id"] = audit.id
    return values


def _decimal(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _json_rows(rows: list[dict[str, Any]]) -> str:
    # One JSON document for the whole batch: orjson encodes it in C, where psycopg would dump
    # a dozen arrays element by element in Python.
    return orjson.dumps(rows, default=_decimal).decode()


# One statement for a whole group commit: ids given by memory (dual write) kept, others drawn
# from the sequences in input order (COALESCE evaluates nextval only when needed), then
# facts, results and audit rows inserted from arrays. Its text never changes with the batch
# size, so it is prepared once per connection (server-side prepared statement).
BATCH_INSERT = """
WITH input AS MATERIALIZED (
    SELECT COALESCE(t.given_fact_id, nextval('facts_id_seq'::regclass)) AS fact_id,
           COALESCE(t.given_result_id, nextval('validation_results_id_seq'::regclass)) AS result_id, t.*
    FROM ROWS FROM (json_to_recordset(%(rows)s::json) AS (
        given_fact_id int, given_result_id int, content text, metadata jsonb, inputs jsonb, validation_status text, validation_score numeric,
        created_at timestamp, updated_at timestamp, deception_patterns jsonb, probability numeric, status text,
        coherence_score numeric, engine_version text, details jsonb, detected_at timestamp)
    ) WITH ORDINALITY AS t
    ORDER BY t.ordinality
), new_facts AS (
    INSERT INTO facts (id, content, metadata, inputs, validation_status, validation_score, created_at, updated_at)
    SELECT fact_id, content, metadata, inputs, validation_status, validation_score, created_at, updated_at
    FROM input
), new_results AS (
    INSERT INTO validation_results (id, fact_id, deception_patterns, probability, status, coherence_score,
                                    engine_version, details, detected_at)
    SELECT result_id, fact_id, deception_patterns, probability, status, coherence_score, engine_version, details,
           detected_at
    FROM input
), new_audits AS (
    INSERT INTO api_requests (id, endpoint, method, response_code, duration_ms, created_at, user_agent, ip_address)
    SELECT COALESCE(id, nextval('api_requests_id_seq'::regclass)), endpoint, method, response_code, duration_ms,
           created_at, user_agent, ip_address
    FROM json_to_recordset(%(audits)s::json) AS a(
        id int, endpoint text, method text, response_code int, duration_ms int, created_at timestamp, user_agent text,
        ip_address inet)
)
SELECT fact_id, result_id FROM input ORDER BY ordinality
"""


async def insert_batch_postgres(
    connection: psycopg.AsyncConnection[Any], items: Sequence[NewValidation], audits: Sequence[AuditRecord]
) -> None:
    """Facts, their results and audit rows in one statement, one round trip, on the driver's connection.

    In autocommit mode the statement is its own transaction: no BEGIN and COMMIT round trips."""
    rows = [
        {
            "given_fact_id": item.fact.id, "given_result_id": item.result.id,
            "content": item.fact.content, "metadata": item.fact.metadata, "inputs": item.fact.inputs,
            "validation_status": item.fact.validation_status, "validation_score": item.fact.validation_score,
            "created_at": item.fact.created_at, "updated_at": item.fact.updated_at,
            "deception_patterns": item.result.deception_patterns, "probability": item.result.probability,
            "status": item.result.status, "coherence_score": item.result.coherence_score,
            "engine_version": item.result.engine_version, "details": item.result.details,
            "detected_at": item.result.detected_at,
        }
        for item in items
    ]
    parameters = {"rows": _json_rows(rows), "audits": _json_rows([_audit_values(a) for a in audits])}
    started = time.perf_counter()
    cursor = await connection.execute(BATCH_INSERT, parameters, prepare=True)
    ids = await cursor.fetchall()
    observe_statement(BATCH_INSERT, time.perf_counter() - started)
    observe_transaction("commit")
    for item, (fact_id, result_id) in zip(items, ids, strict=True):
        item.fact.id = item.result.fact_id = fact_id
        item.result.id = result_id


class Repository:
    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.postgres = connection.dialect.name == "postgresql"

    # writes

    async def insert_validations(self, items: Sequence[NewValidation]) -> list[tuple[int, int]]:
        if not items:
            return []
        fact_ids = (
            await self.connection.execute(
                insert(Fact).returning(Fact.id, sort_by_parameter_order=True),
                [_fact_values(item.fact) for item in items],
            )
        ).scalars().all()
        for item, fact_id in zip(items, fact_ids, strict=True):
            item.fact.id = fact_id
            item.result.fact_id = fact_id
        result_ids = (
            await self.connection.execute(
                insert(ValidationResult).returning(ValidationResult.id, sort_by_parameter_order=True),
                [_result_values(item.result) for item in items],
            )
        ).scalars().all()
        for item, result_id in zip(items, result_ids, strict=True):
            item.result.id = result_id
        return list(zip(fact_ids, result_ids, strict=True))

    async def insert_batch(self, items: Sequence[NewValidation], audits: Sequence[AuditRecord]) -> None:
        """Facts, their results and audit rows, statement by statement (SQLite; PostgreSQL uses insert_batch_postgres)."""
        await self.insert_validations(items)
        await self.insert_audits(audits)

    async def insert_audits(self, audits: Sequence[AuditRecord]) -> None:
        if audits:
            await self.connection.execute(insert(ApiRequest), [_audit_values(audit) for audit in audits])

    async def add_result(self, result: ResultRecord, *, status: str, score: Any, updated_at: datetime) -> int:
        result_id = (
            await self.connection.execute(insert(ValidationResult).returning(ValidationResult.id), _result_values(result))
        ).scalar_one()
        await self.connection.execute(
            update(Fact)
            .where(Fact.id == result.fact_id)
            .values(validation_status=status, validation_score=score, updated_at=updated_at)
        )
        return result_id

    # reads

    async def get_fact(self, fact_id: int) -> FactRecord | None:
        row = (await self.connection.execute(select(*FACT_COLUMNS).where(Fact.id == fact_id))).first()
        if row is None:
            return None
        fact = _fact(row)
        rows = await self.connection.execute(
            select(*RESULT_COLUMNS)
            .where(ValidationResult.fact_id == fact_id)
            .order_by(ValidationResult.detected_at.desc(), ValidationResult.id.desc())
        )
        fact.results = [_result(r) for r in rows]
        return fact

    def _has_pattern(self, pattern: str) -> Any:
        if self.postgres:
            return ValidationResult.deception_patterns.op("@>")(cast([{"type": pattern}], JSONB))
        element = func.json_each(ValidationResult.deception_patterns).table_valued("value").alias("element")
        return exists(
            select(literal_column("1")).select_from(element).where(func.json_extract(element.c.value, "$.type") == pattern)
        )

    def _metadata_contains(self, wanted: dict[str, Any]) -> Any:
        if self.postgres:
            return Fact.metadata_.op("@>")(cast(wanted, JSONB))
        return and_(
            *(
                func.json_extract(Fact.metadata_, f'$."{key}"') == (json.dumps(value) if isinstance(value, (dict, list)) else value)
                for key, value in wanted.items()
            )
        )

    async def list_facts(self, where: FactFilter, limit: int, cursor: Cursor | None) -> Page:
        query: Select[Any] = select(*FACT_COLUMNS)
        if where.status:
            query = query.where(Fact.validation_status == where.status)
        if where.since:
            query = query.where(Fact.created_at >= where.since)
        if where.until:
            query = query.where(Fact.created_at < where.until)
        if where.q:
            query = query.where(Fact.content.icontains(where.q, autoescape=True))
        if where.metadata:
            query = query.where(self._metadata_contains(where.metadata))
        if where.pattern:
            query = query.where(
                exists(select(ValidationResult.id).where(ValidationResult.fact_id == Fact.id, self._has_pattern(where.pattern)))
            )
        query = _after(query, Fact.created_at, Fact.id, cursor)
        rows = (await self.connection.execute(query.order_by(Fact.created_at.desc(), Fact.id.desc()).limit(limit + 1))).all()
        items = [_fact(row) for row in rows[:limit]]
        return Page.of(items, more=len(rows) > limit, position=lambda fact: fact.created_at)

    async def list_results(self, where: ResultFilter, limit: int, cursor: Cursor | None) -> Page:
        query: Select[Any] = select(*RESULT_COLUMNS)
        if where.pattern:
            query = query.where(self._has_pattern(where.pattern))
        if where.min_probability is not None:
            query = query.where(ValidationResult.probability >= where.min_probability)
        if where.since:
            query = query.where(ValidationResult.detected_at >= where.since)
        query = _after(query, ValidationResult.detected_at, ValidationResult.id, cursor)
        rows = (
            await self.connection.execute(
                query.order_by(ValidationResult.detected_at.desc(), ValidationResult.id.desc()).limit(limit + 1)
            )
        ).all()
        items = [_result(row) for row in rows[:limit]]
        return Page.of(items, more=len(rows) > limit, position=lambda result: result.detected_at)

    async def stats(self) -> dict[str, Any]:
        day = func.date(Fact.created_at).label("day")
        status_rows = (
            await self.connection.execute(
                select(day, Fact.validation_status, func.count()).group_by(day, Fact.validation_status).order_by(day)
            )
        ).all()
        if self.postgres:
            pattern_rows = (
                await self.connection.execute(
                    text(
                        "SELECT date(r.detected_at) AS day, p->>'type' AS type, count(*) "
                        "FROM validation_results r, jsonb_array_elements(r.deception_patterns) p "
                        "GROUP BY 1, 2 ORDER BY 1"
                    )
                )
            ).all()
        else:
            pattern_rows = (
                await self.connection.execute(
                    text(
                        "SELECT date(r.detected_at) AS day, json_extract(p.value, '$.type') AS type, count(*) "
                        "FROM validation_results r, json_each(r.deception_patterns) p "
                        "GROUP BY 1, 2 ORDER BY 1"
                    )
                )
            ).all()
        return summarize_stats(
            ((str(d), s, n) for d, s, n in status_rows), ((str(d), t, n) for d, t, n in pattern_rows)
        )

    async def ping(self) -> None:
        await self.connection.execute(select(literal_column("1")))


def _after(query: Select[Any], at_column: Any, id_column: Any, cursor: Cursor | None) -> Select[Any]:
    if cursor is None:
        return query
    return query.where(or_(at_column < cursor.at, and_(at_column == cursor.at, id_column < cursor.id)))


def summarize_stats(status_rows: Any, pattern_rows: Any) -> dict[str, Any]:
    """Counts by status and by pattern, overall and per day, from (day, key, count) rows."""
    by_status: dict[str, int] = {}
    by_pattern: dict[str, int] = {}
    days: dict[str, dict[str, Any]] = {}
    for day, status, count in status_rows:
        by_status[status] = by_status.get(status, 0) + count
        entry = days.setdefault(day, {"date": day, "total": 0, "by_status": {}, "by_pattern": {}})
        entry["total"] += count
        entry["by_status"][status] = entry["by_status"].get(status, 0) + count
    for day, pattern, count in pattern_rows:
        by_pattern[pattern] = by_pattern.get(pattern, 0) + count
        entry = days.setdefault(day, {"date": day, "total": 0, "by_status": {}, "by_pattern": {}})
        entry["by_pattern"][pattern] = entry["by_pattern"].get(pattern, 0) + count
    return {
        "total": sum(by_status.values()),
        "by_status": by_status,
        "by_pattern": by_pattern,
        "per_day": [days[day] for day in sorted(days)],
    }


# Bulk access for the migration tools (backfill, verify, export, import): by id, in batches.

TABLES = {"facts": Fact, "validation_results": ValidationResult, "api_requests": ApiRequest}
AUDIT_COLUMNS = (
    ApiRequest.id, ApiRequest.endpoint, ApiRequest.method, ApiRequest.response_code, ApiRequest.duration_ms,
    ApiRequest.created_at, ApiRequest.user_agent, ApiRequest.ip_address,
)


def _audit(row: Any) -> AuditRecord:
    return AuditRecord(
        id=row.id, endpoint=row.endpoint, method=row.method, response_code=row.response_code,
        duration_ms=row.duration_ms, created_at=row.created_at, user_agent=row.user_agent,
        ip_address=None if row.ip_address is None else str(row.ip_address),
    )


_BULK = {
    "facts": (FACT_COLUMNS, _fact, _fact_values),
    "validation_results": (RESULT_COLUMNS, _result, _result_values),
    "api_requests": (AUDIT_COLUMNS, _audit, _audit_values),
}


class BulkRepository(Repository):
    async def rows_after(self, table: str, after_id: int, limit: int, upto_id: int | None = None) -> list[Any]:
        columns, convert, _ = _BULK[table]
        id_column = columns[0]
        query = select(*columns).where(id_column > after_id)
        if upto_id is not None:
            query = query.where(id_column <= upto_id)
        rows = await self.connection.execute(query.order_by(id_column).limit(limit))
        return [convert(row) for row in rows]

    async def rows_by_id(self, table: str, ids: Sequence[int]) -> dict[int, Any]:
        columns, convert, _ = _BULK[table]
        rows = await self.connection.execute(select(*columns).where(columns[0].in_(list(ids))))
        return {row.id: convert(row) for row in rows}

    async def insert_missing(self, table: str, records: Sequence[Any]) -> int:
        """Insert the records whose id the table lacks; returns how many were inserted."""
        if not records:
            return 0
        _, _, values = _BULK[table]
        model = TABLES[table]
        if self.postgres:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        statement = dialect_insert(model).on_conflict_do_nothing(index_elements=["id"]).returning(model.id)
        inserted = (await self.connection.execute(statement, [values(r) for r in records])).all()
        return len(inserted)

    async def update_fact_state(self, fact: FactRecord) -> None:
        await self.connection.execute(
            update(Fact)
            .where(Fact.id == fact.id)
            .values(validation_status=fact.validation_status, validation_score=fact.validation_score, updated_at=fact.updated_at)
        )

    async def count_above(self, table: str, after_id: int) -> int:
        model = TABLES[table]
        return (await self.connection.execute(select(func.count()).where(model.id > after_id))).scalar_one()

    async def max_ids(self) -> dict[str, int]:
        found = {}
        for name, model in TABLES.items():
            found[name] = (await self.connection.execute(select(func.coalesce(func.max(model.id), 0)))).scalar_one()
        return found

    async def counts(self) -> dict[str, int]:
        found = {}
        for name, model in TABLES.items():
            found[name] = (await self.connection.execute(select(func.count()).select_from(model))).scalar_one()
        return found

    async def sync_sequences(self, floors: dict[str, int] | None = None) -> None:
        """Move each id sequence past the largest id (rows written with explicit ids leave it behind).

        SQLite needs nothing: its next rowid (and sqlite_sequence) follow the largest id."""
        if not self.postgres:
            return
        for name in TABLES:
            floor = int((floors or {}).get(name, 1))
            # Never backwards: an id once handed out is not handed out again.
            await self.connection.execute(
                text(
                    f"SELECT setval(s, GREATEST(COALESCE((SELECT max(id) FROM {name}), 0) + 1, "
                    f"COALESCE(pg_sequence_last_value(s) + 1, 1), {floor}), false) "
                    f"FROM CAST(pg_get_serial_sequence('{name}', 'id') AS regclass) AS s"
                )
            )
