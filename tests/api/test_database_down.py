"""With the database unreachable: /ready says so, writes answer 503 with Retry-After, nothing is lost."""

from __future__ import annotations

from conftest import make_settings

UNREACHABLE = "postgresql://postgres@127.0.0.1:9/nowhere"


async def test_database_down(client_for):
    client = await client_for(make_settings(UNREACHABLE, database_connect_timeout=1))
    assert (await client.get("/health")).status_code == 200
    ready = await client.get("/ready")
    assert ready.status_code == 503 and ready.json()["checks"]["database"].startswith("unavailable")
    for method, path, body in [
        ("POST", "/validate", {"input_text": "Deployed and live"}),
        ("POST", "/validate/batch", {"items": [{"input_text": "Deployed"}]}),
        ("GET", "/facts", None),
        ("GET", "/stats", None),
    ]:
        response = await client.request(method, path, json=body)
        assert response.status_code == 503, (path, response.text)
        assert response.headers["Retry-After"] == "5"
        assert response.json()["detail"]
    # Validation without storage still works.
    offline = await client.post("/validate", json={"input_text": "Deployed", "persist": False})
    assert offline.status_code == 200


async def test_writer_connections_ended_by_the_server_fail_no_write(client_for, postgres_url):
    """A restart (here pg_terminate_backend) between commits: the next writes find fresh connections."""
    import time

    import psycopg
    from taas.config import load_settings
    from taas.db import migrate

    migrate.upgrade(load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False))
    client = await client_for(make_settings(postgres_url))
    assert (await client.post("/validate", json={"input_text": "Deployed"})).status_code == 200
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        assert connection.execute(f"SELECT count(pg_terminate_backend(pid)) {others}").fetchone()[0] >= 1
        # Termination is asynchronous: wait until the backends are gone, as after a restart.
        for _ in range(100):
            if connection.execute(f"SELECT count(*) {others}").fetchone()[0] == 0:
                break
            time.sleep(0.05)
    for n in range(5):
        assert (await client.post("/validate", json={"input_text": f"Deployed {n}"})).status_code == 200
