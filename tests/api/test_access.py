"""Keys, roles, the loopback rule, rate limits, and audit rows for refused requests."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, text

from conftest import make_settings
from taas.config import load_settings

CLAIM = {"input_text": "Shipped and live at https://example.com"}


async def test_api_key_is_required_when_configured(client_for, sqlite_url, database_url):
    client = await client_for(make_settings(database_url, api_key="s3cret"))
    assert (await client.post("/validate", json=CLAIM)).status_code == 401
    wrong = await client.post("/validate", json=CLAIM, headers={"x-api-key": "nope"})
    assert wrong.status_code == 401 and wrong.json()["detail"]
    assert (await client.post("/validate", json=CLAIM, headers={"x-api-key": "s3cret"})).status_code == 200
    assert (await client.get("/health")).status_code == 200


async def test_a_key_without_the_role_gets_403(client_for, database_url):
    client = await client_for(make_settings(database_url, api_key="admin-key", api_keys="reader=read"))
    reader = {"x-api-key": "reader"}
    assert (await client.get("/facts", headers=reader)).status_code == 200
    refused = await client.post("/validate", json=CLAIM, headers=reader)
    assert refused.status_code == 403 and "validate" in refused.json()["detail"]


async def test_refused_requests_leave_audit_rows(client_for, database_url):
    client = await client_for(make_settings(database_url, api_key="k"))
    await client.post("/validate", json=CLAIM)
    await client.post("/validate", json=CLAIM, headers={"x-api-key": "k"})
    await client.get("/facts/12", headers={"x-api-key": "k"})
    await client.app.state.store.flush_audits()
    engine = create_engine(load_settings(database_url=database_url).sqlalchemy_url(async_driver=False))
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT endpoint, method, response_code, ip_address FROM api_requests ORDER BY created_at, id")
        ).all()
    engine.dispose()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("/validate", "POST", 401), ("/validate", "POST", 200), ("/facts/{fact_id}", "GET", 404)
    ]
    assert all(str(r[3]) == "127.0.0.1" for r in rows)


async def test_without_a_key_only_loopback_binds_are_open(client_for, sqlite_url):
    from taas.api.app import create_app
    from taas.db import migrate

    settings = make_settings(sqlite_url)
    migrate.upgrade(settings.sqlalchemy_url(async_driver=False))
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://198.51.100.7:8000") as exposed:
            assert (await exposed.post("/validate", json=CLAIM)).status_code == 401
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as local:
            assert (await local.post("/validate", json=CLAIM)).status_code == 200
    open_app = await client_for(make_settings(sqlite_url, allow_open_access="yes"))
    assert open_app.app.state.settings.allow_open_access is True


@pytest.mark.parametrize("use_redis", [False, True])
async def test_rate_limit_answers_429_with_retry_after(client_for, sqlite_url, request, use_redis):
    extra = {"redis_url": request.getfixturevalue("redis_url")} if use_redis else {}
    from taas.db import migrate

    settings = make_settings(sqlite_url, validate_rate_limit="3/minute", **extra)
    migrate.upgrade(settings.sqlalchemy_url(async_driver=False))
    first = await client_for(settings)
    codes = [(await first.post("/validate", json=CLAIM)).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    if use_redis:
        # A second worker (another app instance) shares the counter through Redis.
        first = await client_for(settings)
    limited = await first.post("/validate", json=CLAIM)
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["detail"]


async def test_rate_limit_is_per_key(client_for, sqlite_url):
    from taas.db import migrate

    settings = make_settings(sqlite_url, validate_rate_limit="1/minute", api_key="a", api_keys="b=validate")
    migrate.upgrade(settings.sqlalchemy_url(async_driver=False))
    client = await client_for(settings)
    assert (await client.post("/validate", json=CLAIM, headers={"x-api-key": "a"})).status_code == 200
    assert (await client.post("/validate", json=CLAIM, headers={"x-api-key": "a"})).status_code == 429
    assert (await client.post("/validate", json=CLAIM, headers={"x-api-key": "b"})).status_code == 200
