"""Which PostgreSQL the tests use: TEST_DATABASE_URL, else the local server, else a throwaway one."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/test"


def answers(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2):
            return True
    except psycopg.Error:
        return False


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary directory, started from the machine's binaries."""

    def __init__(self) -> None:
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl) on this machine")
        self.pg_ctl = pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="taas-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        # PostgreSQL refuses to run as root: hand the cluster to an unprivileged account.
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            account = "postgres" if _account_exists("postgres") else "nobody"
            shutil.chown(self.root, user=account)
            self.run_as = ["runuser", "-u", account, "--"]
        subprocess.run(
            [*self.run_as, initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
            check=True, capture_output=True,
        )
        subprocess.run(
            [*self.run_as, pg_ctl, "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o",
             f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
            check=True, capture_output=True,
        )
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        deadline = time.monotonic() + 30
        while not answers(self.url):
            if time.monotonic() > deadline:
                raise RuntimeError("the throwaway PostgreSQL did not start")
            time.sleep(0.2)

    def stop(self) -> None:
        subprocess.run([*self.run_as, self.pg_ctl, "-D", str(self.data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def _account_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def find_server() -> tuple[str, ThrowawayServer | None]:
    explicit = os.environ.get("TEST_DATABASE_URL")
    if explicit:
        return explicit, None
    if answers(LOCAL_URL):
        return LOCAL_URL, None
    server = ThrowawayServer()
    return server.url, server
