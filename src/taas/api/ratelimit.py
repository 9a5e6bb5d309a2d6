"""`VALIDATE_RATE_LIMIT` per API key (or client address), shared through Redis when configured.

Both ways count with the sliding window counter: the previous fixed window's hits, weighted
by how much of it still overlaps the sliding window, plus the current window's hits. With
Redis that is the `limits` library's strategy; without, `LocalWindows` does the same
arithmetic on a dict, a few microseconds where `limits`' memory storage (locks, string keys,
expiry tasks) costs several times that on every request.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import time

from fastapi import HTTPException, Request, status
from limits import parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

log = logging.getLogger(__name__)


class LocalWindows:
    """Sliding window counters in this process; windows are aligned on multiples of their length."""

    def __init__(self, amount: int, seconds: int) -> None:
        self.amount = amount
        self.seconds = seconds
        # identity -> [current window number, hits in the previous window, hits in the current one]
        self._counts: dict[str, list[int]] = {}
        self._purged_at = 0

    def hit(self, identity: str) -> float | None:
        """Counts a hit and returns None, or refuses it and returns the seconds until one is allowed."""
        now = time.time()
        window, into = divmod(now, self.seconds)
        window = int(window)
        if window > self._purged_at:
            self._purge(window)
        counts = self._counts.get(identity)
        if counts is None:
            counts = self._counts[identity] = [window, 0, 0]
        elif counts[0] != window:
            counts[1] = counts[2] if counts[0] == window - 1 else 0
            counts[0], counts[2] = window, 0
        _, previous, current = counts
        left_in_window = self.seconds - into
        if math.floor(previous * left_in_window / self.seconds + current) + 1 <= self.amount:
            counts[2] += 1
            return None
        # When the weighted count next drops by one: the previous window's share shrinks by one
        # hit every seconds/previous; the current window's hits all leave when it ends.
        waits = [left_in_window]
        if previous:
            waits.append(left_in_window % (self.seconds / previous))
        return min(waits)

    def _purge(self, window: int) -> None:
        """Identities not seen in this window or the previous one count nothing: forget them."""
        self._counts = {identity: counts for identity, counts in self._counts.items() if counts[0] >= window - 1}
        self._purged_at = window


@functools.lru_cache(maxsize=4096)
def _key_identity(key: str) -> str:
    # Keys are secrets: the counter is named by a digest, never by the key itself.
    return "key:" + hashlib.sha256(key.encode()).hexdigest()[:32]


class RateLimiter:
    def __init__(self, limit: str, redis_url: str | None) -> None:
        self.item = parse(limit)
        self.local: LocalWindows | None = None
        self.shared: SlidingWindowCounterRateLimiter | None = None
        if redis_url:
            # redis-py is already a dependency; limits would otherwise want coredis.
            storage = storage_from_string("async+" + redis_url, implementation="redispy")
            self.shared = SlidingWindowCounterRateLimiter(storage)
        else:
            self.local = LocalWindows(self.item.amount, self.item.get_expiry())

    async def check(self, request: Request, client_key: str | None) -> None:
        """Counts the request against its API key's limit (its address's without a key), or 429."""
        identity = _key_identity(client_key) if client_key else "ip:" + (request.client.host if request.client else "unknown")
        if self.local is not None:
            wait = self.local.hit(identity)
        else:
            wait = await self._shared_hit(identity)
        if wait is None:
            return
        retry_after = max(1, math.ceil(wait))
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"rate limit of {self.item} exceeded; retry in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )

    async def _shared_hit(self, identity: str) -> float | None:
        assert self.shared is not None
        try:
            if await self.shared.hit(self.item, "validate", identity):
                return None
            stats = await self.shared.get_window_stats(self.item, "validate", identity)
        except Exception as error:  # a missing Redis must not stop validation
            log.warning("rate limiter unavailable, request let through: %s", error)
            return None
        return stats.reset_time - time.time()
