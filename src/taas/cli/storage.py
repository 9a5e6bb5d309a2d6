"""`taas storage ...` (a running server's migration phases) and `taas db export|import`."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

storage_app = typer.Typer(help="A running server's storage mode: the plan's migration phases.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True, soft_wrap=True)

Server = Annotated[str, typer.Option("--server", envvar="TAAS_SERVER", help="the running server")]
ApiKey = Annotated[Optional[str], typer.Option("--api-key", envvar="API_KEY", help="a key with the admin role")]
MODES = ("memory", "dual_write", "dual_read", "database")


def _client(server: str, api_key: str | None, timeout: float | None = 60.0) -> Any:
    import httpx

    headers = {"x-api-key": api_key} if api_key else {}
    return httpx.Client(base_url=server.rstrip("/"), headers=headers, timeout=timeout)


def _answer(response: Any) -> Any:
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail")
        except ValueError:
            detail = response.text
        errors.print(f"[bold red]{response.status_code}[/] {detail}", highlight=False)
        raise typer.Exit(1)
    return response.json()


def _call(server: str, api_key: str | None, method: str, path: str, **kwargs: Any) -> Any:
    import httpx

    try:
        with _client(server, api_key, timeout=None) as client:
            return _answer(client.request(method, path, **kwargs))
    except httpx.HTTPError as error:
        errors.print(f"cannot reach {server}: {error}")
        raise typer.Exit(1) from None


@storage_app.command("status")
def status(server: Server = "http://127.0.0.1:8000", api_key: ApiKey = None) -> None:
    """The mode, rows in each store, dual-write failures and latency, read fallbacks."""
    console.print_json(json.dumps(_call(server, api_key, "GET", "/admin/storage")))


@storage_app.command("mode")
def mode(
    new_mode: Annotated[str, typer.Argument(metavar="MODE", help="memory, dual_write, dual_read or database")],
    force: Annotated[bool, typer.Option(help="switch to database even with rows only in memory")] = False,
    server: Server = "http://127.0.0.1:8000",
    api_key: ApiKey = None,
) -> None:
    """Switch the server's storage mode, without a restart."""
    if new_mode not in MODES:
        errors.print(f"MODE must be one of {', '.join(MODES)}")
        raise typer.Exit(2)
    answer = _call(server, api_key, "PUT", "/admin/storage", json={"mode": new_mode, "force": force})
    console.print(f"storage mode: {answer['mode']}" + ("" if answer.get("changed") else " (unchanged)"))


@storage_app.command("backfill")
def backfill(
    batch: Annotated[int, typer.Option(min=1, max=10_000, help="rows a batch")] = 1000,
    server: Server = "http://127.0.0.1:8000",
    api_key: ApiKey = None,
) -> None:
    """Copy into the database what only the server's memory holds (idempotent), with progress."""
    import httpx

    summary: dict[str, Any] = {}
    try:
        with _client(server, api_key, timeout=None) as client, client.stream(
            "POST", "/admin/storage/backfill", params={"stream": "true", "batch": batch}
        ) as response:
            if response.status_code >= 400:
                response.read()
                _answer(response)
            with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                          TimeRemainingColumn(), console=errors) as progress:
                task = progress.add_task("backfill", total=None)
                for line in response.iter_lines():
                    if not line.strip():
                        continue
                    event = json.loads(line)
                    if event.get("done"):
                        summary = event
                        continue
                    progress.update(task, total=event["total"], completed=event["done"], description=f"backfill {event['table']}")
    except httpx.HTTPError as error:
        errors.print(f"backfill interrupted ({error}); it is idempotent: run it again")
        raise typer.Exit(1) from None
    if not summary:
        errors.print("backfill ended without its summary; it is idempotent: run it again")
        raise typer.Exit(1)
    console.print_json(json.dumps(summary))


@storage_app.command("verify")
def verify(server: Server = "http://127.0.0.1:8000", api_key: ApiKey = None) -> None:
    """Compare memory and database row by row; exit status 1 when they differ."""
    report = _call(server, api_key, "GET", "/admin/storage/verify")
    console.print_json(json.dumps(report))
    if not report.get("ok"):
        raise typer.Exit(1)


# taas db export / import


def export(
    out: Annotated[Optional[Path], typer.Option("--out", help="file to write (default: standard output)")] = None,
    server: Annotated[Optional[str], typer.Option("--server", help="export from a running server (its memory, in memory or dual_write mode)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or jsonl (default: from --out's suffix, else json)")] = "",
    source: Annotated[str, typer.Option(help="with --server: current, memory or database")] = "current",
    database_url: Annotated[Optional[str], typer.Option("--database-url", help="default: DATABASE_URL")] = None,
    api_key: ApiKey = None,
) -> None:
    """Stream every fact, validation result and audit row as JSON, in constant memory."""
    from taas.storage import transfer

    fmt = fmt or (transfer.export_format_of(out) if out else "json")
    if fmt not in transfer.FORMATS:
        errors.print("--format must be json or jsonl")
        raise typer.Exit(2)
    sink = out.open("wb") if out else sys.stdout.buffer
    try:
        if server:
            _export_from_server(server, api_key, fmt, source, sink)
        else:
            asyncio.run(_export_from_database(_database_url(database_url), fmt, sink))
    finally:
        if out:
            sink.close()
        else:
            sink.flush()
    if out:
        errors.print(f"exported to {out} ({out.stat().st_size:,} bytes)")


def _export_from_server(server: str, api_key: str | None, fmt: str, source: str, sink: Any) -> None:
    import httpx

    try:
        with _client(server, api_key, timeout=None) as client, client.stream(
            "GET", "/admin/export", params={"format": fmt, "source": source}
        ) as response:
            if response.status_code >= 400:
                response.read()
                _answer(response)
            for chunk in response.iter_bytes():
                sink.write(chunk)
    except httpx.HTTPError as error:
        errors.print(f"export interrupted: {error}")
        raise typer.Exit(1) from None


async def _export_from_database(url: str, fmt: str, sink: Any) -> None:
    from taas.config import load_settings
    from taas.storage import transfer
    from taas.storage.database import create_engine

    engine = create_engine(load_settings(database_url=url))
    try:
        async for chunk in transfer.export_chunks(transfer.database_batches(engine), fmt):
            sink.write(chunk)
    finally:
        await engine.dispose()


def _database_url(given: str | None) -> str:
    from taas.cli.main import settings_or_exit

    return given or settings_or_exit().resolved_database_url()


def import_(
    file: Annotated[Path, typer.Argument(help="an export file (json or jsonl)")],
    database_url: Annotated[Optional[str], typer.Option("--database-url", help="default: DATABASE_URL")] = None,
) -> None:
    """Load an export, idempotently, in one transaction (COPY on PostgreSQL), ids and timestamps kept."""
    from taas.storage import transfer

    url = _database_url(database_url)
    size = transfer.file_size(file)
    if not file.is_file():
        errors.print(f"{file}: no such file")
        raise typer.Exit(2)
    with Progress(TextColumn("import"), BarColumn(), TransferSpeedColumn(), TimeRemainingColumn(), console=errors,
                  disable=not errors.is_terminal and not os.environ.get("TAAS_PROGRESS")) as progress:
        task = progress.add_task("import", total=size)
        try:
            summary = transfer.import_file(file, url, on_line=lambda _, done: progress.update(task, completed=done))
        except transfer.ImportRefused as error:
            errors.print(f"[bold red]import refused[/], nothing was applied: {error}", highlight=False)
            raise typer.Exit(1) from None
        except Exception as error:  # the database refused it: rolled back as a whole
            errors.print(f"[bold red]import refused by the database[/], nothing was applied: {error}", highlight=False)
            raise typer.Exit(1) from None
        progress.update(task, completed=size)
    console.print_json(json.dumps(summary))


def register(app: typer.Typer, db_app: typer.Typer) -> None:
    app.add_typer(storage_app, name="storage")
    db_app.command("export")(export)
    db_app.command("import")(import_)


def refuse_memory_workers(mode: str, workers: int) -> str | None:
    """Why a mode cannot run with this many workers, or None."""
    if workers > 1 and mode in ("memory", "dual_write", "dual_read"):
        return (
            f"STORAGE_MODE={mode} keeps facts in the server process's memory: with {workers} workers each would hold "
            "a different part and hand out the same ids. Serve with --workers 1, or use STORAGE_MODE=database"
        )
    return None
