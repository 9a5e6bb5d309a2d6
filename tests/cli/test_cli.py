"""The `taas` command line, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from postgres_server import free_port
from taas.cli import app

runner = CliRunner()
TAAS = [sys.executable, "-m", "taas.cli.main"]


def test_validate_one_text_as_json():
    result = runner.invoke(app, ["validate", "Deployed! Live at https://example.com", "--json"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.output)
    assert verdict["status"] in {"coherent", "suspicious", "deceptive", "noise"}


def test_validate_a_jsonl_file(tmp_path: Path):
    requests = tmp_path / "in.jsonl"
    requests.write_text(
        "\n".join(json.dumps({"input_text": t}) for t in ["Deployed to prod", "Thanks!", ""]) + "\n"
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["validate", "--file", str(requests), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 3
    assert "3 texts" in result.output


def test_validate_file_with_a_bad_line_names_it(tmp_path: Path):
    requests = tmp_path / "in.jsonl"
    requests.write_text('{"input_text": "ok"}\n{broken\n')
    result = runner.invoke(app, ["validate", "--file", str(requests)])
    assert result.exit_code == 2
    assert "in.jsonl:2" in result.output


def test_db_upgrade_current_downgrade(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/cli.db")
    from taas.config import get_settings

    get_settings.cache_clear()
    assert "0001" in runner.invoke(app, ["db", "upgrade"]).output
    assert "0001" in runner.invoke(app, ["db", "current"]).output
    assert runner.invoke(app, ["db", "downgrade", "base"]).exit_code == 0
    assert "none" in runner.invoke(app, ["db", "current"]).output
    get_settings.cache_clear()


def test_bad_configuration_is_one_line_and_exit_2(monkeypatch):
    monkeypatch.setenv("DATABASE_POOL_SIZE", "abc")
    result = runner.invoke(app, ["db", "current"])
    assert result.exit_code == 2
    assert "DATABASE_POOL_SIZE" in result.output


def test_serve_refuses_a_public_bind_without_a_key(monkeypatch):
    monkeypatch.delenv("API_KEY", raising=False)
    monkeypatch.delenv("ALLOW_OPEN_ACCESS", raising=False)
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "API_KEY" in result.output


def test_first_run_serves_a_stored_explained_verdict(tmp_path: Path):
    """What `make run` does on a fresh machine: migrate the embedded database, serve, answer a first request."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "POSTGRES_", "API_KEY"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path}/var/taas.db"
    subprocess.run([*TAAS, "db", "upgrade"], env=env, check=True, capture_output=True, cwd=tmp_path)
    port = free_port()
    server = subprocess.Popen(
        [*TAAS, "serve", "--port", str(port)], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        answer = httpx.post(f"{base}/validate", json={"input_text": "Deployed! Live at https://app.example.com"})
        assert answer.status_code == 200
        validation = answer.json()["validation"]
        assert validation["fact_id"] and validation["details"]["findings"] is not None
        assert httpx.get(f"{base}/facts/{validation['fact_id']}").json()["content"].startswith("Deployed")
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert "loopback" in output
