"""A stop under load loses nothing that was acknowledged."""

from __future__ import annotations

import asyncio

import httpx
import psycopg
import pytest

from ops.server import Server
from taas.config import load_settings
from taas.db import migrate


@pytest.mark.parametrize("workers", [1, 2])
async def test_sigterm_under_load_keeps_every_acknowledged_validation(postgres_url, tmp_path, workers):
    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    server = Server(postgres_url, workers=workers, log=tmp_path / "server.log")
    server.wait_ready()
    acknowledged: list[int] = []
    refused = 0
    stop_sent = asyncio.Event()

    async def client_loop(n: int) -> None:
        nonlocal refused
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            i = 0
            while True:
                try:
                    response = await client.post("/validate", json={"input_text": f"client {n} says it is deployed #{i}"})
                except httpx.HTTPError:
                    refused += 1
                    if stop_sent.is_set():
                        return  # the server is gone or going: nothing was acknowledged
                    continue
                i += 1
                if response.status_code == 200:
                    acknowledged.append(response.json()["validation"]["fact_id"])
                elif stop_sent.is_set():
                    return

    clients = [asyncio.create_task(client_loop(n)) for n in range(32)]
    await asyncio.sleep(2.0)  # load well under way
    before_stop = len(acknowledged)
    server.terminate()
    stop_sent.set()
    await asyncio.wait_for(asyncio.gather(*clients), 60)
    code = await asyncio.to_thread(server.stop)

    assert before_stop > 50, "the load did not get going"
    assert code == 0, (tmp_path / "server.log").read_text()[-3000:]
    assert len(set(acknowledged)) == len(acknowledged)
    with psycopg.connect(postgres_url) as connection:
        stored = {row[0] for row in connection.execute("SELECT id FROM facts")}
        with_results = {row[0] for row in connection.execute("SELECT fact_id FROM validation_results")}
        audited = connection.execute(
            "SELECT count(*) FROM api_requests WHERE endpoint = '/validate' AND response_code = 200"
        ).fetchone()[0]
    missing = set(acknowledged) - stored
    assert not missing, f"{len(missing)} acknowledged validations lost"
    assert set(acknowledged) <= with_results
    assert audited >= len(acknowledged)
