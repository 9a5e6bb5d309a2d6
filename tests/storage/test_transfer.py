"""Export and import: round trips byte-identical, idempotent, refusals with the line and nothing applied."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import make_settings
from taas.config import load_settings
from taas.db import migrate

ROOT = Path(__file__).resolve().parents[2]


def run(script: str, *args: str, database_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args], env=env, capture_output=True, timeout=120)


def migrated(url: str) -> str:
    migrate.upgrade(load_settings(database_url=url).sqlalchemy_url(async_driver=False))
    return url


async def fill(client_for, database_url: str, mode: str = "database") -> list[int]:
    client = await client_for(make_settings(database_url, storage_mode=mode))
    ids = []
    for n in range(12):
        body = {"input_text": f"Deployed build {n}, all tests pass", "metadata": {"zeta": n, "agent": "bot", "nested": {"b": 1, "a": [1.5, None]}}, "context": "deploy"}
        ids.append((await client.post("/validate", json=body)).json()["validation"]["fact_id"])
    await client.post(f"/facts/{ids[0]}/revalidate")
    await client.get("/facts")
    await client.app.state.store.flush_audits()
    return ids


def counts(url: str) -> tuple[int, int, int]:
    if url.startswith("sqlite"):
        import sqlite3

        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        row = connection.execute(
            "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM validation_results), (SELECT count(*) FROM api_requests)"
        ).fetchone()
        connection.close()
        return row
    with psycopg.connect(url) as connection:
        return connection.execute(
            "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM validation_results), (SELECT count(*) FROM api_requests)"
        ).fetchone()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
async def test_export_import_round_trip_is_byte_identical(client_for, database_url, postgres_url, tmp_path, fmt):
    await fill(client_for, database_url)
    first, second = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    done = run("export_data.py", "--out", str(first), database_url=database_url)
    assert done.returncode == 0, done.stderr
    target = migrated(postgres_url)
    done = run("import_data.py", str(first), database_url=target)
    assert done.returncode == 0, done.stderr
    assert counts(target) == counts(database_url)
    done = run("export_data.py", "--out", str(second), database_url=target)
    assert done.returncode == 0, done.stderr
    assert first.read_bytes() == second.read_bytes()
    # Idempotent: a second import changes nothing and says what it skipped.
    done = run("import_data.py", str(first), database_url=target)
    assert done.returncode == 0 and b'"skipped": 12' in done.stdout
    assert counts(target) == counts(database_url)


async def test_the_plans_commands_move_sqlite_to_postgresql_and_the_sequence_follows(client_for, sqlite_url, postgres_url, tmp_path):
    migrated(sqlite_url)
    ids = await fill(client_for, sqlite_url)
    exported = run("export_data.py", database_url=sqlite_url)  # to standard output, as in the plan
    assert exported.returncode == 0, exported.stderr
    backup = tmp_path / "backup.json"
    backup.write_bytes(exported.stdout)
    target = migrated(postgres_url)
    assert run("import_data.py", str(backup), database_url=target).returncode == 0
    client = await client_for(make_settings(target))
    fact = (await client.get(f"/facts/{ids[0]}")).json()
    assert fact["content"] == "Deployed build 0, all tests pass" and len(fact["results"]) == 2
    new = (await client.post("/validate", json={"input_text": "after the move"})).json()["validation"]
    assert new["fact_id"] == max(ids) + 1


async def test_export_from_a_running_servers_memory(client_for, sqlite_url, tmp_path):
    migrated(sqlite_url)
    client = await client_for(make_settings(sqlite_url, storage_mode="memory"))
    await client.post("/validate", json={"input_text": "only in memory", "metadata": {"k": "v"}})
    response = await client.get("/admin/export", params={"format": "jsonl"})
    assert response.status_code == 200 and response.headers["x-taas-export-source"] == "memory"
    lines = response.text.splitlines()
    assert lines[0] == '{"format":"taas-export","version":1}'
    assert '"content":"only in memory"' in lines[1]
    assert lines[-1].startswith('{"counts":{"api_requests":') and lines[-1].endswith('"end":true}')
    path = tmp_path / "memory.jsonl"
    path.write_text(response.text)
    target = tmp_path / "restored.db"
    migrated(f"sqlite:///{target}")
    assert run("import_data.py", str(path), database_url=f"sqlite:///{target}").returncode == 0
    assert counts(f"sqlite:///{target}")[:2] == (1, 1)


@pytest.mark.parametrize("damage", ["truncate", "bad_row", "bad_json", "wrong_counts"])
async def test_a_damaged_file_is_refused_with_its_line_and_nothing_applied(client_for, database_url, tmp_path, damage):
    await fill(client_for, database_url)
    good = tmp_path / "good.json"
    assert run("export_data.py", "--out", str(good), database_url=database_url).returncode == 0
    lines = good.read_bytes().splitlines(keepends=True)
    if damage == "truncate":
        content, line = b"".join(lines)[: len(b"".join(lines[:20])) + 10], 21
    elif damage == "bad_row":
        lines[5] = lines[5].replace(b'"content":', b'"content":7,"x":')
        content, line = b"".join(lines), 6
    elif damage == "bad_json":
        lines[19] = lines[19][:-5] + b"\n"
        content, line = b"".join(lines), 20
    else:
        lines[-1] = lines[-1].replace(b'"facts":12', b'"facts":13')
        content, line = b"".join(lines), len(lines)
    broken = tmp_path / "broken.json"
    broken.write_bytes(content)
    target = tmp_path / "target.db"
    target_url = migrated(f"sqlite:///{target}")
    done = run("import_data.py", str(broken), database_url=target_url)
    assert done.returncode == 1
    assert f"broken.json:{line}:" in done.stderr.decode().replace("\n", "")
    assert counts(target_url) == (0, 0, 0)


async def test_a_file_the_database_refuses_is_rolled_back_on_postgresql(postgres_url, tmp_path):
    target = migrated(postgres_url)
    path = tmp_path / "orphan.jsonl"
    path.write_text(
        '{"format":"taas-export","version":1}\n'
        '{"table":"facts","row":{"id":1,"content":"x","created_at":"2024-01-01T00:00:00","updated_at":"2024-01-01T00:00:00"}}\n'
        '{"table":"validation_results","row":{"id":1,"fact_id":99,"detected_at":"2024-01-01T00:00:00"}}\n'
        '{"counts":{"api_requests":0,"facts":1,"validation_results":1},"end":true}\n'
    )
    done = run("import_data.py", str(path), database_url=target)
    assert done.returncode == 1 and b"nothing was applied" in done.stderr
    assert counts(target) == (0, 0, 0)
