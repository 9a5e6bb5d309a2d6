"""`taas stats db`: a running server's pool, query latency, transaction rate and slowest statements."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

stats_app = typer.Typer(help="Operating figures of a running server.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True, soft_wrap=True)


def fetch(server: str, window: float, slowest: int) -> dict[str, Any]:
    import httpx

    headers = {}
    key = os.environ.get("API_KEY")
    if key:
        headers["x-api-key"] = key
    try:
        response = httpx.get(
            server.rstrip("/") + "/admin/db-stats",
            params={"window": window, "slowest": slowest},
            headers=headers,
            timeout=10,
        )
    except httpx.HTTPError as error:
        errors.print(f"cannot reach {server}: {error}")
        raise typer.Exit(1) from None
    if response.status_code != 200:
        errors.print(f"{server} answered {response.status_code}: {response.text[:300]}")
        raise typer.Exit(1)
    return response.json()


def _fmt(value: Any) -> str:
    return "-" if value is None else str(value)


@stats_app.command("db")
def db(
    server: Annotated[str, typer.Option(help="the server to ask (API_KEY from the environment)")] = "http://127.0.0.1:8000",
    window: Annotated[float, typer.Option(help="seconds of recent history")] = 60.0,
    slowest: Annotated[int, typer.Option(help="how many of the slowest statements")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="print the raw figures as JSON")] = False,
) -> None:
    """Pool utilization, query p50/p95/p99, transactions per second and the slowest statements."""
    stats = fetch(server, window, slowest)
    if as_json:
        console.print_json(json.dumps(stats))
        return
    pool, queries, transactions = stats["pool"], stats["queries"], stats["transactions"]
    console.print(f"[bold]worker pid {stats['pid']}[/], last {stats['window_seconds']:g} s")
    console.print(
        f"pool       size {pool['size']} (+{pool['max_overflow']} overflow): in use {pool['in_use']}, "
        f"idle {pool['idle']}, overflow {pool['overflow']}, utilization {pool['utilization']:.0%}"
    )
    console.print(
        f"queries    {queries['count']} ({queries['per_second']}/s)  p50 {_fmt(queries['p50_ms'])} ms  "
        f"p95 {_fmt(queries['p95_ms'])} ms  p99 {_fmt(queries['p99_ms'])} ms  max {_fmt(queries['max_ms'])} ms"
    )
    totals = transactions["totals"]
    console.print(
        f"commits    {transactions['commits_per_second']}/s  (since start: {totals['commit']} commits, "
        f"{totals['rollback']} rolled back, {totals['read']} read-only)"
    )
    console.print(f"slow       {stats['slow_queries']} statements over {stats['slow_query_ms']:g} ms")
    table = Table("operation", "calls", "mean ms", "max ms", "statement", title="slowest statements")
    for entry in stats["slowest_statements"]:
        statement = entry["statement"] if len(entry["statement"]) <= 120 else entry["statement"][:119] + "…"
        table.add_row(entry["operation"], str(entry["calls"]), _fmt(entry["mean_ms"]), _fmt(entry["max_ms"]), statement)
    console.print(table)
