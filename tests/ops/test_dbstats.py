"""Database statistics, the admin endpoint and the slow-query log."""

from __future__ import annotations

import logging

from conftest import make_settings
from taas.observability.dbstats import operation_of


def test_operations_are_verb_and_table():
    assert operation_of('INSERT INTO facts (content) VALUES (%s) RETURNING facts.id') == "insert facts"
    assert operation_of("SELECT facts.id FROM facts WHERE facts.id = %s") == "select facts"
    assert operation_of("UPDATE facts SET validation_status=%s") == "update facts"
    assert operation_of("SELECT 1") == "select"
    assert operation_of("VACUUM facts") == "other"
    assert operation_of("WITH a AS (INSERT INTO facts SELECT 1), b AS (INSERT INTO api_requests SELECT 2) SELECT 1") == (
        "insert facts,api_requests"
    )


async def test_db_stats_needs_admin_and_reports_queries(client_for, database_url):
    settings = make_settings(database_url, api_key="admin-key", api_keys="reader=read+validate")
    client = await client_for(settings)
    for n in range(5):
        response = await client.post("/validate", json={"input_text": f"It is deployed {n}"}, headers={"x-api-key": "reader"})
        assert response.status_code == 200
    assert (await client.get("/admin/db-stats", headers={"x-api-key": "reader"})).status_code == 403
    assert (await client.get("/admin/db-stats")).status_code == 401
    response = await client.get("/admin/db-stats", headers={"x-api-key": "admin-key"})
    assert response.status_code == 200
    stats = response.json()
    assert stats["queries"]["count"] >= 2  # the facts and results inserts at least
    assert 0 <= stats["queries"]["p50_ms"] <= stats["queries"]["p95_ms"] <= stats["queries"]["p99_ms"]
    assert stats["transactions"]["totals"]["commit"] >= 1
    operations = " ".join(entry["operation"] for entry in stats["slowest_statements"])
    assert "insert facts" in operations and "validation_results" in operations
    assert set(stats["pool"]) >= {"size", "idle", "in_use", "overflow", "utilization"}


async def test_statements_over_slow_query_ms_are_logged_without_parameters(client_for, database_url, caplog):
    client = await client_for(make_settings(database_url, slow_query_ms=0))
    secret = "a text that must not reach the log 7731"
    with caplog.at_level(logging.WARNING, logger="taas.slow_query"):
        assert (await client.post("/validate", json={"input_text": secret})).status_code == 200
    lines = [record.getMessage() for record in caplog.records if record.name == "taas.slow_query"]
    assert any("slow query" in line and "insert facts" in line for line in lines)
    assert not any(secret in line for line in lines)


async def test_metrics_endpoint_labels_route_templates(client_for, database_url):
    client = await client_for(make_settings(database_url))
    assert (await client.get("/facts/999999")).status_code == 404
    text = (await client.get("/metrics")).text
    assert 'taas_http_request_duration_seconds_count{method="GET",route="/facts/{fact_id}",status="404"}' in text
    assert "/facts/999999" not in text
    for family in ("taas_db_pool_connections", "taas_db_query_duration_seconds", "taas_db_transactions_total",
                   "taas_validations_total", "taas_patterns_detected_total", "taas_cache_requests_total"):
        assert f"# TYPE {family}" in text


def test_taas_stats_db_prints_a_running_servers_figures(postgres_url, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    from ops.server import Server
    from taas.config import load_settings
    from taas.db import migrate

    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    server = Server(postgres_url, log=tmp_path / "server.log", API_KEY="stats-key", SLOW_QUERY_MS="0")
    try:
        server.wait_ready()
        for n in range(3):
            response = httpx.post(server.url + "/validate", json={"input_text": f"deployed {n}"}, headers={"x-api-key": "stats-key"})
            assert response.status_code == 200
        taas = str(Path(sys.executable).with_name("taas"))
        env = {**os.environ, "API_KEY": "stats-key", "COLUMNS": "250"}
        shown = subprocess.run([taas, "stats", "db", "--server", server.url], capture_output=True, text=True, env=env, timeout=30)
        assert shown.returncode == 0, shown.stderr
        assert "p99" in shown.stdout and "commits" in shown.stdout and "insert facts" in shown.stdout
        raw = subprocess.run([taas, "stats", "db", "--server", server.url, "--json"], capture_output=True, text=True, env=env, timeout=30)
        figures = __import__("json").loads(raw.stdout)
        assert figures["transactions"]["totals"]["commit"] >= 1 and figures["slow_queries"] >= 1
        refused = subprocess.run([taas, "stats", "db", "--server", server.url], capture_output=True, text=True,
                                 env={**os.environ, "API_KEY": "wrong"}, timeout=30)
        assert refused.returncode == 1 and "401" in refused.stderr
    finally:
        server.stop()
    assert "slow query" in (tmp_path / "server.log").read_text()
