"""Metrics scraped from a real multi-worker server under load."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from taas.config import load_settings
from taas.db import migrate
from ops.server import Server

KEY = "ops-test-key"


def samples(text: str, name: str) -> dict[str, float]:
    """`{labels: value}` for one metric name in Prometheus text."""
    found = {}
    for line in text.splitlines():
        match = re.match(rf"^{re.escape(name)}(\{{[^}}]*\}})? (\S+)$", line)
        if match:
            found[match.group(1) or ""] = float(match.group(2))
    return found


@pytest.fixture
def two_workers(postgres_url, tmp_path):
    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    server = Server(postgres_url, workers=2, log=tmp_path / "server.log", API_KEY=KEY)
    try:
        server.wait_ready()
        yield server
    finally:
        assert server.stop() == 0


async def test_metrics_sum_every_worker_under_load(two_workers):
    texts = ["It is deployed and running in production.", "The tests passed locally."]
    total = 400
    headers = {"x-api-key": KEY}
    pids = set()

    async with httpx.AsyncClient(base_url=two_workers.url, headers=headers, timeout=30) as client:
        sem = asyncio.Semaphore(32)

        async def one(n: int) -> int:
            async with sem:
                # A fresh connection each time, so the kernel spreads requests over both workers.
                async with httpx.AsyncClient(base_url=two_workers.url, headers=headers, timeout=30) as fresh:
                    response = await fresh.post("/validate", json={"input_text": texts[n % 2]})
                    return response.status_code

        load = asyncio.gather(*(one(n) for n in range(total)))
        # Scrape while the load runs: the endpoint answers and stays well-formed.
        during = await client.get("/metrics")
        assert during.status_code == 200
        assert during.headers["content-type"].startswith("text/plain")
        codes = await load
        assert codes == [200] * total

    def fresh_get(path: str) -> httpx.Response:
        # A new connection each time: the kernel hands it to either worker.
        return httpx.get(two_workers.url + path, headers=headers, timeout=10)

    for n in range(400):  # at least 40 reads; more when, on a busy machine, one worker took them all
        pids.add(fresh_get("/admin/db-stats").json()["pid"])
        if n >= 39 and len(pids) == 2:
            break
    scrapes = [fresh_get("/metrics").text for _ in range(10)]

    assert len(pids) == 2, "both workers should answer"
    for text in scrapes:  # whichever worker answers, it reports all of them
        validations = samples(text, "taas_validations_total")
        assert validations['{status="deceptive"}'] == total / 2
        assert validations['{status="coherent"}'] == total / 2
        assert samples(text, "taas_patterns_detected_total")['{type="hallucination_feature"}'] == total / 2
        count = samples(text, "taas_http_request_duration_seconds_count")
        assert count['{method="POST",route="/validate",status="200"}'] == total
        buckets = samples(text, "taas_http_request_duration_seconds_bucket")
        assert buckets['{le="+Inf",method="POST",route="/validate",status="200"}'] == total
        commits = samples(text, "taas_db_transactions_total")['{outcome="commit"}']
        assert 1 <= commits <= total + 50  # group commit: far fewer than one per request is allowed
        queries = samples(text, "taas_db_query_duration_seconds_count")
        # One statement per group commit writes facts, results and audit rows.
        assert queries['{operation="insert facts,validation_results,api_requests"}'] >= 1
        # Live gauges summed over both workers' pools of 5.
        assert samples(text, "taas_db_pool_size")[""] == 10
        pool = samples(text, "taas_db_pool_connections")
        assert set(pool) == {'{state="idle"}', '{state="in_use"}', '{state="overflow"}'}
        assert pool['{state="idle"}'] >= 1
