"""Prometheus metrics, correct with one worker or many.

With several worker processes (`taas serve --workers N`) each process writes its samples to
files under `PROMETHEUS_MULTIPROC_DIR` (set up by `taas serve`), and whichever worker answers
`GET /metrics` reports the sum over all of them. The directory must be set before this module
is imported, which `taas serve` does before starting the workers.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, generate_latest,
)

MULTIPROC_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST

HTTP_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
QUERY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

http_request_duration = Histogram(
    "taas_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, route template and status code.",
    ("method", "route", "status"),
    buckets=HTTP_BUCKETS,
)
db_pool_connections = Gauge(
    "taas_db_pool_connections",
    "Database pool connections by state (idle, in_use, overflow), summed over workers.",
    ("state",),
    multiprocess_mode="livesum",
)
db_pool_size = Gauge(
    "taas_db_pool_size",
    "Configured database pool size (without overflow), summed over workers.",
    multiprocess_mode="livesum",
)
db_pool_max_overflow = Gauge(
    "taas_db_pool_max_overflow",
    "Configured maximum pool overflow, summed over workers.",
    multiprocess_mode="livesum",
)
db_query_duration = Histogram(
    "taas_db_query_duration_seconds",
    "Time the database driver took for one statement, by operation (verb and table).",
    ("operation",),
    buckets=QUERY_BUCKETS,
)
db_transactions = Counter(
    "taas_db_transactions_total",
    "Database transactions ended, by outcome: commit, rollback (of a write), read (read-only, ended).",
    ("outcome",),
)
db_slow_queries = Counter(
    "taas_db_slow_queries_total",
    "Statements slower than SLOW_QUERY_MS.",
    ("operation",),
)
validations = Counter("taas_validations_total", "Engine verdicts given, by status.", ("status",))
patterns_detected = Counter("taas_patterns_detected_total", "Deception patterns detected, by type.", ("type",))
cache_requests = Counter(
    "taas_cache_requests_total", "Read-cache lookups, by result: hit, miss, error (Redis unavailable).", ("result",)
)

KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

# Label children resolved once: `.labels()` costs more than the increment itself.
_validations_by_status: dict[str, Any] = {}
_patterns_by_type: dict[str, Any] = {}


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_DIR_ENV) or None


def render() -> bytes:
    """The exposition text: this process's registry, or every worker's when multiprocess."""
    from taas.observability import dbstats

    dbstats.update_pool_gauges()
    directory = multiprocess_dir()
    if directory:
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=directory)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def mark_process_dead() -> None:
    """Drop this worker's live gauges from the multiprocess files (at shutdown)."""
    if multiprocess_dir():
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(os.getpid())


def observe_verdict(verdict: Any) -> None:
    child = _validations_by_status.get(verdict.status)
    if child is None:
        child = _validations_by_status[verdict.status] = validations.labels(verdict.status)
    child.inc()
    for pattern in verdict.patterns:
        child = _patterns_by_type.get(pattern.type)
        if child is None:
            child = _patterns_by_type[pattern.type] = patterns_detected.labels(pattern.type)
        child.inc()


_request_children: dict[tuple[str, str, str], Any] = {}


def observe_request(method: str, route: str, status_code: int, seconds: float) -> None:
    """One HTTP request answered, labelled by its route template (never the raw path)."""
    key = (method if method in KNOWN_METHODS else "other", route, str(status_code))
    child = _request_children.get(key)
    if child is None:
        child = _request_children[key] = http_request_duration.labels(*key)
    child.observe(seconds)


async def refresh_pool_gauges(interval: float = 1.0) -> None:
    """Keeps this worker's pool gauges current, so a scrape by any worker sees every worker's pool."""
    from taas.observability import dbstats

    while True:
        dbstats.update_pool_gauges()
        await asyncio.sleep(interval)
