"""Production serving: uvicorn with uvloop and httptools, N worker processes, graceful stop.

On SIGTERM or SIGINT the server stops accepting connections, lets in-flight requests finish
(up to `GRACEFUL_SECONDS`), then runs the application's shutdown: the group-commit writer
writes what is queued and buffered audit rows are flushed, so nothing acknowledged is lost.
With several workers, Prometheus samples go through files in `PROMETHEUS_MULTIPROC_DIR`
(a fresh temporary directory unless one is given), so `/metrics` sums every worker.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import shutil
import tempfile
from pathlib import Path

from taas.observability.metrics import MULTIPROC_DIR_ENV

GRACEFUL_SECONDS = 30


def prepare_multiprocess_dir() -> tuple[str, bool]:
    """The metrics directory, emptied of a previous run's files; and whether we made it."""
    given = os.environ.get(MULTIPROC_DIR_ENV)
    if given:
        directory = Path(given)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink()
        return str(directory), False
    directory = Path(tempfile.mkdtemp(prefix="taas-metrics-"))
    os.environ[MULTIPROC_DIR_ENV] = str(directory)
    return str(directory), True


def tune_gc() -> None:
    """Fewer, cheaper garbage collections: what exists at start-up is frozen out of them, and
    young collections wait for more allocations. Requests make few reference cycles, and the
    default thresholds spend milliseconds-long pauses on them under load (the p99)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _stopped(signum: int, _: object) -> None:
    logging.getLogger("taas").info("stopped by %s after finishing in-flight work", signal.Signals(signum).name)
    sys.exit(0)


def run(host: str, port: int, workers: int, log_level: str) -> None:
    import uvicorn

    # uvicorn finishes in-flight requests and the shutdown, then re-raises the signal it
    # caught; this handler turns that into a clean exit (status 0) after a graceful stop.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, _stopped)
    made = None
    if workers > 1 or os.environ.get(MULTIPROC_DIR_ENV):
        directory, created = prepare_multiprocess_dir()
        made = directory if created else None
    try:
        uvicorn.run(
            "taas.api.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            loop="uvloop",
            http="httptools",
            log_level=log_level.lower(),
            access_log=False,
            timeout_graceful_shutdown=GRACEFUL_SECONDS,
            backlog=4096,
        )
    finally:
        if made:
            shutil.rmtree(made, ignore_errors=True)
