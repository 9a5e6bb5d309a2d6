"""Database statistics: query latency, transactions, slow queries.

Every engine made by `taas.storage.database.create_engine` is instrumented through
SQLAlchemy's events; the group commit's statement, run on psycopg directly, reports itself
through the same functions. Per process, a ring of recent statement timings gives
p50/p95/p99 over a recent window, commits give the transaction rate, and statements slower
than `SLOW_QUERY_MS` are logged (text only, never the parameters, which hold user content)
and counted.
"""

from __future__ import annotations

import logging
import os
import re
import time
import weakref
from collections import deque
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from taas.observability import metrics

log = logging.getLogger("taas.slow_query")

WINDOW_SECONDS = 300.0
MAX_SAMPLES = 50_000
MAX_STATEMENTS = 500
STATEMENT_CHARS = 300

_VERB = re.compile(r"^\s*(\w+)", re.S)
_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN)\s+\"?(\w+)", re.I)
_INSERTED = re.compile(r"\bINSERT\s+INTO\s+\"?(\w+)", re.I)


def operation_of(statement: str) -> str:
    """`insert facts`, `select validation_results`, `select` (no table): a bounded label."""
    verb = _VERB.match(statement)
    name = verb.group(1).lower() if verb else "other"
    if name not in {"select", "insert", "update", "delete", "with", "begin", "commit", "rollback", "set", "show"}:
        name = "other"
    if name == "with":
        inserted = _INSERTED.findall(statement)
        if inserted:  # a data-modifying CTE: name what it writes
            return "insert " + ",".join(dict.fromkeys(table.lower() for table in inserted))
    table = _TABLE.search(statement)
    return f"{name} {table.group(1).lower()}" if table and name != "other" else name


class StatementStats:
    __slots__ = ("operation", "text", "calls", "total", "max")

    def __init__(self, operation: str, text: str) -> None:
        self.operation = operation
        self.text = text
        self.calls = 0
        self.total = 0.0
        self.max = 0.0


class DbStats:
    """This process's recent database activity."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.samples: deque[tuple[float, float]] = deque(maxlen=MAX_SAMPLES)  # (monotonic end, seconds)
        self.commits: deque[float] = deque(maxlen=MAX_SAMPLES)
        self.transactions = {"commit": 0, "rollback": 0, "read": 0}
        self.statements: dict[str, StatementStats] = {}
        self.slow_queries = 0
        self.slow_query_seconds = 0.2

    def record(self, statement: str, seconds: float, now: float) -> str:
        entry = self.statements.get(statement)
        if entry is None:
            if len(self.statements) >= MAX_STATEMENTS:
                # Keep the slowest; a flood of distinct texts must not grow without bound.
                victim = min(self.statements, key=lambda key: self.statements[key].max)
                del self.statements[victim]
            entry = self.statements[statement] = StatementStats(
                operation_of(statement), " ".join(statement.split())[:STATEMENT_CHARS]
            )
        entry.calls += 1
        entry.total += seconds
        if seconds > entry.max:
            entry.max = seconds
        self.samples.append((now, seconds))
        return entry.operation

    def snapshot(self, window: float = WINDOW_SECONDS, slowest: int = 10) -> dict[str, Any]:
        now = time.monotonic()
        recent = sorted(seconds for at, seconds in self.samples if now - at <= window)
        commits = [at for at in self.commits if now - at <= window]
        span = max(min(window, now - self.started), 1.0)
        return {
            "pid": os.getpid(),
            "window_seconds": window,
            "pool": pool_status(),
            "queries": {
                "count": len(recent),
                "p50_ms": _ms(_quantile(recent, 0.50)),
                "p95_ms": _ms(_quantile(recent, 0.95)),
                "p99_ms": _ms(_quantile(recent, 0.99)),
                "max_ms": _ms(recent[-1] if recent else None),
                "per_second": round(len(recent) / span, 2),
            },
            "transactions": {
                "totals": dict(self.transactions),
                "commits_in_window": len(commits),
                "commits_per_second": round(len(commits) / span, 2),
            },
            "slow_query_ms": self.slow_query_seconds * 1000,
            "slow_queries": self.slow_queries,
            "slowest_statements": [
                {
                    "operation": entry.operation,
                    "statement": entry.text,
                    "calls": entry.calls,
                    "mean_ms": _ms(entry.total / entry.calls),
                    "max_ms": _ms(entry.max),
                }
                for entry in sorted(self.statements.values(), key=lambda e: e.max, reverse=True)[:slowest]
            ],
        }


def _quantile(ordered: list[float], q: float) -> float | None:
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 3)


STATS = DbStats()
_engines: weakref.WeakSet[Any] = weakref.WeakSet()
_query_children: dict[str, Any] = {}
_transaction_children: dict[str, Any] = {}


def observe_statement(statement: str, seconds: float, *, executemany: bool = False) -> None:
    """One statement's driver time: the window, its histogram, and the slow-query log."""
    operation = STATS.record(statement, seconds, time.monotonic())
    child = _query_children.get(operation)
    if child is None:
        child = _query_children[operation] = metrics.db_query_duration.labels(operation)
    child.observe(seconds)
    if seconds >= STATS.slow_query_seconds:
        STATS.slow_queries += 1
        metrics.db_slow_queries.labels(operation).inc()
        log.warning(
            "slow query: %.1f ms (over %.0f ms) [%s] %s%s",
            seconds * 1000, STATS.slow_query_seconds * 1000, operation,
            " ".join(statement.split())[:STATEMENT_CHARS],
            " [executemany]" if executemany else "",
        )


def observe_transaction(outcome: str) -> None:
    """A transaction ended: `commit`, `rollback` (of a write) or `read`."""
    STATS.transactions[outcome] += 1
    if outcome == "commit":
        STATS.commits.append(time.monotonic())
    child = _transaction_children.get(outcome)
    if child is None:
        child = _transaction_children[outcome] = metrics.db_transactions.labels(outcome)
    child.inc()


def instrument_engine(engine: AsyncEngine, slow_query_ms: float) -> None:
    """Hook statement timing, transaction outcomes and the slow-query log onto an engine."""
    sync_engine = engine.sync_engine
    _engines.add(sync_engine)
    STATS.slow_query_seconds = slow_query_ms / 1000

    @event.listens_for(sync_engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        conn.info["taas_query_started"] = time.perf_counter()
        if not conn.info.get("taas_wrote") and not statement.lstrip()[:6].upper() == "SELECT":
            conn.info["taas_wrote"] = True

    @event.listens_for(sync_engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        started = conn.info.pop("taas_query_started", None)
        if started is not None:
            observe_statement(statement, time.perf_counter() - started, executemany=executemany)

    @event.listens_for(sync_engine, "commit")
    def _commit(conn: Any) -> None:
        conn.info.pop("taas_wrote", None)
        observe_transaction("commit")

    @event.listens_for(sync_engine, "rollback")
    def _rollback(conn: Any) -> None:
        observe_transaction("rollback" if conn.info.pop("taas_wrote", None) else "read")


def pool_status() -> dict[str, Any]:
    """Pool size and connections by state, over this process's instrumented engines."""
    status = {"size": 0, "max_overflow": 0, "idle": 0, "in_use": 0, "overflow": 0, "utilization": 0.0}
    for engine in list(_engines):
        pool = engine.pool
        if not hasattr(pool, "checkedout"):
            continue  # NullPool (SQLite): connections are not pooled
        status["size"] += pool.size()
        status["max_overflow"] += getattr(pool, "_max_overflow", 0)
        status["idle"] += pool.checkedin()
        status["in_use"] += pool.checkedout()
        status["overflow"] += max(0, pool.overflow())
    capacity = status["size"] + status["max_overflow"]
    status["utilization"] = round(status["in_use"] / capacity, 4) if capacity else 0.0
    return status


def update_pool_gauges() -> None:
    status = pool_status()
    for state in ("idle", "in_use", "overflow"):
        metrics.db_pool_connections.labels(state).set(status[state])
    metrics.db_pool_size.set(status["size"])
    metrics.db_pool_max_overflow.set(status["max_overflow"])
