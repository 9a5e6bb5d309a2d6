"""Configuration: every variable of the contract, and one clear line for a bad value."""

from __future__ import annotations

import pytest

from taas.config import ConfigError, StorageMode, load_settings


def test_defaults(monkeypatch):
    for name in ("DATABASE_URL", "POSTGRES_HOST", "API_KEY", "REDIS_URL", "STORAGE_MODE"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(_env_file=None)
    assert settings.resolved_database_url() == "sqlite:///./var/taas.db"
    assert (settings.database_pool_size, settings.database_max_overflow, settings.database_echo) == (20, 10, False)
    assert settings.storage_mode is StorageMode.database
    assert settings.validate_rate_limit == "60/minute"
    assert settings.log_level == "INFO"


def test_postgres_variables_build_the_url_with_ssl_mode(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("POSTGRES_HOST", "db.postgres.database.azure.com")
    monkeypatch.setenv("POSTGRES_USER", "app_user")
    monkeypatch.setenv("POSTGRES_PASSWORD", "p@ss/word")
    monkeypatch.setenv("POSTGRES_DB", "taas_validation")
    monkeypatch.setenv("POSTGRES_SSL_MODE", "require")
    settings = load_settings(_env_file=None)
    url = settings.sqlalchemy_url(async_driver=True)
    assert url.drivername == "postgresql+psycopg"
    assert url.password == "p@ss/word" and url.host == "db.postgres.database.azure.com" and url.port == 5432
    assert url.query["sslmode"] == "require"


def test_database_url_wins_over_postgres_variables(monkeypatch):
    monkeypatch.setenv("POSTGRES_HOST", "ignored")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:pw@h:5433/d")
    assert load_settings(_env_file=None).sqlalchemy_url(async_driver=False).host == "h"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "mysql://x/y"),
        ("DATABASE_URL", "not a url"),
        ("DATABASE_POOL_SIZE", "abc"),
        ("DATABASE_POOL_SIZE", "0"),
        ("DATABASE_MAX_OVERFLOW", "-1"),
        ("DATABASE_ECHO", "perhaps"),
        ("POSTGRES_PORT", "99999"),
        ("POSTGRES_SSL_MODE", "sometimes"),
        ("STORAGE_MODE", "disk"),
        ("VALIDATE_RATE_LIMIT", "fast"),
        ("ALLOW_OPEN_ACCESS", "maybe"),
        ("LOG_LEVEL", "LOUD"),
        ("API_KEYS", "k=superuser"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as raised:
        load_settings(_env_file=None)
    message = str(raised.value)
    assert message.startswith(variable) and "\n" not in message


@pytest.mark.parametrize("truthy", ["1", "true", "yes", "on", "TRUE"])
def test_allow_open_access_spellings(monkeypatch, truthy):
    monkeypatch.setenv("ALLOW_OPEN_ACCESS", truthy)
    assert load_settings(_env_file=None).allow_open_access is True
