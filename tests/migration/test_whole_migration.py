"""The plan's migration, every phase, run live under steady concurrent traffic on a real PostgreSQL.

memory → dual_write → backfill → verify → dual_read → rollback to memory → dual_write → backfill
→ verify → dual_read → database. Every validation the server acknowledged must then be in the
database under the id its client received, with nothing extra and nothing twice.
"""

from __future__ import annotations

import asyncio

import psycopg

from conftest import make_settings
from taas.config import load_settings
from taas.db import migrate

WRITERS = 8


async def test_whole_migration_under_concurrent_traffic_loses_nothing(client_for, postgres_url):
    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    client = await client_for(make_settings(postgres_url, storage_mode="memory"))
    acknowledged: dict[int, tuple[str, int]] = {}
    refused: list[int] = []
    stop = asyncio.Event()

    async def writer(number: int) -> None:
        sequence = 0
        while not stop.is_set():
            text = f"writer {number} message {sequence}: deployed to production"
            sequence += 1
            response = await client.post("/validate", json={"input_text": text})
            if response.status_code != 200:
                refused.append(response.status_code)
                continue
            body = response.json()["validation"]
            assert body["fact_id"] not in acknowledged, "an id was handed out twice"
            acknowledged[body["fact_id"]] = (text, body["validation_id"])
            if sequence % 7 == 0:  # reads in every phase, too
                fact = await client.get(f"/facts/{body['fact_id']}")
                assert fact.status_code == 200 and fact.json()["content"] == text
            await asyncio.sleep(0)

    async def admin(method: str, path: str, **kwargs) -> dict:
        response = await client.request(method, path, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()

    async def grow(count: int) -> None:
        target = len(acknowledged) + count
        while len(acknowledged) < target:
            await asyncio.sleep(0.01)

    async def switch(mode: str) -> None:
        assert (await admin("PUT", "/admin/storage", json={"mode": mode}))["mode"] == mode
        await grow(40)

    tasks = [asyncio.create_task(writer(n)) for n in range(WRITERS)]
    try:
        await grow(60)  # memory
        await switch("dual_write")
        backfill = await admin("POST", "/admin/storage/backfill", params={"batch": 25})
        assert backfill["facts"]["inserted"] >= 60
        report = await admin("GET", "/admin/storage/verify")
        assert report["ok"], report["differences"]
        await switch("dual_read")
        await switch("memory")  # rollback
        await switch("dual_write")  # forward again
        await admin("POST", "/admin/storage/backfill")
        report = await admin("GET", "/admin/storage/verify")
        assert report["ok"], report["differences"]
        assert report["tables"]["facts"]["equal"] >= 200
        await switch("dual_read")
        await admin("POST", "/admin/storage/backfill")  # nothing should be left, but cheap to be sure
        await switch("database")
        await grow(40)
    finally:
        stop.set()
        await asyncio.gather(*tasks)

    status = await admin("GET", "/admin/storage")
    assert status["dual_write"]["failures"] == 0 and status["dual_write"]["differences"] == 0
    assert [entry["mode"] for entry in status["history"]] == [
        "memory", "dual_write", "dual_read", "memory", "dual_write", "dual_read", "database",
    ]
    assert refused == []
    with psycopg.connect(postgres_url) as connection:
        facts = dict(connection.execute("SELECT id, content FROM facts").fetchall())
        results = dict(connection.execute("SELECT id, fact_id FROM validation_results").fetchall())
    assert len(acknowledged) >= 300
    assert facts == {fact_id: text for fact_id, (text, _) in acknowledged.items()}
    assert results == {result_id: fact_id for fact_id, (_, result_id) in acknowledged.items()}
