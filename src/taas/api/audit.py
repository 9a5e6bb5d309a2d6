"""One `api_requests` row and one duration sample per request, refused ones included, without blocking it."""

from __future__ import annotations

import functools
import ipaddress
import re
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from taas.observability import metrics
from taas.storage.records import AuditRecord, utcnow


def client_address(scope: Scope) -> str | None:
    """The peer address if it is an IP address (INET holds nothing else)."""
    client = scope.get("client")
    return _inet(client[0]) if client else None


@functools.lru_cache(maxsize=4096)
def _inet(host: str) -> str | None:
    # Cached: parsing an address costs more than the rest of the audit row, and clients come back.
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def user_agent(scope: Scope) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == b"user-agent":
            return value.decode("latin-1").replace("\x00", "")
    return None


def route_template(scope: Scope) -> str:
    """The matched route's template; for requests refused before routing, the template they would match."""
    path = getattr(scope.get("route"), "path", None)
    if path:
        return path
    app = scope["app"]
    matchers = getattr(app.state, "route_matchers", None)
    if matchers is None:
        matchers = app.state.route_matchers = [
            (re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"), template)
            for template in app.openapi()["paths"]
        ]
    for pattern, template in matchers:
        if pattern.match(scope["path"]):
            return template
    return "<unmatched>"


def mark_audited(scope: Scope) -> None:
    """This request's audit row went with its stored fact: the middleware must not write another."""
    scope.setdefault("state", {})["audited"] = True


class AuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state: dict[str, Any] = scope.setdefault("state", {})
        state["started"] = started
        status_code = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            seconds = time.perf_counter() - started
            route = route_template(scope)
            metrics.observe_request(scope["method"], route, status_code, seconds)
            if not state.get("audited"):
                store = scope["app"].state.store
                store.record_audit(
                    AuditRecord(
                        endpoint=route[:255],
                        method=scope["method"][:10],
                        response_code=status_code,
                        duration_ms=int(seconds * 1000),
                        created_at=utcnow(),
                        user_agent=user_agent(scope),
                        ip_address=client_address(scope),
                    )
                )
