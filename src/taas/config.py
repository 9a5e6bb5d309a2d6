"""Settings from the environment or a `.env` file (the variables of CONTRACT.md and the plan)."""

from __future__ import annotations

import enum
import ipaddress
from functools import lru_cache
from urllib.parse import quote

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = "sqlite:///./var/taas.db"


class ConfigError(Exception):
    """A setting that cannot be used; the message names the variable."""


class StorageMode(str, enum.Enum):
    memory = "memory"
    dual_write = "dual_write"
    dual_read = "dual_read"
    database = "database"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str | None = None
    postgres_host: str | None = None
    postgres_port: int = Field(5432, ge=1, le=65535)
    postgres_db: str = "taas_validation"
    postgres_user: str = "postgres"
    postgres_password: SecretStr | None = None
    postgres_ssl_mode: str = "prefer"

    database_pool_size: int = Field(20, ge=1)
    database_max_overflow: int = Field(10, ge=0)
    database_echo: bool = False
    database_pool_timeout: float = Field(5.0, gt=0)
    database_connect_timeout: int = Field(3, ge=1)

    storage_mode: StorageMode = StorageMode.database
    redis_url: str | None = None

    api_key: SecretStr | None = None
    api_keys: SecretStr | None = None
    allow_open_access: bool = False
    validate_rate_limit: str = "60/minute"
    max_body_bytes: int = Field(1024 * 1024, ge=1024)
    slow_query_ms: float = Field(200.0, ge=0)
    log_level: str = "INFO"

    @field_validator("postgres_ssl_mode")
    @classmethod
    def _ssl_mode(cls, value: str) -> str:
        allowed = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(sorted(allowed))}")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value.upper()

    @field_validator("validate_rate_limit")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        from limits import parse

        try:
            parse(value)
        except ValueError:
            raise ValueError("expected a limit such as '60/minute' or '1000/second'") from None
        return value

    @field_validator("database_url", "redis_url", "api_key", "api_keys", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _database_url_parses(self) -> Settings:
        self.sqlalchemy_url(async_driver=False)
        return self

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        if self.postgres_host:
            password = self.postgres_password.get_secret_value() if self.postgres_password else ""
            auth = quote(self.postgres_user, safe="")
            if password:
                auth += ":" + quote(password, safe="")
            return (
                f"postgresql://{auth}@{self.postgres_host}:{self.postgres_port}/"
                f"{quote(self.postgres_db, safe='')}?sslmode={self.postgres_ssl_mode}"
            )
        return DEFAULT_DATABASE_URL

    def sqlalchemy_url(self, *, async_driver: bool) -> URL:
        """The URL with the driver this service uses: psycopg 3 for PostgreSQL, aiosqlite or sqlite3."""
        raw = self.resolved_database_url()
        try:
            url = make_url(raw)
        except ArgumentError:
            raise ValueError(f"DATABASE_URL: cannot parse {raw!r}; expected sqlite:///path or postgresql://user:pw@host:5432/db") from None
        backend = url.get_backend_name()
        if backend in ("postgresql", "postgres"):
            return url.set(drivername="postgresql+psycopg")  # postgres:// is a common alias
        if backend == "sqlite":
            return url.set(drivername="sqlite+aiosqlite" if async_driver else "sqlite")
        raise ValueError(f"DATABASE_URL: unsupported database {backend!r}; use sqlite:/// or postgresql://")

    def extra_api_keys(self) -> dict[str, frozenset[str]]:
        """`API_KEYS=key=read+validate;other=read`: keys with fewer rights than `API_KEY`."""
        if self.api_keys is None:
            return {}
        keys: dict[str, frozenset[str]] = {}
        for entry in filter(None, (part.strip() for part in self.api_keys.get_secret_value().split(";"))):
            key, _, roles = entry.partition("=")
            keys[key.strip()] = frozenset(role.strip() for role in roles.split("+") if role.strip())
        return keys

    @field_validator("api_keys")
    @classmethod
    def _api_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        for entry in filter(None, (part.strip() for part in value.get_secret_value().split(";"))):
            key, sep, roles = entry.partition("=")
            unknown = {r.strip() for r in roles.split("+") if r.strip()} - {"read", "validate", "admin"}
            if not key.strip() or not sep or unknown:
                raise ValueError("expected key=role+role;key=role with roles read, validate, admin")
        return value

    @property
    def is_postgres(self) -> bool:
        return self.sqlalchemy_url(async_driver=False).get_backend_name() == "postgresql"

    @property
    def open_access(self) -> bool:
        return self.allow_open_access or (self.api_key is None and self.api_keys is None)


def load_settings(**overrides: object) -> Settings:
    """Settings, or a ConfigError with one line naming the variable at fault."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        error = exc.errors()[0]
        variable = str(error["loc"][0]).upper() if error["loc"] else ""
        message = str(error["msg"]).removeprefix("Value error, ")
        if message.startswith("DATABASE_URL:"):
            raise ConfigError(message) from None
        value = error.get("input")
        shown = "" if isinstance(value, dict) or "password" in variable.lower() or variable.startswith("API_KEY") else f" {value!r}:"
        raise ConfigError(f"{variable}:{shown} {message}") from None


@lru_cache
def get_settings() -> Settings:
    return load_settings()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
