"""`GET /admin/db-stats`: the answering worker's pool, query latency, transaction rate, slowest statements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taas.api.responses import JSONBody
from taas.api.routing import OrjsonRoute
from taas.api.security import require
from taas.observability import dbstats

router = APIRouter(route_class=OrjsonRoute)


@router.get("/admin/db-stats", dependencies=[require("admin")], summary="Database pool, query latency and throughput")
async def db_stats(
    window: Annotated[float, Query(gt=0, le=dbstats.WINDOW_SECONDS, description="seconds of history")] = 60.0,
    slowest: Annotated[int, Query(ge=0, le=100, description="how many of the slowest statements")] = 10,
) -> JSONBody:
    return JSONBody(dbstats.STATS.snapshot(window=window, slowest=slowest))
