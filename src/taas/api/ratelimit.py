"""`VALIDATE_RATE_LIMIT` per API key (or client address), shared through Redis when configured."""

from __future__ import annotations

import hashlib
import logging
import math
import time

from fastapi import HTTPException, Request, status
from limits import parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

log = logging.getLogger(__name__)


class RateLimiter:
    def __init__(self, limit: str, redis_url: str | None) -> None:
        self.item = parse(limit)
        uri = "async+" + redis_url if redis_url else "async+memory://"
        # redis-py is already a dependency; limits would otherwise want coredis for async Redis.
        self.storage = storage_from_string(uri, implementation="redispy") if redis_url else storage_from_string(uri)
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)

    async def check(self, request: Request) -> None:
        key = getattr(request.state, "client_key", None)
        # Keys are secrets: the counter is named by a digest, never by the key itself.
        identity = "key:" + hashlib.sha256(key.encode()).hexdigest()[:32] if key else "ip:" + (
            request.client.host if request.client else "unknown"
        )
        try:
            allowed = await self.strategy.hit(self.item, "validate", identity)
            if allowed:
                return
            stats = await self.strategy.get_window_stats(self.item, "validate", identity)
        except Exception as error:  # a missing Redis must not stop validation
            log.warning("rate limiter unavailable, request let through: %s", error)
            return
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"rate limit of {self.item} exceeded; retry in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )
