"""Export every fact, validation result and audit row as JSON or JSON lines; import them back.

The file, both formats, has one row a line, so that export streams in constant memory, import
reads in constant memory, and an error is reported with its line number:

    json:   {"format":"taas-export","version":1,
            "facts":[
            {...}
            ,{...}
            ],
            "validation_results":[
            ...
            ],
            "api_requests":[
            ...
            ],
            "counts":{"api_requests":N,"facts":N,"validation_results":N}}

    jsonl:  {"format":"taas-export","version":1}
            {"table":"facts","row":{...}}
            ...
            {"counts":{...},"end":true}

Rows come by ascending id, keys sorted, so that equal data gives equal bytes from any store.
The trailing counts let import tell a complete file from a truncated one.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import orjson

from taas.storage.memory import MemoryStore
from taas.storage.repository import BulkRepository
from taas.storage.rows import ROW_OF, TABLE_ORDER, encode

FORMATS = ("json", "jsonl")
HEADER = {"format": "taas-export", "version": 1}
CHUNK_BYTES = 256 * 1024
READ_BATCH = 5000


class ImportRefused(Exception):
    """The file cannot be imported; nothing of it was applied. The message names the line."""


# export


async def memory_batches(memory: MemoryStore, table: str) -> AsyncIterator[list[Any]]:
    for batch in memory.iter_table(table, READ_BATCH):
        yield batch


def database_batches(engine: Any) -> Callable[[str], AsyncIterator[list[Any]]]:
    async def batches(table: str) -> AsyncIterator[list[Any]]:
        after = 0
        while True:
            async with engine.connect() as connection:
                rows = await BulkRepository(connection).rows_after(table, after, READ_BATCH)
            if not rows:
                return
            yield rows
            after = rows[-1].id

    return batches


async def export_chunks(batches: Callable[[str], AsyncIterator[list[Any]]], fmt: str = "json") -> AsyncIterator[bytes]:
    """The export file, in chunks of about CHUNK_BYTES."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    counts = {table: 0 for table in TABLE_ORDER}
    out: list[bytes] = []
    size = 0
    header = encode(HEADER)
    out.append(header[:-1] + b",\n" if fmt == "json" else header + b"\n")
    for index, table in enumerate(TABLE_ORDER):
        if fmt == "json":
            out.append(b'"' + table.encode() + b'":[\n')
        prefix = b'{"table":"' + table.encode() + b'","row":'
        to_row = ROW_OF[table]
        async for batch in batches(table):
            for record in batch:
                line = encode(to_row(record))
                if fmt == "json":
                    out.append((b"," if counts[table] else b"") + line + b"\n")
                else:
                    out.append(prefix + line + b"}\n")
                counts[table] += 1
                size += len(line)
            if size >= CHUNK_BYTES:
                yield b"".join(out)
                out, size = [], 0
        if fmt == "json":
            out.append(b"],\n")
    trailer = encode({"counts": counts}) if fmt == "json" else encode({"counts": counts, "end": True})
    out.append(trailer[1:] + b"\n" if fmt == "json" else trailer + b"\n")
    yield b"".join(out)


# import: reading and checking


def _int(row: dict[str, Any], key: str, *, required: bool = False) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not -(2**31) <= value < 2**31:
        raise ValueError(f"{key} must be an integer")
    if key in ("id", "fact_id") and value < 1:
        raise ValueError(f"{key} must be a positive integer")


def _text(row: dict[str, Any], key: str, *, required: bool = False) -> None:
    value = row.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    if "\x00" in value:
        raise ValueError(f"{key} must not contain NUL")


def _time(row: dict[str, Any], key: str) -> None:
    value = row.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be an ISO 8601 timestamp")
    datetime.fromisoformat(value)


def _decimal(row: dict[str, Any], key: str) -> None:
    value = row.get(key)
    if value is None:
        return
    try:
        if not isinstance(value, str) or not Decimal(value).is_finite() or abs(Decimal(value)) >= 1000:
            raise InvalidOperation
    except InvalidOperation:
        raise ValueError(f"{key} must be a decimal string such as \"0.90\"") from None


def _json(row: dict[str, Any], key: str, kind: type) -> None:
    value = row.get(key)
    if value is not None and not isinstance(value, kind):
        raise ValueError(f"{key} must be a JSON {'object' if kind is dict else 'array'} or null")


def check_row(table: str, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ValueError("a row must be a JSON object")
    _int(row, "id", required=True)
    if table == "facts":
        _text(row, "content", required=True)
        _json(row, "metadata", dict)
        _json(row, "inputs", dict)
        _text(row, "validation_status")
        _decimal(row, "validation_score")
        _time(row, "created_at")
        _time(row, "updated_at")
    elif table == "validation_results":
        _int(row, "fact_id")
        _json(row, "deception_patterns", list)
        _decimal(row, "probability")
        _decimal(row, "coherence_score")
        _text(row, "status")
        _text(row, "engine_version")
        _json(row, "details", dict)
        _time(row, "detected_at")
    else:
        _text(row, "endpoint")
        _text(row, "method")
        _int(row, "response_code")
        _int(row, "duration_ms")
        _time(row, "created_at")
        _text(row, "user_agent")
        _text(row, "ip_address")
    return row


def read_export(path: Path, *, on_line: Callable[[int, int], None] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every row of an export file, checked; ImportRefused names the line at fault.

    `on_line(line_number, bytes_read)` is called every 10,000 lines, for a progress bar."""
    counts = {table: 0 for table in TABLE_ORDER}
    with open(path, "rb") as handle:
        first = handle.readline()
        if first.rstrip(b"\n") == encode(HEADER)[:-1] + b",":
            fmt = "json"
        elif first.rstrip(b"\n") == encode(HEADER):
            fmt = "jsonl"
        else:
            raise ImportRefused(f"{path}:1: not a TAAS export (expected the header {encode(HEADER).decode()})")
        number, read = 1, len(first)
        table_index = -1
        table: str | None = None
        finished = False
        for line in handle:
            number += 1
            read += len(line)
            if on_line and number % 10_000 == 0:
                on_line(number, read)
            if finished:
                if line.strip():
                    raise ImportRefused(f"{path}:{number}: text after the end of the export")
                continue
            if not line.endswith(b"\n"):
                raise ImportRefused(f"{path}:{number}: the file is truncated (the line is incomplete)")
            try:
                if fmt == "json":
                    body = line[:-1]
                    if table is not None and body == b"],":
                        table = None
                        continue
                    if table is None:
                        if body.startswith(b'"counts":'):
                            trailer = orjson.loads(b"{" + body)
                            _check_counts(trailer.get("counts"), counts)
                            finished = True
                            continue
                        table_index += 1
                        expected = TABLE_ORDER[table_index] if table_index < len(TABLE_ORDER) else None
                        if expected is None or body != b'"' + expected.encode() + b'":[':
                            raise ValueError(f'expected "{expected}":[' if expected else "expected the counts")
                        table = expected
                        continue
                    if counts[table]:
                        if not body.startswith(b","):
                            raise ValueError("expected a comma before the row")
                        body = body[1:]
                    row = check_row(table, orjson.loads(body))
                else:
                    entry = orjson.loads(line)
                    if not isinstance(entry, dict):
                        raise ValueError("expected a JSON object")
                    if entry.get("end") is True:
                        _check_counts(entry.get("counts"), counts)
                        finished = True
                        continue
                    table = entry.get("table")
                    if table not in TABLE_ORDER:
                        raise ValueError(f"unknown table {table!r}")
                    if TABLE_ORDER.index(table) < table_index:
                        raise ValueError(f"{table} rows must come before {TABLE_ORDER[table_index]} rows")
                    table_index = TABLE_ORDER.index(table)
                    row = check_row(table, entry.get("row"))
            except ImportRefused:
                raise
            except (ValueError, orjson.JSONDecodeError) as error:
                raise ImportRefused(f"{path}:{number}: {error}") from None
            counts[table] += 1
            yield table, row
        if not finished:
            raise ImportRefused(f"{path}:{number}: the file is truncated (no closing counts after line {number})")


def _check_counts(declared: Any, seen: dict[str, int]) -> None:
    if not isinstance(declared, dict) or {k: declared.get(k) for k in seen} != seen:
        raise ValueError(f"the counts {declared} do not match the rows read {seen}: the file is incomplete or edited")


def export_format_of(path: Path) -> str:
    return "jsonl" if path.suffix in (".jsonl", ".ndjson") else "json"


def file_size(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# import: writing

COLUMNS = {
    "facts": ("id", "content", "metadata", "inputs", "validation_status", "validation_score", "created_at", "updated_at"),
    "validation_results": (
        "id", "fact_id", "deception_patterns", "probability", "status", "coherence_score", "engine_version", "details",
        "detected_at",
    ),
    "api_requests": ("id", "endpoint", "method", "response_code", "duration_ms", "created_at", "user_agent", "ip_address"),
}
JSON_COLUMNS = {"metadata", "inputs", "deception_patterns", "details"}


def _json_text(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def _sqlite_time(value: str) -> str:
    # SQLAlchemy's SQLite DateTime storage format.
    return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")


def _values(table: str, row: dict[str, Any], *, sqlite: bool = False) -> tuple[Any, ...]:
    values = []
    for column in COLUMNS[table]:
        value = row.get(column)
        if column in JSON_COLUMNS:
            value = _json_text(value)
        elif sqlite and value is not None and column in ("created_at", "updated_at", "detected_at"):
            value = _sqlite_time(value)
        values.append(value)
    return tuple(values)


def import_file(
    path: Path, database_url: str, *, on_line: Callable[[int, int], None] | None = None
) -> dict[str, Any]:
    """Load an export into the database, in one transaction: all of it or, on any error, none.

    Idempotent: rows whose id is already there are kept as they are and counted as skipped.
    Ids and timestamps are kept; the id sequences are moved past the largest id."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        return _import_sqlite(path, url.database or "", on_line)
    return _import_postgres(path, url.set(drivername="postgresql").render_as_string(hide_password=False), on_line)


def _import_postgres(path: Path, dsn: str, on_line: Callable[[int, int], None] | None) -> dict[str, Any]:
    import psycopg

    read = {table: 0 for table in TABLE_ORDER}
    inserted = {table: 0 for table in TABLE_ORDER}
    with psycopg.connect(dsn) as connection:  # one transaction, rolled back on any error
        with connection.cursor() as cursor:
            cursor.execute("SELECT (SELECT count(*) FROM facts) + (SELECT count(*) FROM validation_results) + (SELECT count(*) FROM api_requests)")
            # Into empty tables COPY goes straight in; otherwise through staging tables, skipping ids already there.
            direct = cursor.fetchone()[0] == 0  # type: ignore[index]
            if not direct:
                for table in TABLE_ORDER:
                    cursor.execute(f"CREATE TEMP TABLE stage_{table} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP")
            rows = read_export(path, on_line=on_line)
            pending = next(rows, None)
            while pending is not None:
                table = pending[0]
                target = table if direct else f"stage_{table}"
                with cursor.copy(f"COPY {target} ({', '.join(COLUMNS[table])}) FROM STDIN") as copy:
                    while pending is not None and pending[0] == table:
                        copy.write_row(_values(table, pending[1]))
                        read[table] += 1
                        pending = next(rows, None)
            for table in TABLE_ORDER:
                if direct:
                    inserted[table] = read[table]
                    continue
                columns = ", ".join(COLUMNS[table])
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) SELECT {columns} FROM stage_{table} ORDER BY id "
                    "ON CONFLICT (id) DO NOTHING"
                )
                inserted[table] = cursor.rowcount
            for table in TABLE_ORDER:
                cursor.execute(
                    f"SELECT setval(s, GREATEST(COALESCE((SELECT max(id) FROM {table}), 0) + 1, "
                    f"COALESCE(pg_sequence_last_value(s) + 1, 1)), false) "
                    f"FROM CAST(pg_get_serial_sequence('{table}', 'id') AS regclass) AS s"
                )
    return _summary(read, inserted)


def _import_sqlite(path: Path, filename: str, on_line: Callable[[int, int], None] | None) -> dict[str, Any]:
    import sqlite3

    read = {table: 0 for table in TABLE_ORDER}
    inserted = {table: 0 for table in TABLE_ORDER}
    connection = sqlite3.connect(filename, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN IMMEDIATE")
        batch: list[tuple[Any, ...]] = []
        current: str | None = None

        def flush() -> None:
            if batch and current:
                before = connection.total_changes
                connection.executemany(
                    f"INSERT OR IGNORE INTO {current} ({', '.join(COLUMNS[current])}) "
                    f"VALUES ({', '.join('?' * len(COLUMNS[current]))})",
                    batch,
                )
                inserted[current] += connection.total_changes - before
                batch.clear()

        for table, row in read_export(path, on_line=on_line):
            if table != current or len(batch) >= READ_BATCH:
                flush()
                current = table
            batch.append(_values(table, row, sqlite=True))
            read[table] += 1
        flush()
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()
    return _summary(read, inserted)


def _summary(read: dict[str, int], inserted: dict[str, int]) -> dict[str, Any]:
    return {
        table: {"read": read[table], "inserted": inserted[table], "skipped": read[table] - inserted[table]}
        for table in TABLE_ORDER
    }
