"""HTTP throughput of POST /validate against a bare FastAPI endpoint, side by side, with wrk.

    python bench/bench_http.py            # full run: comparison, worker and concurrency scaling
    python bench/bench_http.py --quick    # shorter runs
    python bench/bench_http.py --profile  # also a py-spy profile of the server under load

Both servers run on the same stack (uvicorn, uvloop, httptools, one worker unless scaling),
against a fresh PostgreSQL database on this machine. Runs alternate baseline / taas so that a
machine busy with something else slows both alike. Every answered /validate must be stored:
the run checks the database holds at least as many facts, results and audit rows as wrk saw
2xx answers. Figures and the machine go to bench/results/http.json and http.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import httpx
import psycopg

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BIN = Path(sys.executable).parent
SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
KEY = "bench-key"


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("installing wrk from Debian's packages", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if subprocess.run([*sudo, "apt-get", "install", "-y", "wrk"], stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run([*sudo, "apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*sudo, "apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("wrk") or "wrk"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Database:
    def __init__(self) -> None:
        self.name = f"taas_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(SERVER_URL, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{self.name}"')
        self.url = re.sub(r"/[^/]*$", "/" + self.name, SERVER_URL)
        subprocess.run([str(BIN / "taas"), "db", "upgrade"], env={**os.environ, "DATABASE_URL": self.url},
                       check=True, stdout=subprocess.DEVNULL)

    def counts(self) -> dict[str, int]:
        with psycopg.connect(self.url) as connection:
            return {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("facts", "validation_results", "api_requests")
            }

    def drop(self) -> None:
        with psycopg.connect(SERVER_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class Server:
    def __init__(self, kind: str, database_url: str, workers: int = 1, extra_env: dict | None = None) -> None:
        self.kind = kind
        self.port = free_port()
        env = {
            **os.environ, "DATABASE_URL": database_url, "API_KEY": KEY,
            "VALIDATE_RATE_LIMIT": "1000000/second", "LOG_LEVEL": "WARNING", **(extra_env or {}),
        }
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        if kind == "baseline":
            command = [str(BIN / "python"), "-m", "uvicorn", "baseline_app:app", "--app-dir", str(HERE),
                       "--port", str(self.port), "--loop", "uvloop", "--http", "httptools", "--no-access-log",
                       "--log-level", "warning", "--workers", str(workers)]
        else:
            command = [str(BIN / "taas"), "serve", "--port", str(self.port), "--workers", str(workers)]
        self.log = open(RESULTS / f".{kind}.log", "ab")
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.post(f"http://127.0.0.1:{self.port}/validate", headers={"x-api-key": KEY},
                           json={"input_text": "warm up", "persist": False}, timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError(f"{kind} server did not start")

    def cpu_seconds(self) -> float:
        """CPU time of the server and its workers, from /proc."""
        total = 0.0
        pids = [self.process.pid] + [int(p) for p in subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout.split()]
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except (OSError, IndexError):
                pass
        return total

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(40)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def busy_jiffies() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def wrk(wrk_bin: str, server: Server, connections: int, duration: int) -> dict:
    before = server.cpu_seconds()
    busy_before, all_before = busy_jiffies()
    output = subprocess.run(
        [wrk_bin, "-t", "1", "-c", str(connections), "-d", f"{duration}s", "--latency", "--timeout", "5s",
         "-s", str(HERE / "validate.lua"), f"http://127.0.0.1:{server.port}/validate"],
        capture_output=True, text=True, env={**os.environ, "BENCH_API_KEY": KEY}, check=True,
    ).stdout
    cpu = server.cpu_seconds() - before
    busy_after, all_after = busy_jiffies()
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", output)) else 0
    socket_errors = re.search(r"Socket errors: (.*)", output)
    latency = {q: _ms(re.search(rf"^\s+{q}%\s+(\S+)", output, re.M).group(1)) for q in ("50", "75", "90", "99")}
    return {
        "rps": float(re.search(r"Requests/sec:\s+(\S+)", output).group(1)),
        "requests": requests, "non_2xx": errors, "ok": requests - errors,
        "socket_errors": socket_errors.group(1) if socket_errors else None,
        "p50_ms": latency["50"], "p90_ms": latency["90"], "p99_ms": latency["99"],
        "server_cpu_us_per_request": round(cpu / max(requests, 1) * 1e6, 1),
        # Whole machine, every process (server, PostgreSQL, wrk and anything else running).
        "machine_cpu_busy_percent": round(100 * (busy_after - busy_before) / max(all_after - all_before, 1), 1),
        "load_average_after": round(os.getloadavg()[0], 2),
    }


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 3)


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    with psycopg.connect(SERVER_URL) as connection:
        pg = connection.execute("SHOW server_version").fetchone()[0]
        sync = connection.execute("SHOW synchronous_commit").fetchone()[0]
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem_kb / 2**20, 1),
        "kernel": platform.release(), "python": platform.python_version(), "postgresql": pg,
        "synchronous_commit": sync, "load_average_at_start": os.getloadavg(),
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0].strip(),
    }


def profile(database: Database, wrk_bin: str, duration: int) -> dict:
    pyspy = BIN / "py-spy"
    if not pyspy.exists():
        subprocess.run([str(BIN / "python"), "-m", "pip", "install", "-q", "py-spy"], check=True)
    server = Server("taas", database.url)
    try:
        raw = RESULTS / "profile-validate.txt"
        spy = subprocess.Popen([str(pyspy), "record", "-p", str(server.process.pid), "-d", str(duration - 1),
                                "-r", "250", "--gil", "-f", "raw", "-o", str(raw)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wrk(wrk_bin, server, 32, duration)
        spy.wait(30)
    finally:
        server.stop()
    return summarize_profile(raw)


def summarize_profile(raw: Path) -> dict:
    """Share of GIL-holding samples by where the time goes."""
    groups = {
        "http server (uvicorn, httptools)": ("uvicorn/",),
        "middleware and routing (starlette, fastapi)": ("starlette/", "fastapi/"),
        "request parsing and validation (pydantic)": ("pydantic",),
        "database driver and SQLAlchemy": ("psycopg", "sqlalchemy/", "greenlet"),
        "rate limiter (limits)": ("limits/",),
        "metrics (prometheus_client)": ("prometheus_client/",),
        "engine (detect)": ("taas/engine/",),
        "taas service code": ("taas/",),
        "asyncio event loop": ("asyncio/", "uvloop"),
    }
    totals: dict[str, int] = {}
    everything = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        everything += n
        leaf = stack.split(";")[-1]
        group = next((name for name, keys in groups.items() if any(key in leaf for key in keys)), "other (stdlib, json, ...)")
        totals[group] = totals.get(group, 0) + n
    return {name: round(100 * n / everything, 1) for name, n in sorted(totals.items(), key=lambda kv: -kv[1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 s runs, fewer rounds")
    parser.add_argument("--profile", action="store_true", help="also profile the server with py-spy")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    duration, rounds = (5, 2) if args.quick else (10, 3)
    RESULTS.mkdir(exist_ok=True)
    wrk_bin = ensure_wrk()
    report: dict = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
                    "duration_s": duration, "connections": args.connections}
    database = Database()
    stored_ok = 0
    try:
        # Side by side, one worker each, alternating.
        runs: dict[str, list[dict]] = {"baseline": [], "taas": []}
        servers = {"baseline": Server("baseline", database.url), "taas": Server("taas", database.url)}
        try:
            for kind in ("baseline", "taas"):
                wrk(wrk_bin, servers[kind], args.connections, 2)  # warm-up
            for _ in range(rounds):
                for kind in ("baseline", "taas"):
                    result = wrk(wrk_bin, servers[kind], args.connections, duration)
                    runs[kind].append(result)
                    print(f"{kind:9} {result['rps']:9.0f} req/s  p99 {result['p99_ms']} ms  "
                          f"load {result['load_average_after']}", flush=True)
        finally:
            for server in servers.values():
                server.stop()
        stored_ok += sum(r["ok"] for r in runs["taas"])
        median = {kind: statistics.median(r["rps"] for r in results) for kind, results in runs.items()}
        p99 = {kind: round(statistics.median(r["p99_ms"] for r in results), 2) for kind, results in runs.items()}
        report["comparison"] = {
            "runs": runs, "median_rps": median, "median_p99_ms": p99,
            "ratio": round(median["taas"] / median["baseline"], 3),
            "targets": {"ratio_at_least": 0.35, "p99_ms_at_most": 25},
            "met": median["taas"] / median["baseline"] >= 0.35 and p99["taas"] <= 25,
        }

        # Scaling with workers and with concurrency.
        scaling = []
        redis = {"REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")}
        for workers, connections, env in ((2, 32, {}), (1, 8, {}), (1, 128, {}), (2, 128, {}), (1, 32, redis)):
            server = Server("taas", database.url, workers=workers, extra_env=env)
            try:
                wrk(wrk_bin, server, connections, 2)
                result = wrk(wrk_bin, server, connections, duration)
            finally:
                server.stop()
            stored_ok += result["ok"]
            scaling.append({"workers": workers, "connections": connections, "redis": bool(env), **result})
            print(f"taas workers={workers} c={connections}: {result['rps']:.0f} req/s p99 {result['p99_ms']} ms", flush=True)
        report["scaling"] = scaling

        counts = database.counts()
        # Warm-ups and runs: every 2xx answer must be in the database (facts >= answered).
        report["stored"] = {"answered_2xx_in_measured_runs": stored_ok, **counts,
                            "every_answer_stored": counts["facts"] >= stored_ok and counts["validation_results"] == counts["facts"]}
        if args.profile:
            report["profile_share_percent"] = profile(database, wrk_bin, duration)
    finally:
        database.drop()
    (RESULTS / "http.json").write_text(json.dumps(report, indent=2) + "\n")
    (RESULTS / "http.md").write_text(markdown(report))
    print(markdown(report))


def markdown(report: dict) -> str:
    m = report["machine"]
    c = report["comparison"]
    lines = [
        "# HTTP throughput: POST /validate (stored) vs a bare FastAPI endpoint", "",
        f"{report['date']}; {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Linux {m['kernel']}, "
        f"Python {m['python']}, PostgreSQL {m['postgresql']} on the same machine (synchronous_commit={m['synchronous_commit']}), "
        f"{m['wrk']}; load average at start {', '.join(f'{x:.2f}' for x in m['load_average_at_start'])}.", "",
        f"wrk, 1 thread, {report['connections']} connections, {report['duration_s']} s per run; uvicorn + uvloop + httptools; "
        "medians of alternating runs. The machine is shared: the load average and CPU figures show what else ran.", "",
        "Each run: " + "; ".join(f"{k} {r['rps']:.0f} req/s p99 {r['p99_ms']} ms load {r['load_average_after']}"
                                  for k in ("baseline", "taas") for r in c["runs"][k]) + ".", "",
        "| server | workers | connections | req/s | p50 ms | p99 ms | server CPU µs/request | machine CPU busy % |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, label in (("baseline", "bare FastAPI, constant"), ("taas", "taas POST /validate, stored")):
        runs = c["runs"][kind]
        best = sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]
        lines.append(f"| {label} | 1 | {report['connections']} | {c['median_rps'][kind]:.0f} | {best['p50_ms']} | "
                     f"{c['median_p99_ms'][kind]} | {best['server_cpu_us_per_request']} | {best['machine_cpu_busy_percent']} |")
    for s in report.get("scaling", []):
        label = "taas POST /validate, stored" + (", with REDIS_URL (rate limit and cache in Redis)" if s.get("redis") else "")
        lines.append(f"| {label} | {s['workers']} | {s['connections']} | {s['rps']:.0f} | "
                     f"{s['p50_ms']} | {s['p99_ms']} | {s['server_cpu_us_per_request']} | {s['machine_cpu_busy_percent']} |")
    lines += ["", f"Ratio taas / baseline: **{c['ratio']}** (target ≥ 0.35); taas p99 {c['median_p99_ms']['taas']} ms "
              f"(target ≤ 25 ms): **{'met' if c['met'] else 'not met'}**.", ""]
    stored = report.get("stored")
    if stored:
        lines.append(f"Stored: {stored['facts']} facts, {stored['validation_results']} results, {stored['api_requests']} audit rows "
                     f"for {stored['answered_2xx_in_measured_runs']} answers counted by wrk in the measured runs "
                     f"(plus warm-ups): every answer stored: {stored['every_answer_stored']}.")
    if "profile_share_percent" in report:
        lines += ["", "Where the server's time goes (py-spy, GIL-holding samples by leaf frame, 1 worker, 32 connections):", "",
                  "| part | share % |", "|---|---|"]
        lines += [f"| {name} | {share} |" for name, share in report["profile_share_percent"].items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
