"""Group commit: concurrent writers share one transaction and one commit.

While a commit is in flight the next requests queue up; they are then written together.
Under load that turns many small transactions into a few larger ones, which is what lets
every acknowledged validation be durable without a commit per request.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

Job = TypeVar("Job")
log = logging.getLogger(__name__)


class GroupCommitter(Generic[Job]):
    def __init__(
        self,
        flush: Callable[[list[Job]], Awaitable[None]],
        *,
        max_batch: int = 500,
        writers: int = 2,
        idle_flush_seconds: float = 0.2,
    ) -> None:
        self._flush = flush
        self._max_batch = max_batch
        self._writers = writers
        self._idle_flush_seconds = idle_flush_seconds
        self._pending: list[tuple[Job, asyncio.Future[None]]] = []
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._closing = False
        self.background_work: Callable[[], bool] = lambda: False

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._run(), name=f"group-commit-{n}") for n in range(self._writers)]

    async def submit(self, job: Job) -> None:
        """Returns once the job is committed; raises what the commit raised."""
        if self._closing:
            raise RuntimeError("the store is shutting down")
        future = asyncio.get_running_loop().create_future()
        self._pending.append((job, future))
        self._wake.set()
        await future

    def nudge(self) -> None:
        self._wake.set()

    async def close(self) -> None:
        """Write what is queued, then stop."""
        self._closing = True
        self._wake.set()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _run(self) -> None:
        while True:
            if not self._pending and not self.background_work():
                if self._closing:
                    return
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), self._idle_flush_seconds)
                except TimeoutError:
                    pass
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            if self._pending:
                self._wake.set()
            if not batch and not self.background_work():
                continue
            try:
                await self._flush([job for job, _ in batch])
            except Exception as exc:  # handed to every waiter; the loop must survive
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                if not batch:
                    log.warning("background flush failed: %s", exc)
                    if self._closing:
                        return
                    await asyncio.sleep(self._idle_flush_seconds)
            else:
                for _, future in batch:
                    if not future.done():
                        future.set_result(None)
