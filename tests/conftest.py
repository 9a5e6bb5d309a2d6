"""Shared fixtures: a real PostgreSQL (fresh database per use), SQLite files, Redis, the app."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from postgres_server import find_server
from taas.api.app import create_app
from taas.config import Settings, load_settings
from taas.db import migrate

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where every service must be there."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    try:
        url, throwaway = find_server()
    except Exception as error:  # no server and no binaries to start one
        unavailable(f"PostgreSQL unavailable: {error}")
    yield url
    if throwaway is not None:
        throwaway.stop()


def create_database(server_url: str) -> str:
    name = f"taas_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(server_url: str, url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """An empty database of its own on the test server."""
    url = create_database(postgres_server)
    yield url
    drop_database(postgres_server, url)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/taas.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request) -> str:
    """Each test using it runs once on SQLite and once on PostgreSQL, migrated to head."""
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    migrate.upgrade(load_settings(database_url=url).sqlalchemy_url(async_driver=False))
    return url


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        unavailable(f"Redis unavailable at {url}: {error}")
    redis.Redis.from_url(url).flushdb()
    return url


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {"database_url": database_url, "validate_rate_limit": "100000/second"}
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture
async def client_for() -> AsyncIterator:
    """Builds a running app for given settings and returns an HTTP client to it."""
    stack = []

    async def build(settings: Settings, *, client_host: str = "127.0.0.1") -> httpx.AsyncClient:
        app = create_app(settings)
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        transport = httpx.ASGITransport(app=app, client=(client_host, 40000))
        client = httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000")
        client.app = app  # type: ignore[attr-defined]
        stack.append((lifespan, client))
        return client

    yield build
    for lifespan, client in reversed(stack):
        await client.aclose()
        await lifespan.__aexit__(None, None, None)


@pytest.fixture
async def client(client_for, database_url: str) -> httpx.AsyncClient:
    return await client_for(make_settings(database_url))
