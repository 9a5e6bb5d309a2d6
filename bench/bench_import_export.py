#!/usr/bin/env python3
"""Import and export at scale, against the PostgreSQL at BENCH_DATABASE_URL (default the local one).

    python bench/bench_import_export.py [--facts 1000000]

1. Import: an export file of N facts, each with its validation result, loaded by `taas db import`
   into a fresh database, against `psql \\copy` of the same rows (tab-separated) into another.
   Target: import rate >= half of psql's.
2. Export: `taas db export` of N facts and of 10,000, each in its own process; peak RSS compared.
   Target: the large export's peak RSS within 100 MB of the small one's.
Prints the figures and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
import psycopg
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from taas.config import load_settings  # noqa: E402
from taas.db import migrate  # noqa: E402
from taas.storage.rows import encode  # noqa: E402

SERVER = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
PATTERNS = [{"type": "hallucination_feature", "probability": 0.8, "matched_phrases": ["Deployed"], "spans": [[0, 8]]}]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    with psycopg.connect(SERVER) as connection:
        version = connection.execute("SHOW server_version").fetchone()[0]
    return f"{platform.platform()}, {os.cpu_count()} CPUs ({cpu}), {memory:.1f} GiB RAM, PostgreSQL {version}, Python {platform.python_version()}"


def fresh_database() -> str:
    name = f"taas_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(SERVER, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    migrate.upgrade(load_settings(database_url=url).sqlalchemy_url(async_driver=False))
    return url


def drop(url: str) -> None:
    with psycopg.connect(SERVER, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def rows(n: int):
    for i in range(1, n + 1):
        at = f"2024-05-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i // 60) % 60:02d}.{i % 1000000:06d}"
        fact = {
            "id": i, "content": f"Deployed build {i}! Live at https://app.example.com, all tests pass.",
            "metadata": {"agent": f"bot-{i % 50}", "run": i}, "inputs": {"context": "deploy"},
            "validation_status": "deceptive", "validation_score": "0.35", "created_at": at, "updated_at": at,
        }
        result = {
            "id": i, "fact_id": i, "deception_patterns": PATTERNS, "probability": "0.80", "status": "deceptive",
            "coherence_score": "0.35", "engine_version": "1.0.0", "details": {"status": "deceptive", "findings": []},
            "detected_at": at,
        }
        yield fact, result


def write_files(n: int, directory: Path) -> tuple[Path, Path, Path]:
    """The export file, and the same rows as tab-separated files for psql."""
    export, facts_tsv, results_tsv = directory / "export.jsonl", directory / "facts.tsv", directory / "results.tsv"

    def tsv(values) -> bytes:
        return "\t".join("\\N" if v is None else str(v).replace("\\", "\\\\") for v in values).encode() + b"\n"

    with open(export, "wb") as out, open(facts_tsv, "wb") as f_out, open(results_tsv, "wb") as r_out:
        out.write(b'{"format":"taas-export","version":1}\n')
        for fact, result in rows(n):
            out.write(b'{"table":"facts","row":' + encode(fact) + b"}\n")
            f_out.write(tsv([fact["id"], fact["content"], orjson.dumps(fact["metadata"]).decode(), orjson.dumps(fact["inputs"]).decode(),
                             fact["validation_status"], fact["validation_score"], fact["created_at"], fact["updated_at"]]))
        for _, result in rows(n):
            out.write(b'{"table":"validation_results","row":' + encode(result) + b"}\n")
            r_out.write(tsv([result["id"], result["fact_id"], orjson.dumps(result["deception_patterns"]).decode(), result["probability"],
                             result["status"], result["coherence_score"], result["engine_version"],
                             orjson.dumps(result["details"]).decode(), result["detected_at"]]))
        out.write(b'{"counts":{"api_requests":0,"facts":%d,"validation_results":%d},"end":true}\n' % (n, n))
    return export, facts_tsv, results_tsv


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Seconds and the child's peak RSS in MB."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    process = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.decode()[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def peak_rss_mb(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS of one command, measured by GNU time if present, else by a wrapper."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", wrapper, *command], env={**os.environ, **env}, capture_output=True)
    if process.returncode != 0:
        sys.exit(process.stderr.decode()[-2000:])
    return time.perf_counter() - started, int(process.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    args = parser.parse_args()
    n = args.facts
    print(f"machine: {machine()}")
    taas = [str(Path(sys.executable).with_name("taas"))]
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        export, facts_tsv, results_tsv = write_files(n, directory)
        print(f"generated {n:,} facts + {n:,} results ({export.stat().st_size / 2**20:.0f} MB JSONL) in {time.perf_counter() - started:.1f}s")

        psql_db, taas_db = fresh_database(), fresh_database()
        try:
            psql_seconds, _ = timed([
                "psql", psql_db, "-v", "ON_ERROR_STOP=1", "-q", "-c", "BEGIN",
                "-c", f"\\copy facts (id, content, metadata, inputs, validation_status, validation_score, created_at, updated_at) FROM '{facts_tsv}'",
                "-c", f"\\copy validation_results (id, fact_id, deception_patterns, probability, status, coherence_score, engine_version, details, detected_at) FROM '{results_tsv}'",
                "-c", "COMMIT",
            ])
            import_seconds, import_rss = timed(taas + ["db", "import", str(export)], {"DATABASE_URL": taas_db})
            rows_total = 2 * n
            print(f"psql \\copy:      {psql_seconds:7.1f}s  {rows_total / psql_seconds:10,.0f} rows/s")
            print(f"taas db import:  {import_seconds:7.1f}s  {rows_total / import_seconds:10,.0f} rows/s  "
                  f"({psql_seconds / import_seconds:.0%} of psql's rate; target >= 50%)  peak RSS {import_rss} MB")

            small_db = fresh_database()
            try:
                small_dir = directory / "small"
                small_dir.mkdir()
                small_file, _, _ = write_files(args.small, small_dir)
                timed(taas + ["db", "import", str(small_file)], {"DATABASE_URL": small_db})
                small_seconds, small_rss = peak_rss_mb(taas + ["db", "export", "--out", str(small_dir / "out.json")], {"DATABASE_URL": small_db})
            finally:
                drop(small_db)
            large_seconds, large_rss = peak_rss_mb(taas + ["db", "export", "--out", str(directory / "out.json")], {"DATABASE_URL": taas_db})
            print(f"export {args.small:>9,} facts: {small_seconds:7.1f}s  peak RSS {small_rss:6.1f} MB")
            print(f"export {n:>9,} facts: {large_seconds:7.1f}s  peak RSS {large_rss:6.1f} MB  "
                  f"({large_rss - small_rss:+.1f} MB; target within 100 MB)  {rows_total / large_seconds:,.0f} rows/s")
        finally:
            drop(psql_db)
            drop(taas_db)


if __name__ == "__main__":
    main()
