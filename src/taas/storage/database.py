"""The PostgreSQL (or SQLite) store: the plan's pooled engine, group-committed writes."""

from __future__ import annotations

import logging
import select
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import psycopg
from sqlalchemy import event, exc
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from taas.config import Settings
from taas.observability.dbstats import instrument_engine
from taas.storage.group_commit import GroupCommitter
from taas.storage.records import (
    AuditRecord, Cursor, FactFilter, FactRecord, NewValidation, Page, ResultFilter, ResultRecord,
    StorageUnavailable,
)
from taas.storage.repository import Repository, insert_batch_postgres

log = logging.getLogger(__name__)

# Audit rows wait in memory while the database is away; past this many the oldest go.
MAX_QUEUED_AUDITS = 100_000
# A writer connection idle longer than this goes back to the pool, which checks the next one it hands out.
WRITER_IDLE_SECONDS = 1.0


def create_engine(settings: Settings) -> AsyncEngine:
    url = settings.sqlalchemy_url(async_driver=True)
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(url, echo=settings.database_echo, poolclass=NullPool)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        instrument_engine(engine, settings.slow_query_ms)
        return engine
    engine = create_async_engine(
        url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
        pool_timeout=settings.database_pool_timeout,
        pool_pre_ping=True,
        echo=settings.database_echo,
        connect_args={"connect_timeout": settings.database_connect_timeout},
    )
    instrument_engine(engine, settings.slow_query_ms)
    return engine


def is_unavailable(error: BaseException) -> bool:
    """True when the database could not be reached, as opposed to refusing the data."""
    if isinstance(
        error,
        (exc.OperationalError, exc.InterfaceError, exc.TimeoutError, psycopg.OperationalError, psycopg.InterfaceError,
         OSError, TimeoutError),
    ):
        return True
    return isinstance(error, exc.DBAPIError) and error.connection_invalidated


# What the database says when it refuses the data (through SQLAlchemy, or from psycopg directly).
REFUSED = (exc.DBAPIError, psycopg.Error)


class WriterConnections:
    """PostgreSQL connections the group-commit writers keep checked out of the pool between commits.

    A commit is one statement (see insert_batch_postgres), run in autocommit mode on psycopg's
    connection: one round trip, where a checkout per commit costs a pre-ping, BEGIN and COMMIT
    besides, and SQLAlchemy's execution machinery. A connection idle for more than
    WRITER_IDLE_SECONDS, or whose server has sent something since its last statement (it only
    does when ending the connection), is given back and a fresh checkout, pre-pinged by the
    pool, replaces it: a database restart between commits fails no write. After an error the
    connection goes back to the pool, which discards it if it is broken; when the database
    could not be reached, the idle ones go back too.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        # (last used, the pooled connection, psycopg's connection under it)
        self._idle: list[tuple[float, AsyncConnection, psycopg.AsyncConnection[Any]]] = []

    async def insert_batch(self, items: list[NewValidation], audits: list[AuditRecord]) -> None:
        try:
            pooled, driver = await self._take()
            try:
                await insert_batch_postgres(driver, items, audits)
            except BaseException:
                await pooled.close()
                raise
        except Exception as error:
            if is_unavailable(error):
                # The others most likely went down with this one: fresh, pre-pinged checkouts next time.
                await self.close()
                raise StorageUnavailable(str(error)) from error
            raise
        self._idle.append((time.monotonic(), pooled, driver))

    async def _take(self) -> tuple[AsyncConnection, psycopg.AsyncConnection[Any]]:
        while self._idle:
            used, pooled, driver = self._idle.pop()
            if time.monotonic() - used <= WRITER_IDLE_SECONDS and not _server_spoke(driver):
                return pooled, driver
            await pooled.close()
        pooled = await self.engine.connect()
        try:
            await pooled.execution_options(isolation_level="AUTOCOMMIT")
            return pooled, (await pooled.get_raw_connection()).driver_connection
        except BaseException:
            await pooled.close()
            raise

    async def close(self) -> None:
        while self._idle:
            await self._idle.pop()[1].close()


def _server_spoke(driver: psycopg.AsyncConnection[Any]) -> bool:
    """Between statements the server sends nothing unless it is ending the connection (shutdown,
    pg_terminate_backend, idle timeout): a readable socket means this connection is done for.
    One poll, no round trip."""
    readable, _, _ = select.select([driver.pgconn.socket], [], [], 0)
    return bool(readable)


class DatabaseStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._audits: deque[AuditRecord] = deque(maxlen=MAX_QUEUED_AUDITS)
        # Several commits in flight: PostgreSQL shares one WAL flush among concurrent commits.
        # Each writer keeps a pooled connection while writes flow, so at most half the pool
        # goes to them and reads always find connections. SQLite has one writer at a time;
        # more would only queue on its lock.
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            pool = engine.pool
            capacity = pool.size() + getattr(pool, "_max_overflow", 0)  # type: ignore[attr-defined]
            writers = max(1, min(6, capacity // 2))
        else:
            writers = 1
        self._direct = WriterConnections(engine) if postgres else None
        self._writer: GroupCommitter[NewValidation] = GroupCommitter(self._flush, writers=writers)
        self._writer.background_work = lambda: bool(self._audits)

    async def start(self) -> None:
        self._writer.start()

    async def close(self) -> None:
        await self._writer.close()
        if self._direct is not None:
            await self._direct.close()
        await self.engine.dispose()

    @asynccontextmanager
    async def _repository(self, *, write: bool) -> AsyncIterator[Repository]:
        """A connection (in a transaction when writing); an unreachable database becomes StorageUnavailable."""
        try:
            async with self.engine.begin() if write else self.engine.connect() as connection:
                yield Repository(connection)
        except Exception as error:
            if is_unavailable(error):
                raise StorageUnavailable(str(error)) from error
            raise

    def _transaction(self) -> AbstractAsyncContextManager[Repository]:
        return self._repository(write=True)

    def _read(self) -> AbstractAsyncContextManager[Repository]:
        return self._repository(write=False)

    @asynccontextmanager
    async def _refusable_transaction(self, items: list[NewValidation]) -> AsyncIterator[Repository]:
        """A transaction whose data errors are the input's fault (422), not the service's."""
        try:
            async with self._transaction() as repository:
                yield repository
        except exc.DBAPIError as error:
            raise PartialFailure(items) from error

    async def _flush(self, items: list[NewValidation]) -> None:
        audits = [item.audit for item in items if item.audit is not None]
        taken = len(self._audits)
        audits.extend(self._audits.popleft() for _ in range(taken))
        try:
            if self._direct is not None and items:
                await self._direct.insert_batch(items, audits)
            else:
                async with self._transaction() as repository:
                    await repository.insert_batch(items, audits)
        except StorageUnavailable:
            self._audits.extendleft(reversed(audits[len(audits) - taken :]))
            raise
        except REFUSED as error:
            # One bad row must not fail its neighbours: write them one by one.
            if len(items) <= 1 and not taken:
                raise PartialFailure(items) from error
            await self._flush_one_by_one(items, audits[len(audits) - taken :])

    async def _flush_one_by_one(self, items: list[NewValidation], queued_audits: list[AuditRecord]) -> None:
        for audit in queued_audits:
            try:
                async with self._transaction() as repository:
                    await repository.insert_audits([audit])
            except StorageUnavailable:
                self._audits.append(audit)
            except exc.DBAPIError as error:
                log.warning("audit row dropped, the database refused it: %s", error)
        failures = 0
        for item in items:
            try:
                async with self._transaction() as repository:
                    await repository.insert_validations([item])
                    await repository.insert_audits([item.audit] if item.audit else [])
            except exc.DBAPIError as error:
                failures += 1
                log.warning("validation not stored: %s", error)
                item.fact.id = None
        if failures:
            raise PartialFailure([item for item in items if item.fact.id is None])

    async def save(self, item: NewValidation) -> NewValidation:
        try:
            await self._writer.submit(item)
        except PartialFailure as failure:
            if any(failed is item for failed in failure.items):
                raise
        return item

    async def save_many(self, items: list[NewValidation]) -> list[NewValidation]:
        async with self._refusable_transaction(items) as repository:
            await repository.insert_validations(items)
            await repository.insert_audits([item.audit for item in items if item.audit])
        return items

    async def add_result(self, result: ResultRecord, *, status: str, score: Any) -> ResultRecord:
        async with self._transaction() as repository:
            result.id = await repository.add_result(result, status=status, score=score, updated_at=result.detected_at)
        return result

    def record_audit(self, audit: AuditRecord) -> None:
        self._audits.append(audit)
        if len(self._audits) >= 200:
            self._writer.nudge()

    async def flush_audits(self) -> None:
        """Write queued audit rows now (shutdown, tests)."""
        while self._audits:
            taken = [self._audits.popleft() for _ in range(min(len(self._audits), 5000))]
            try:
                async with self._transaction() as repository:
                    await repository.insert_audits(taken)
            except Exception:
                self._audits.extendleft(reversed(taken))
                raise

    async def get_fact(self, fact_id: int) -> FactRecord | None:
        async with self._read() as repository:
            return await repository.get_fact(fact_id)

    async def list_facts(self, where: FactFilter, limit: int, cursor: Cursor | None) -> Page:
        async with self._read() as repository:
            return await repository.list_facts(where, limit, cursor)

    async def list_results(self, where: ResultFilter, limit: int, cursor: Cursor | None) -> Page:
        async with self._read() as repository:
            return await repository.list_results(where, limit, cursor)

    async def stats(self) -> dict[str, Any]:
        async with self._read() as repository:
            return await repository.stats()

    async def ping(self) -> None:
        async with self._read() as repository:
            await repository.ping()


class PartialFailure(Exception):
    def __init__(self, items: list[NewValidation]) -> None:
        super().__init__(f"{len(items)} validation(s) could not be stored")
        self.items = items
