"""`taas`: serve, validate, evaluate and manage the database."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from taas.cli.stats import stats_app
from taas.cli.storage import refuse_memory_workers, register
from taas.config import ConfigError, Settings, is_loopback, load_settings

app = typer.Typer(help="TAAS Validation: checks what AI assistants and agents claim.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema and data.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(stats_app, name="stats")

console = Console()
errors = Console(stderr=True, soft_wrap=True)


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        errors.print(f"[bold red]configuration error[/] {error}", highlight=False)
        raise typer.Exit(2) from None


def main() -> None:
    app()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="worker processes")] = 1,
) -> None:
    """Serve the HTTP API (uvicorn, uvloop, httptools; SIGTERM finishes in-flight requests first)."""
    from taas import serving

    settings = settings_or_exit()
    refused = refuse_memory_workers(settings.storage_mode.value, workers)
    if refused:
        errors.print(f"refusing to start: {refused}")
        raise typer.Exit(2)
    os.environ["TAAS_WORKERS"] = str(workers)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if settings.api_key is None and settings.api_keys is None and not settings.allow_open_access:
        if not is_loopback(host):
            errors.print(
                f"refusing to serve on {host} without an API key: set API_KEY, or ALLOW_OPEN_ACCESS=1 to accept anyone"
            )
            raise typer.Exit(2)
        errors.print(f"no API_KEY set: accepting requests without a key because {host} is a loopback address")
    serving.run(host, port, workers, settings.log_level)


def _request_fields(line: dict[str, Any]) -> dict[str, Any]:
    fields = ("context", "previous_text", "metrics", "external_validation", "evidence")
    return {name: line.get(name) for name in fields}


@app.command()
def validate(
    text: Annotated[Optional[str], typer.Argument(help="the text to validate")] = None,
    context: Annotated[Optional[str], typer.Option(help="free-text context, e.g. deploy")] = None,
    previous_text: Annotated[Optional[str], typer.Option(help="the assistant's previous message")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the verdict as JSON")] = False,
    file: Annotated[Optional[Path], typer.Option(help="JSONL file, one request object a line")] = None,
    out: Annotated[Optional[Path], typer.Option(help="where to write one verdict a line")] = None,
) -> None:
    """Validate one text, or every line of a JSONL file, with the engine (nothing is stored)."""
    from taas import detect

    if (text is None) == (file is None):
        errors.print("give either TEXT or --file")
        raise typer.Exit(2)
    if text is not None:
        verdict = detect(text, context=context, previous_text=previous_text)
        if as_json:
            console.print_json(json.dumps(verdict.to_dict()))
            return
        console.print(f"[bold]{verdict.status}[/]  coherence {verdict.coherence_score:.2f}")
        for pattern in verdict.patterns:
            console.print(f"  {pattern.type:<22} {pattern.probability:.2f}  {', '.join(pattern.matched_phrases)}")
        for finding in verdict.details.get("findings", []):
            console.print(f"  - {finding}", highlight=False)
        return

    assert file is not None
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        errors.print(f"cannot read {file}: {error}")
        raise typer.Exit(2) from None
    counts: dict[str, int] = {}
    patterns: dict[str, int] = {}
    sink = out.open("w", encoding="utf-8") if out else None
    try:
        for number, raw in enumerate(track(lines, description="validating", console=errors), start=1):
            if not raw.strip():
                continue
            try:
                request = json.loads(raw)
                if not isinstance(request, dict) or not isinstance(request.get("input_text"), str):
                    raise ValueError("expected an object with a string input_text")
            except ValueError as error:
                errors.print(f"{file}:{number}: {error}")
                raise typer.Exit(2) from None
            verdict = detect(request["input_text"], **_request_fields(request))
            counts[verdict.status] = counts.get(verdict.status, 0) + 1
            for pattern in verdict.patterns:
                patterns[pattern.type] = patterns.get(pattern.type, 0) + 1
            if sink:
                sink.write(json.dumps(verdict.to_dict()) + "\n")
    finally:
        if sink:
            sink.close()
    table = Table(title=f"{sum(counts.values())} texts")
    table.add_column("status / pattern")
    table.add_column("count", justify="right")
    for name, count in sorted(counts.items()):
        table.add_row(name, str(count))
    for name, count in sorted(patterns.items()):
        table.add_row(f"[dim]pattern[/] {name}", str(count))
    console.print(table)


@app.command("eval")
def evaluate(path: Annotated[Path, typer.Argument(help="labelled cases, one JSON object a line")]) -> None:
    """Precision, recall and F1 per pattern on labelled cases."""
    from taas.engine.evaluation import evaluate as run_evaluation
    from taas.engine.evaluation import load_cases, render

    try:
        cases = load_cases(path)
    except (OSError, ValueError) as error:
        errors.print(str(error))
        raise typer.Exit(2) from None
    render(run_evaluation(cases), console)


@db_app.command()
def upgrade(revision: Annotated[str, typer.Argument(help="target revision")] = "head") -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    from taas.db import migrate

    url = settings_or_exit().sqlalchemy_url(async_driver=False)
    _run_db(lambda: migrate.upgrade(url, revision))
    console.print(f"database at revision {_run_db(lambda: migrate.current_revision(url))}")


@db_app.command()
def downgrade(revision: Annotated[str, typer.Argument(help="target revision, e.g. base or -1")]) -> None:
    """Revert migrations down to REVISION."""
    from taas.db import migrate

    url = settings_or_exit().sqlalchemy_url(async_driver=False)
    _run_db(lambda: migrate.downgrade(url, revision))
    console.print(f"database at revision {_run_db(lambda: migrate.current_revision(url))}")


@db_app.command()
def current() -> None:
    """Print the database's migration revision."""
    from taas.db import migrate

    url = settings_or_exit().sqlalchemy_url(async_driver=False)
    console.print(_run_db(lambda: migrate.current_revision(url)) or "none (empty database)")


def _run_db(action: Any) -> Any:
    from sqlalchemy.exc import OperationalError

    try:
        return action()
    except OperationalError as error:
        errors.print(f"cannot reach the database: {error.orig}")
        raise typer.Exit(1) from None


register(app, db_app)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
