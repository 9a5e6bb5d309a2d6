"""A real `taas serve` in a subprocess, for tests of what only a running server shows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from postgres_server import free_port

TAAS = str(Path(sys.executable).with_name("taas"))


class Server:
    def __init__(self, database_url: str, *, workers: int = 1, log: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        environment = {
            **os.environ,
            "DATABASE_URL": database_url,
            "VALIDATE_RATE_LIMIT": "1000000/second",
            "DATABASE_POOL_SIZE": "5",
            "LOG_LEVEL": "INFO",
            **env,
        }
        environment.pop("PROMETHEUS_MULTIPROC_DIR", None)
        self.signalled = False
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [TAAS, "serve", "--port", str(self.port), "--workers", str(workers)],
            env=environment, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/ready", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"server not ready: {self.log_path.read_text()[-2000:]}")

    def terminate(self) -> None:
        """SIGTERM once: what an orchestrator sends to stop the service."""
        if not self.signalled:
            self.signalled = True
            self.process.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 40) -> int:
        if self.process.poll() is None:
            self.terminate()
        try:
            return self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.log.close()
