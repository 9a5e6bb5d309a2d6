"""Without Redis the rate limit counts in process; it must decide exactly as `limits` does with Redis."""

from __future__ import annotations

import math
import random
import types

import limits.aio.storage.memory
import limits.aio.strategies
from limits import parse
from limits.storage import storage_from_string

from taas.api import ratelimit


async def test_local_windows_decide_and_wait_as_limits_does(monkeypatch):
    now = [1_000_000.0]
    clock = types.SimpleNamespace(time=lambda: now[0])
    for module in (limits.aio.storage.memory, limits.aio.strategies, ratelimit):
        monkeypatch.setattr(module, "time", clock)
    rng = random.Random(7)
    for spec in ("3/minute", "10/second", "100/minute"):
        item = parse(spec)
        reference = limits.aio.strategies.SlidingWindowCounterRateLimiter(storage_from_string("async+memory://"))
        local = ratelimit.LocalWindows(item.amount, item.get_expiry())
        for _ in range(3000):
            now[0] += rng.expovariate(1.3 * item.amount / item.get_expiry())
            identity = rng.choice("ab")
            allowed = await reference.hit(item, "validate", identity)
            wait = local.hit(identity)
            assert allowed == (wait is None)
            if not allowed:
                stats = await reference.get_window_stats(item, "validate", identity)
                assert math.ceil(stats.reset_time - now[0]) == math.ceil(wait)
