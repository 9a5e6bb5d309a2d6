"""Service endpoints: identity, liveness, readiness, metrics."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response

from taas import __version__
from taas.api.responses import JSONBody
from taas.api.routing import OrjsonRoute
from taas.observability import metrics as prometheus

router = APIRouter(route_class=OrjsonRoute)


@router.get("/", summary="Service name, version, status and endpoints")
async def root(request: Request) -> JSONBody:
    paths = request.app.openapi()["paths"]
    endpoints = [f"{method.upper()} {path}" for path, operations in paths.items() for method in operations]
    return JSONBody({"service": "TAAS Validation", "version": __version__, "status": "ok", "endpoints": endpoints})


@router.get("/health", summary="The process is alive")
async def health() -> JSONBody:
    return JSONBody({"status": "ok"})


@router.get("/ready", summary="The database (and Redis, when configured) can be reached")
async def ready(request: Request) -> JSONBody:
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(request.app.state.store.ping(), timeout=3)
        checks["database"] = "ok"
    except Exception as error:
        checks["database"] = f"unavailable: {type(error).__name__}"
    redis = request.app.state.redis
    if redis is not None:
        try:
            await asyncio.wait_for(redis.ping(), timeout=1)
            checks["redis"] = "ok"
        except Exception as error:
            # Redis is optional: without it the service still answers, uncached.
            checks["redis"] = f"unavailable: {type(error).__name__}"
    if checks["database"] != "ok":
        return JSONBody({"status": "unavailable", "checks": checks}, status_code=503, headers={"Retry-After": "5"})
    return JSONBody({"status": "ready", "checks": checks})


@router.get("/metrics", summary="Prometheus metrics")
async def metrics() -> Response:
    return Response(prometheus.render(), media_type=prometheus.CONTENT_TYPE)
