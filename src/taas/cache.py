"""Redis cache for the read endpoints (`GET /facts`, `GET /stats`), invalidated by writes.

Every cache key carries a generation number kept in Redis. Each successful write request
(POST, PUT, PATCH, DELETE answered 2xx) increments the generation after its commit and
before its response leaves, so a reader that saw the write acknowledged reads a newer
generation and misses every entry made before it: nobody reads stale data after their own
write, and the bump also reaches every other worker and host sharing the Redis. Entries
computed concurrently with a write are keyed by the generation read before computing, so at
worst they are newer than their key, never older. Concurrent bumps are coalesced: one INCR
sent after a write's commit covers every write committed before it was sent.

Without Redis, or while it is unreachable, reads go straight to the database (`/ready` says
Redis is unavailable), and entries expire after `CACHE_TTL_SECONDS` regardless.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from fastapi import Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from taas.observability import metrics

log = logging.getLogger(__name__)

GENERATION_KEY = "taas:cache:generation"
PREFIX = "taas:cache:"
CACHE_TTL_SECONDS = 60
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# One round trip: the current generation and the entry under it.
LOOKUP = """
local generation = redis.call('GET', KEYS[1]) or '0'
return {generation, redis.call('GET', ARGV[1] .. generation .. ':' .. ARGV[2])}
"""


class ReadCache:
    def __init__(self, redis: Any, ttl: int = CACHE_TTL_SECONDS) -> None:
        self.redis = redis
        self.ttl = ttl
        self._lookup = redis.register_script(LOOKUP)
        self._inflight: asyncio.Future[None] | None = None
        self._queued: asyncio.Future[None] | None = None
        # A failed bump means entries in Redis may be stale: no reads from it until one succeeds.
        self._stale_since_failed_bump = False
        self._hit = metrics.cache_requests.labels("hit")
        self._miss = metrics.cache_requests.labels("miss")
        self._error = metrics.cache_requests.labels("error")

    async def respond(self, request: Request, compute: Callable[[], Awaitable[Any]]) -> Response:
        """The JSON answer for this request: from the cache, or computed and stored."""
        query = sorted(request.query_params.multi_items())
        name = request.url.path + "?" + "&".join(f"{k}={v}" for k, v in query)
        digest = hashlib.sha256(name.encode()).hexdigest()[:40]
        generation = None
        try:
            if self._stale_since_failed_bump:
                await self.bump()
            generation, body = await self._lookup(keys=[GENERATION_KEY], args=[PREFIX, digest])
        except Exception as error:
            self._error.inc()
            log.warning("read cache unavailable, answering from the database: %s", error)
        else:
            if body is not None:
                self._hit.inc()
                return Response(body, media_type="application/json", headers={"x-cache": "hit"})
            self._miss.inc()
        body = orjson.dumps(await compute())
        if generation is not None:
            try:
                await self.redis.set(PREFIX + generation.decode() + ":" + digest, body, ex=self.ttl)
            except Exception as error:
                log.warning("read cache unavailable, entry not stored: %s", error)
        return Response(body, media_type="application/json", headers={"x-cache": "miss" if generation else "off"})

    async def bump(self) -> None:
        """Invalidate every entry; returns once an INCR sent after this call has succeeded."""
        loop = asyncio.get_running_loop()
        if self._inflight is None:
            future = self._inflight = loop.create_future()
            loop.create_task(self._send(future))
        else:  # the INCR in flight may have left before our commit: ride on the next one
            if self._queued is None:
                self._queued = loop.create_future()
            future = self._queued
        await asyncio.shield(future)

    async def _send(self, future: asyncio.Future[None]) -> None:
        try:
            await self.redis.incr(GENERATION_KEY)
        except Exception as error:
            self._stale_since_failed_bump = True
            future.set_exception(error)
            future.exception()  # retrieved here too: the waiters may all have gone
        else:
            self._stale_since_failed_bump = False
            future.set_result(None)
        finally:
            self._inflight = None
            if self._queued is not None:
                self._inflight, self._queued = self._queued, None
                asyncio.get_running_loop().create_task(self._send(self._inflight))


class InvalidateOnWrite:
    """Bumps the cache generation after a successful write request, before its response goes out.

    Installed only with a read cache (REDIS_URL).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        cache: ReadCache = scope["app"].state.read_cache

        async def send_after_bump(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                try:
                    await cache.bump()
                except Exception as error:  # the write is committed; the cache is bypassed until Redis is back
                    log.warning("read cache not invalidated (bypassed until it is): %s", error)
            await send(message)

        await self.app(scope, receive, send_after_bump)


async def cached(request: Request, compute: Callable[[], Awaitable[Any]]) -> Any:
    """For a read endpoint: through the cache when there is one, else the computed body."""
    cache: ReadCache | None = getattr(request.app.state, "read_cache", None)
    if cache is None:
        return await compute()
    return await cache.respond(request, compute)
