"""Operator endpoints (admin role): the storage mode, backfill, verify, and a streamed export."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from taas.api.responses import JSONBody
from taas.api.routing import OrjsonRoute
from taas.api.security import require
from taas.config import StorageMode
from taas.storage import migration, transfer
from taas.storage.phases import SwitchableStore, SwitchRefused
from taas.storage.rows import encode

router = APIRouter(prefix="/admin", route_class=OrjsonRoute, dependencies=[require("admin")], tags=["admin"])


class ModeChange(BaseModel):
    mode: StorageMode
    force: bool = False


def switchable(request: Request) -> SwitchableStore:
    store = request.app.state.store
    if not isinstance(store, SwitchableStore):
        raise HTTPException(status.HTTP_409_CONFLICT, "this server's store has no migration phases")
    return store


@router.get("/storage", summary="The storage mode, both stores' rows, dual-write failures and latency, fallbacks")
async def storage_status(request: Request) -> JSONBody:
    return JSONBody(await switchable(request).status())


@router.put("/storage", summary="Switch the storage mode while serving")
async def storage_mode(request: Request, body: ModeChange) -> JSONBody:
    try:
        changed = await switchable(request).switch(body.mode, force=body.force)
    except SwitchRefused as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return JSONBody(changed)


@router.post("/storage/backfill", summary="Copy into the database what only memory holds (idempotent)")
async def storage_backfill(
    request: Request,
    stream: Annotated[bool, Query(description="JSON lines of progress, the summary last")] = False,
    batch: Annotated[int, Query(ge=1, le=10_000)] = migration.BATCH,
) -> Any:
    store = switchable(request)
    if getattr(store, "backfilling", False):
        raise HTTPException(status.HTTP_409_CONFLICT, "a backfill is already running")
    await store.database.ping()

    async def run() -> Any:
        store.backfilling = True  # type: ignore[attr-defined]
        try:
            async for progress in migration.backfill(store, batch=batch):
                yield encode(progress) + b"\n"
        finally:
            store.backfilling = False  # type: ignore[attr-defined]

    if stream:
        return StreamingResponse(run(), media_type="application/x-ndjson")
    last = b"{}"
    async for last in run():
        pass
    return JSONBody(__import__("orjson").loads(last))


@router.get("/storage/verify", summary="Compare memory and database row by row")
async def storage_verify(
    request: Request, max_differences: Annotated[int, Query(ge=0, le=1000)] = migration.MAX_DIFFERENCES
) -> JSONBody:
    store = switchable(request)
    return JSONBody(await migration.verify(store, max_differences=max_differences))


@router.get("/export", summary="Every fact, result and audit row, streamed (JSON or JSON lines)")
async def export(
    request: Request,
    format: Literal["json", "jsonl"] = "json",
    source: Literal["current", "memory", "database"] = "current",
) -> StreamingResponse:
    store = request.app.state.store
    if isinstance(store, SwitchableStore):
        if source == "current":
            source = "memory" if store.mode in (StorageMode.memory, StorageMode.dual_write) else "database"
        memory, engine = store.memory, store.database.engine
    else:
        memory, engine = None, store.engine
        source = "database"
    if source == "memory" and memory is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "this server keeps no memory store")
    if source == "database":
        await store.flush_audits()
        batches = transfer.database_batches(engine)
    else:
        batches = lambda table: transfer.memory_batches(memory, table)  # noqa: E731
    media = "application/x-ndjson" if format == "jsonl" else "application/json"
    return StreamingResponse(
        transfer.export_chunks(batches, format), media_type=media, headers={"x-taas-export-source": source}
    )
