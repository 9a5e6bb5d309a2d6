"""HTTP endpoints for validations, facts, results and stats."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status

from taas.api.audit import client_address, mark_audited, user_agent
from taas.api.responses import JSONBody
from taas.api.routing import OrjsonRoute
from taas.api.security import require
from taas.cache import cached
from taas.engine import PATTERN_TYPES
from taas.facts import service
from taas.facts.schemas import (
    BatchRequest, BatchResponse, FactDetailOut, FactPage, ResultPage, RevalidateResponse, ValidateRequest,
    ValidateResponse,
)
from taas.storage.base import Store
from taas.storage.records import AuditRecord, Cursor, FactFilter, ResultFilter, utcnow

router = APIRouter(route_class=OrjsonRoute)

Status = Literal["coherent", "suspicious", "deceptive", "noise"]
Pattern = Literal[PATTERN_TYPES]  # type: ignore[valid-type]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]


def store_of(request: Request) -> Store:
    return request.app.state.store


async def cached_json(request: Request, compute: Any) -> Response:
    """Through the Redis read cache when configured (see taas.cache)."""
    body = await cached(request, compute)
    return body if isinstance(body, Response) else JSONBody(body)


def naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def parse_cursor(cursor: str | None) -> Cursor | None:
    if cursor is None:
        return None
    try:
        return Cursor.decode(cursor)
    except ValueError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None


def audit_for(request: Request, code: int) -> AuditRecord:
    """The audit row of this request as it is now, to be stored with its fact."""
    started = request.scope.get("state", {}).get("started", time.perf_counter())
    return AuditRecord(
        endpoint=request.scope["route"].path,
        method=request.method,
        response_code=code,
        duration_ms=int((time.perf_counter() - started) * 1000),
        created_at=utcnow(),
        user_agent=user_agent(request.scope),
        ip_address=client_address(request.scope),
    )


async def validate_and_store(request: Request, body: ValidateRequest, client_key: str | None) -> JSONBody:
    """What `POST /validate` does once the caller is known and the body parsed (also the direct path's)."""
    await request.app.state.rate_limiter.check(request, client_key)
    result, audited = await service.validate(store_of(request), body, audit_for(request, 200))
    if audited:
        mark_audited(request.scope)
    return JSONBody({"validation": result})


@router.post(
    "/validate",
    dependencies=[require("validate")],
    responses={200: {"model": ValidateResponse}},
    summary="Validate one text, and store it as a fact",
)
async def validate(request: Request, body: ValidateRequest) -> JSONBody:
    return await validate_and_store(request, body, request.state.client_key)


@router.post(
    "/validate/batch",
    dependencies=[require("validate")],
    responses={200: {"model": BatchResponse}},
    summary="Validate up to 1000 texts, stored in one transaction",
)
async def validate_batch(request: Request, body: BatchRequest) -> JSONBody:
    await request.app.state.rate_limiter.check(request, request.state.client_key)
    return JSONBody({"results": await service.validate_batch(store_of(request), body.items)})


@router.get("/facts", dependencies=[require("read")], response_model=FactPage, summary="List facts, newest first")
async def list_facts(
    request: Request,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    pattern: Pattern | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    q: Annotated[str | None, Query(max_length=500, description="text the content contains")] = None,
    metadata: Annotated[str | None, Query(description='JSON object the metadata contains, e.g. {"agent":"bot"}')] = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> JSONBody:
    wanted = None
    if metadata is not None:
        try:
            wanted = json.loads(metadata)
        except ValueError:
            wanted = None
        if not isinstance(wanted, dict):
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "metadata must be a JSON object")
    if q is not None and "\x00" in q:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "q must not contain the NUL character")
    where = FactFilter(status=status_, pattern=pattern, since=naive_utc(since), until=naive_utc(until), q=q, metadata=wanted)
    after = parse_cursor(cursor)

    async def page() -> dict[str, Any]:
        found = await store_of(request).list_facts(where, limit, after)
        return {"items": [fact.to_json() for fact in found.items], "next_cursor": found.next_cursor}

    return await cached_json(request, page)


@router.get("/facts/{fact_id}", dependencies=[require("read")], response_model=FactDetailOut, summary="One fact with its results")
async def get_fact(request: Request, fact_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> JSONBody:
    fact = await store_of(request).get_fact(fact_id)
    if fact is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"fact {fact_id} not found")
    return JSONBody(fact.to_json(with_results=True))


@router.post(
    "/facts/{fact_id}/revalidate",
    dependencies=[require("validate")],
    response_model=RevalidateResponse,
    summary="Run the current engine on a stored fact again",
)
async def revalidate(request: Request, fact_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> JSONBody:
    store = store_of(request)
    fact = await store.get_fact(fact_id)
    if fact is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"fact {fact_id} not found")
    return JSONBody(await service.revalidate(store, fact))


@router.get("/validation-results", dependencies=[require("read")], response_model=ResultPage, summary="List validation results")
async def list_results(
    request: Request,
    pattern: Pattern | None = None,
    min_probability: Annotated[float | None, Query(ge=0, le=1)] = None,
    since: datetime | None = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> JSONBody:
    where = ResultFilter(pattern=pattern, min_probability=min_probability, since=naive_utc(since))
    page = await store_of(request).list_results(where, limit, parse_cursor(cursor))
    return JSONBody({"items": [result.to_json() for result in page.items], "next_cursor": page.next_cursor})


@router.get("/stats", dependencies=[require("read")], summary="Counts by status and by pattern, overall and per day")
async def stats(request: Request) -> Response:
    return await cached_json(request, store_of(request).stats)
