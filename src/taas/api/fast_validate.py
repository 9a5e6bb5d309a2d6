"""A direct path for `POST /validate`, the hot endpoint, around FastAPI's routing machinery.

Routing, dependency solving and the per-route wrappers cost more CPU than the validation
itself. This ASGI middleware answers a well-formed, authorised `POST /validate` directly,
with the same steps the route takes (key and role check, rate limit, body model, engine,
group-committed store, the same response body and exception handlers). Anything else,
including every request that would be refused (bad key, bad body, wrong content type), is
handed to the full FastAPI stack with its body replayed, so errors keep exactly their usual
form. The route stays declared in FastAPI for the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import HTTPException, Request
from pydantic import ValidationError
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from taas.api.security import identify
from taas.facts.schemas import ValidateRequest

PATH = "/validate"


def _json_content_type(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"content-type":
            kind = value.split(b";", 1)[0].strip().lower()
            return kind == b"application/json"
    return False


def _api_key(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"x-api-key":
            return value.decode("latin-1")
    return None


class FastValidate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._route: Any = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH or scope["method"] != "POST" or not _json_content_type(scope):
            await self.app(scope, receive, send)
            return
        app = scope["app"]
        request = Request(scope, receive)
        try:
            body = await _read_body(receive)
        except HTTPException as error:  # over the body size limit
            await self._handle(app, request, error, scope, receive, send)
            return
        except ClientDisconnect:  # nobody to answer; nothing was stored
            return

        try:
            roles = identify(request, _api_key(scope))
            parsed = ValidateRequest.model_validate(orjson.loads(body)) if "validate" in roles else None
        except (HTTPException, ValidationError, ValueError):
            parsed = None
        if parsed is None:  # refused: let the full stack say why, in its own words
            await self.app(scope, _replay(body, receive), send)
            return

        scope["route"] = self._route or self._find_route(app)
        # Imported here: the route module imports this package's routing helpers.
        from taas.facts.endpoints import validate_and_store

        try:
            response = await validate_and_store(request, parsed, _api_key(scope))
        except Exception as error:
            await self._handle(app, request, error, scope, receive, send)
            return
        await response(scope, receive, send)

    def _find_route(self, app: Any) -> Any:
        from taas.facts.endpoints import router

        for route in router.routes:
            if getattr(route, "path", None) == PATH and "POST" in (getattr(route, "methods", None) or ()):
                self._route = route
                return route
        raise RuntimeError("POST /validate is not routed")

    async def _handle(self, app: Any, request: Request, error: Exception, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer with the application's own handler for this exception."""
        for kind in type(error).__mro__:
            handler = app.exception_handlers.get(kind)
            if handler is not None:
                response = await handler(request, error)
                await response(scope, receive, send)
                return
        raise error


async def _read_body(receive: Receive) -> bytes:
    """The whole body, as Starlette's Request.body() reads it but without its async generator,
    which costs more than reading a short body."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
