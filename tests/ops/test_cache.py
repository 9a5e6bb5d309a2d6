"""The Redis read cache: hits, invalidation by writes (across workers, under concurrency), Redis away."""

from __future__ import annotations

import asyncio
import random

from conftest import make_settings
from taas.config import load_settings
from taas.db import migrate
from postgres_server import free_port


async def test_reads_are_cached_until_a_write(client_for, database_url, redis_url):
    client = await client_for(make_settings(database_url, redis_url=redis_url))
    first = await client.get("/facts")
    assert first.status_code == 200 and first.headers["x-cache"] == "miss"
    again = await client.get("/facts")
    assert again.headers["x-cache"] == "hit" and again.json() == first.json()
    assert (await client.get("/facts", params={"limit": 5})).headers["x-cache"] == "miss"  # other query, other entry

    fact_id = (await client.post("/validate", json={"input_text": "It is deployed."})).json()["validation"]["fact_id"]
    after = await client.get("/facts")
    assert after.headers["x-cache"] == "miss"
    assert [item["id"] for item in after.json()["items"]] == [fact_id]
    stats = await client.get("/stats")
    assert stats.json()["total"] == 1
    assert (await client.get("/stats")).headers["x-cache"] == "hit"
    metrics = (await client.get("/metrics")).text
    assert 'taas_cache_requests_total{result="hit"}' in metrics


async def test_no_reader_sees_stale_data_after_its_own_write_under_concurrent_writes(client_for, postgres_url, redis_url):
    # Two apps sharing PostgreSQL and Redis: two workers. Writers write through one and read
    # through the other; readers keep the cache warm meanwhile.
    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    settings = make_settings(postgres_url, redis_url=redis_url)
    worker_a = await client_for(settings)
    worker_b = await client_for(settings)
    stop = asyncio.Event()
    hits = 0

    async def reader(client) -> None:
        nonlocal hits
        while not stop.is_set():
            response = await client.get(random.choice(["/facts?limit=500", "/stats"]))
            assert response.status_code == 200
            hits += response.headers["x-cache"] == "hit"

    async def writer(n: int) -> None:
        mine: list[int] = []
        for i in range(8):
            write_via, read_via = (worker_a, worker_b) if (n + i) % 2 else (worker_b, worker_a)
            response = await write_via.post("/validate", json={"input_text": f"writer {n} claim {i} is deployed"})
            assert response.status_code == 200
            mine.append(response.json()["validation"]["fact_id"])
            page = (await read_via.get("/facts?limit=500")).json()
            seen = {item["id"] for item in page["items"]}
            assert set(mine) <= seen, f"writer {n} does not see its own facts {set(mine) - seen}"
            total = (await read_via.get("/stats")).json()["total"]
            assert total >= len(mine)

    readers = [asyncio.create_task(reader(c)) for c in (worker_a, worker_b, worker_a)]
    await asyncio.gather(*(writer(n) for n in range(12)))
    stop.set()
    await asyncio.gather(*readers)
    final = (await worker_a.get("/facts?limit=500")).json()["items"]
    assert len(final) == 12 * 8
    assert (await worker_b.get("/stats")).json()["total"] == 12 * 8
    assert hits > 0, "the cache was never used"


async def test_without_redis_reads_work_uncached_and_ready_says_so(client_for, database_url):
    gone = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    client = await client_for(make_settings(database_url, redis_url=gone))
    fact_id = (await client.post("/validate", json={"input_text": "It is deployed."})).json()["validation"]["fact_id"]
    assert fact_id is not None
    for _ in range(2):
        response = await client.get("/facts")
        assert response.status_code == 200 and response.headers["x-cache"] == "off"
        assert [item["id"] for item in response.json()["items"]] == [fact_id]
    ready = await client.get("/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"]["redis"].startswith("unavailable")
    assert 'taas_cache_requests_total{result="error"}' in (await client.get("/metrics")).text


async def test_a_failed_invalidation_bypasses_the_cache_until_redis_answers_again(client_for, database_url, redis_url):
    client = await client_for(make_settings(database_url, redis_url=redis_url))
    await client.get("/facts")
    assert (await client.get("/facts")).headers["x-cache"] == "hit"
    cache = client.app.state.read_cache
    real_incr = cache.redis.incr

    async def broken_incr(*args, **kwargs):
        raise ConnectionError("redis went away")

    cache.redis.incr = broken_incr
    response = await client.post("/validate", json={"input_text": "It is deployed."})
    assert response.status_code == 200  # the write is committed whatever the cache does
    fact_id = response.json()["validation"]["fact_id"]
    stale_guarded = await client.get("/facts")
    assert [item["id"] for item in stale_guarded.json()["items"]] == [fact_id]
    assert stale_guarded.headers["x-cache"] == "off"

    cache.redis.incr = real_incr
    assert [item["id"] for item in (await client.get("/facts")).json()["items"]] == [fact_id]
    assert (await client.get("/facts")).headers["x-cache"] == "hit"
