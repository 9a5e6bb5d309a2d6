"""The plan's migration phases as one store that can change mode while serving.

| mode        | writes                                      | reads                          |
|-------------|---------------------------------------------|--------------------------------|
| memory      | memory (assigns the ids)                    | memory                         |
| dual_write  | memory (assigns the ids), then the database | memory                         |
| dual_read   | memory (assigns the ids), then the database | database, memory on failure    |
| database    | the database (assigns the ids)              | database                       |

Every write holds the switch lock shared for as long as it runs, database half included; a
mode switch holds it exclusively. So a write runs wholly in one mode, and a switch waits for
the writes in flight and holds back new ones until it is done (milliseconds).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from taas.config import StorageMode
from taas.storage.database import DatabaseStore
from taas.storage.memory import MemoryStore
from taas.storage.records import (
    AuditRecord, Cursor, FactFilter, FactRecord, NewValidation, Page, ResultFilter, ResultRecord, utcnow,
)
from taas.storage.repository import BulkRepository

log = logging.getLogger(__name__)

MEMORY_ASSIGNS_IDS = {StorageMode.memory, StorageMode.dual_write, StorageMode.dual_read}
USES_DATABASE = {StorageMode.dual_write, StorageMode.dual_read, StorageMode.database}


class SwitchRefused(Exception):
    """The switch would lose or hide data, or the process cannot run the mode; the message says why."""


class SwitchLock:
    """Many writers share it; a switch takes it alone, and waiting switches hold back new writers."""

    def __init__(self) -> None:
        self._writers = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._open = asyncio.Event()
        self._open.set()
        self._switch = asyncio.Lock()
        self._shared = _SharedHold(self)

    def shared(self) -> _SharedHold:
        """`async with lock.shared():` holds it as one of many writers for the block."""
        return self._shared

    async def acquire_shared(self) -> None:
        while not self._open.is_set():
            await self._open.wait()
        self._writers += 1
        self._idle.clear()

    def release_shared(self) -> None:
        self._writers -= 1
        if self._writers == 0:
            self._idle.set()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        async with self._switch:
            self._open.clear()
            try:
                while self._writers:
                    await self._idle.wait()
                yield
            finally:
                self._open.set()


class _SharedHold:
    """A plain context manager, not an @asynccontextmanager: every write takes the lock, and an
    async generator per write (created, registered with the loop, finalised) cost more than the
    locking itself. It keeps no state of its own, so one object serves every writer."""

    __slots__ = ("lock",)

    def __init__(self, lock: SwitchLock) -> None:
        self.lock = lock

    async def __aenter__(self) -> None:
        await self.lock.acquire_shared()

    async def __aexit__(self, *_: object) -> None:
        self.lock.release_shared()


class LatencySamples:
    def __init__(self, size: int = 10_000) -> None:
        self.samples: deque[float] = deque(maxlen=size)
        self.count = 0

    def add(self, ms: float) -> None:
        self.samples.append(ms)
        self.count += 1

    def summary(self) -> dict[str, Any]:
        if not self.samples:
            return {"count": self.count}
        ordered = sorted(self.samples)

        def at(q: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)

        return {
            "count": self.count, "window": len(ordered), "mean": round(sum(ordered) / len(ordered), 3),
            "p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1], 3),
        }


def _clone(item: NewValidation) -> NewValidation:
    fact = copy.copy(item.fact)
    fact.results = []
    return NewValidation(fact=fact, result=copy.copy(item.result), audit=copy.copy(item.audit) if item.audit else None)


def worker_count() -> int:
    try:
        return int(os.environ.get("TAAS_WORKERS", "1"))
    except ValueError:
        return 1


class SwitchableStore:
    def __init__(
        self, memory: MemoryStore, database: DatabaseStore, mode: StorageMode, *, database_write_timeout: float = 10.0
    ) -> None:
        self.memory = memory
        self.database = database
        self.mode = StorageMode(mode)
        self.lock = SwitchLock()
        self.database_write_timeout = database_write_timeout
        self.history: list[dict[str, Any]] = [{"mode": self.mode.value, "at": utcnow().isoformat(), "reason": "start"}]
        # What memory holds and the database may lack: written in memory mode, or a failed database write.
        self.unsynced_facts: set[int] = set()
        self.unsynced_results: set[int] = set()
        self.dual_writes = 0
        self.dual_write_failures = 0
        self.dual_write_differences = 0
        self.last_dual_write_error: str | None = None
        self.dual_write_latency = LatencySamples()
        self.memory_write_latency = LatencySamples()
        self.database_reads = 0
        self.read_fallbacks = 0
        self.last_backfill: dict[str, Any] | None = None

    # lifetime

    async def start(self) -> None:
        await self.memory.start()
        await self.database.start()
        if self.mode in MEMORY_ASSIGNS_IDS:
            try:
                await self.reserve_database_ids()
            except Exception as error:
                if self.mode is not StorageMode.memory:
                    raise
                log.warning("memory mode: the database cannot be reached (%s); ids start at 1", error)

    async def close(self) -> None:
        await self.memory.close()
        await self.database.close()

    async def reserve_database_ids(self) -> None:
        """Memory must never hand out an id the database already holds."""
        async with self.database._read() as repository:
            top = await BulkRepository(repository.connection).max_ids()
        self.memory.reserve_above(top["facts"], top["validation_results"], top["api_requests"])

    def sequence_floors(self) -> dict[str, int]:
        return {
            "facts": self.memory.next_fact_id, "validation_results": self.memory.next_result_id,
            "api_requests": self.memory.next_audit_id,
        }

    # switching

    async def switch(self, mode: StorageMode | str, *, force: bool = False, reason: str = "admin") -> dict[str, Any]:
        new = StorageMode(mode)
        async with self.lock.exclusive():
            old = self.mode
            if new is old:
                return {"mode": new.value, "changed": False}
            if new in MEMORY_ASSIGNS_IDS and worker_count() > 1:
                raise SwitchRefused(
                    f"{new.value} keeps facts in this process's memory, but the server runs {worker_count()} workers: "
                    "each would hold a different part and hand out the same ids; serve with --workers 1"
                )
            if old is StorageMode.database and new is not StorageMode.database:
                raise SwitchRefused(
                    "memory holds nothing written since the switch to database mode; going back from database mode "
                    "would hide those facts. Restart with STORAGE_MODE=database, or export and import instead"
                )
            if new in USES_DATABASE:
                await self.database.ping()  # StorageUnavailable: the switch does not happen
            if new in MEMORY_ASSIGNS_IDS and new in USES_DATABASE:
                await self.reserve_database_ids()
            if new is StorageMode.database:
                missing = len(self.unsynced_facts) + len(self.unsynced_results)
                if missing and not force:
                    raise SwitchRefused(
                        f"{len(self.unsynced_facts)} fact(s) and {len(self.unsynced_results)} result(s) may be only in memory: "
                        "run backfill (and verify) first, or force the switch"
                    )
                await self.database.flush_audits()
                async with self.database._transaction() as repository:
                    await BulkRepository(repository.connection).sync_sequences(self.sequence_floors())
            self.mode = new
            self.history.append({"mode": new.value, "from": old.value, "at": utcnow().isoformat(), "reason": reason})
            log.warning("storage mode switched from %s to %s", old.value, new.value)
            return {"mode": new.value, "changed": True, "from": old.value}

    # writes

    async def _mirror(self, write: Callable[[], Awaitable[Any]], check: Callable[[], bool], on_failure: Callable[[], None]) -> None:
        """The database half of a dual write: counted, timed, logged, never failing the request."""
        started = time.perf_counter()
        self.dual_writes += 1
        try:
            await asyncio.wait_for(write(), self.database_write_timeout)
        except Exception as error:
            self.dual_write_failures += 1
            self.last_dual_write_error = f"{type(error).__name__}: {error}"[:500]
            log.warning("dual write: the database write failed, memory keeps it until backfill: %s", self.last_dual_write_error)
            on_failure()
        else:
            if not check():
                self.dual_write_differences += 1
                self.last_dual_write_error = "the database stored a different id"
                log.warning("dual write: the database stored a different id than memory")
                on_failure()
        finally:
            self.dual_write_latency.add((time.perf_counter() - started) * 1000)

    async def save(self, item: NewValidation) -> NewValidation:
        async with self.lock.shared():
            mode = self.mode
            if mode is StorageMode.database:
                return await self.database.save(item)
            started = time.perf_counter()
            await self.memory.save(item)
            self.memory_write_latency.add((time.perf_counter() - started) * 1000)
            if mode is StorageMode.memory:
                self.unsynced_facts.add(item.fact.id)  # type: ignore[arg-type]
                return item
            clone = _clone(item)

            def failed() -> None:
                self.unsynced_facts.add(item.fact.id)  # type: ignore[arg-type]

            await self._mirror(
                lambda: self.database.save(clone),
                lambda: clone.fact.id == item.fact.id and clone.result.id == item.result.id,
                failed,
            )
            return item

    async def save_many(self, items: list[NewValidation]) -> list[NewValidation]:
        async with self.lock.shared():
            mode = self.mode
            if mode is StorageMode.database:
                return await self.database.save_many(items)
            await self.memory.save_many(items)
            if mode is StorageMode.memory:
                self.unsynced_facts.update(item.fact.id for item in items)  # type: ignore[misc]
                return items
            clones = [_clone(item) for item in items]

            def failed() -> None:
                self.unsynced_facts.update(item.fact.id for item in items)  # type: ignore[misc]

            await self._mirror(
                lambda: self.database.save_many(clones),
                lambda: all(c.fact.id == i.fact.id and c.result.id == i.result.id for c, i in zip(clones, items)),
                failed,
            )
            return items

    async def add_result(self, result: ResultRecord, *, status: str, score: Any) -> ResultRecord:
        async with self.lock.shared():
            mode = self.mode
            if mode is StorageMode.database:
                return await self.database.add_result(result, status=status, score=score)
            await self.memory.add_result(result, status=status, score=score)
            if mode is StorageMode.memory:
                self.unsynced_results.add(result.id)  # type: ignore[arg-type]
                self.unsynced_facts.add(result.fact_id)
                return result
            clone = copy.copy(result)

            def failed() -> None:
                self.unsynced_results.add(result.id)  # type: ignore[arg-type]
                self.unsynced_facts.add(result.fact_id)

            await self._mirror(
                lambda: self.database.add_result(clone, status=status, score=score), lambda: clone.id == result.id, failed
            )
            return result

    def record_audit(self, audit: AuditRecord) -> None:
        mode = self.mode
        if mode is StorageMode.database:
            self.database.record_audit(audit)
            return
        self.memory.record_audit(audit)
        if mode is not StorageMode.memory:
            self.database.record_audit(copy.copy(audit))

    async def flush_audits(self) -> None:
        if self.mode in USES_DATABASE:
            await self.database.flush_audits()

    # reads

    async def _read(self, name: str, *args: Any) -> Any:
        mode = self.mode
        if mode is StorageMode.database:
            return await getattr(self.database, name)(*args)
        if mode is StorageMode.dual_read:
            self.database_reads += 1
            try:
                return await getattr(self.database, name)(*args)
            except Exception as error:
                self.read_fallbacks += 1
                log.warning("dual read: the database failed (%s: %s), answered from memory", type(error).__name__, error)
        return await getattr(self.memory, name)(*args)

    async def get_fact(self, fact_id: int) -> FactRecord | None:
        fact = await self._read("get_fact", fact_id)
        if fact is None and self.mode is StorageMode.dual_read:
            # A fact whose database write failed is still served, from memory, until backfill.
            fact = await self.memory.get_fact(fact_id)
            if fact is not None:
                self.read_fallbacks += 1
        return fact

    async def list_facts(self, where: FactFilter, limit: int, cursor: Cursor | None) -> Page:
        return await self._read("list_facts", where, limit, cursor)

    async def list_results(self, where: ResultFilter, limit: int, cursor: Cursor | None) -> Page:
        return await self._read("list_results", where, limit, cursor)

    async def stats(self) -> dict[str, Any]:
        return await self._read("stats")

    async def ping(self) -> None:
        if self.mode is StorageMode.database:
            await self.database.ping()

    # what an operator watches

    async def status(self) -> dict[str, Any]:
        database: dict[str, Any]
        try:
            async with self.database._read() as repository:
                database = {"reachable": True, "rows": await BulkRepository(repository.connection).counts()}
        except Exception as error:
            database = {"reachable": False, "error": f"{type(error).__name__}: {error}"[:300]}
        return {
            "mode": self.mode.value,
            "modes": [m.value for m in StorageMode],
            "workers": worker_count(),
            "memory": {"rows": self.memory.counts(), "next_ids": self.sequence_floors()},
            "database": database,
            "unsynced": {"facts": len(self.unsynced_facts), "validation_results": len(self.unsynced_results)},
            "dual_write": {
                "writes": self.dual_writes,
                "failures": self.dual_write_failures,
                "differences": self.dual_write_differences,
                "last_error": self.last_dual_write_error,
                "database_write_ms": self.dual_write_latency.summary(),
                "memory_write_ms": self.memory_write_latency.summary(),
            },
            "dual_read": {"database_reads": self.database_reads, "fallbacks": self.read_fallbacks},
            "last_backfill": self.last_backfill,
            "history": self.history[-20:],
        }

