"""The FastAPI application: routes, middleware, error handling, and the store's lifetime."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from taas import __version__
from taas.api import admin_db, system
from taas.api.audit import AuditMiddleware
from taas.api.fast_validate import FastValidate
from taas.api.ratelimit import RateLimiter
from taas.api.responses import JSONBody
from taas.api.routing import BodyLimitMiddleware
from taas.api.security import key_roles
from taas.cache import InvalidateOnWrite, ReadCache
from taas.config import Settings, get_settings
from taas.facts.endpoints import router as facts_router
from taas.admin.endpoints import router as admin_router
from taas.observability import metrics
from taas.serving import tune_gc
from taas.storage.database import DatabaseStore, PartialFailure, create_engine
from taas.storage.memory import MemoryStore
from taas.storage.phases import SwitchableStore
from taas.storage.records import StorageUnavailable

log = logging.getLogger("taas")
RETRY_AFTER_SECONDS = "5"


def build_store(settings: Settings) -> SwitchableStore:
    """The store of the configured migration phase (STORAGE_MODE), switchable while serving."""
    return SwitchableStore(MemoryStore(), DatabaseStore(create_engine(settings)), settings.storage_mode)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await app.state.store.start()
        tune_gc()
        gauges = asyncio.create_task(metrics.refresh_pool_gauges())
        try:
            yield
        finally:
            gauges.cancel()
            await app.state.store.close()
            metrics.mark_process_dead()
            if app.state.redis is not None:
                await app.state.redis.aclose()

    app = FastAPI(
        title="TAAS Validation",
        version=__version__,
        description="Checks what AI assistants and agents claim before anyone trusts it.",
        lifespan=lifespan,
        # The service reports through Prometheus (GET /metrics). FastAPI's OpenTelemetry bridge
        # would look up the global providers (environment variables included) on every request.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.api_keys = key_roles(settings)
    app.state.store = build_store(settings)
    app.state.rate_limiter = RateLimiter(settings.validate_rate_limit, settings.redis_url)
    app.state.redis = None
    if settings.redis_url:
        from redis.asyncio import Redis

        app.state.redis = Redis.from_url(settings.redis_url, socket_timeout=1, socket_connect_timeout=1)
    app.state.read_cache = ReadCache(app.state.redis) if app.state.redis is not None else None

    app.include_router(system.router)
    app.include_router(facts_router)
    app.include_router(admin_router)
    app.include_router(admin_db.router)
    app.add_middleware(FastValidate)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if app.state.read_cache is not None:  # nothing to invalidate without Redis
        app.add_middleware(InvalidateOnWrite)
    app.add_middleware(AuditMiddleware)
    install_error_handlers(app)
    return app


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StorageUnavailable)
    async def storage_unavailable(_: Request, error: StorageUnavailable) -> JSONBody:
        log.warning("database unavailable: %s", error)
        return JSONBody(
            {"detail": "the database cannot be reached; nothing was stored, retry later"},
            status_code=503,
            headers={"Retry-After": RETRY_AFTER_SECONDS},
        )

    @app.exception_handler(PartialFailure)
    async def refused(_: Request, error: PartialFailure) -> JSONBody:
        return JSONBody({"detail": "the database refused this input; nothing was stored"}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONBody:
        # Echoing the input back could return a megabyte of text; location and reason suffice.
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in error.errors()]
        return JSONBody({"detail": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONBody:
        return JSONBody({"detail": error.detail}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, error: Exception) -> JSONBody:
        log.exception("unhandled error")
        return JSONBody({"detail": "internal error"}, status_code=500)


def __getattr__(name: str) -> Any:
    # `uvicorn taas.api.app:app` builds the app from the environment on first use.
    if name == "app":
        return create_app()
    raise AttributeError(name)
