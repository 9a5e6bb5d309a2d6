"""API keys and roles. A key is compared in constant time; `API_KEY` holds every role."""

from __future__ import annotations

import hmac
from collections.abc import Callable

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

from taas.config import Settings, is_loopback

ROLES = ("read", "validate", "admin")
api_key_header = APIKeyHeader(name="x-api-key", auto_error=False, description="The service's API key")


def key_roles(settings: Settings) -> list[tuple[bytes, frozenset[str]]]:
    """Every configured key with its roles: `API_KEY` (all roles) and `API_KEYS` (`key=role+role;...`)."""
    keys: list[tuple[bytes, frozenset[str]]] = []
    if settings.api_key is not None:
        keys.append((settings.api_key.get_secret_value().encode(), frozenset(ROLES)))
    for key, roles in settings.extra_api_keys().items():
        keys.append((key.encode(), roles))
    return keys


def identify(request: Request, presented: str | None) -> frozenset[str]:
    """The roles of the caller, or 401."""
    settings: Settings = request.app.state.settings
    if presented is not None:
        given = presented.encode()
        roles: frozenset[str] | None = None
        for key, key_roles_ in request.app.state.api_keys:
            # Compare against every key, so timing says nothing about which one matched.
            if hmac.compare_digest(key, given):
                roles = key_roles_
        if roles is not None:
            return roles
        if not settings.allow_open_access:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    if settings.allow_open_access:
        return frozenset(ROLES)
    if settings.api_key is None and not request.app.state.api_keys:
        server = request.scope.get("server")
        if server is None or is_loopback(server[0]):
            return frozenset(ROLES)
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing API key: send it in the x-api-key header")


def require(role: str) -> Callable[..., object]:
    async def check(request: Request, presented: str | None = Depends(api_key_header)) -> None:
        # async: a plain def would be run in a worker thread, a thread hop on every request.
        roles = identify(request, presented)
        if role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"this API key lacks the {role!r} role")
        request.state.client_key = presented

    return Depends(check)
