#!/usr/bin/env python3
"""What dual write costs a request: POST /validate latency in memory mode against dual_write.

    python bench/bench_dual_write.py [--requests 3000] [--concurrency 8]

The app runs in process (ASGI, no network), on a fresh database at BENCH_DATABASE_URL's server.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_import_export import drop, fresh_database, machine  # noqa: E402
from taas.api.app import create_app  # noqa: E402
from taas.config import load_settings  # noqa: E402


async def phase(client: httpx.AsyncClient, requests: int, concurrency: int) -> list[float]:
    latencies: list[float] = []
    counter = iter(range(requests))

    async def worker() -> None:
        for n in counter:
            started = time.perf_counter()
            response = await client.post("/validate", json={"input_text": f"Deployed build {n}, all tests pass"})
            latencies.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return sorted(latencies)


def summary(latencies: list[float]) -> str:
    def at(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))]

    return f"p50 {at(0.5):6.2f} ms  p95 {at(0.95):6.2f} ms  p99 {at(0.99):6.2f} ms  mean {sum(latencies) / len(latencies):6.2f} ms"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    url = fresh_database()
    try:
        app = create_app(load_settings(database_url=url, storage_mode="memory", validate_rate_limit="1000000/second"))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
                await phase(client, 200, args.concurrency)  # warm up
                memory = await phase(client, args.requests, args.concurrency)
                await client.put("/admin/storage", json={"mode": "dual_write"})
                dual = await phase(client, args.requests, args.concurrency)
                status = (await client.get("/admin/storage")).json()["dual_write"]
        print(f"{args.requests} POST /validate, {args.concurrency} concurrent, in process")
        print(f"memory:     {summary(memory)}")
        print(f"dual_write: {summary(dual)}")
        print(f"added at p50: {dual[len(dual) // 2] - memory[len(memory) // 2]:+.2f} ms; "
              f"database half of each write (GET /admin/storage): {status['database_write_ms']}; failures {status['failures']}")
    finally:
        drop(url)


if __name__ == "__main__":
    asyncio.run(main())
