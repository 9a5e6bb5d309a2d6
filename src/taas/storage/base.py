"""What every store offers; the migration phases are stores composed of others."""

from __future__ import annotations

from typing import Any, Protocol

from taas.storage.records import (
    AuditRecord, Cursor, FactFilter, FactRecord, NewValidation, Page, ResultFilter, ResultRecord,
)


class Store(Protocol):
    async def start(self) -> None: ...
    async def close(self) -> None: ...

    async def save(self, item: NewValidation) -> NewValidation:
        """Store a fact, its first result and its request's audit row; ids are filled in."""

    async def save_many(self, items: list[NewValidation]) -> list[NewValidation]:
        """Like save, for many, in one transaction: all or none."""

    async def add_result(self, result: ResultRecord, *, status: str, score: Any) -> ResultRecord: ...

    def record_audit(self, audit: AuditRecord) -> None:
        """Queue an audit row; it is written with the next flush and never blocks the caller."""

    async def get_fact(self, fact_id: int) -> FactRecord | None: ...
    async def list_facts(self, where: FactFilter, limit: int, cursor: Cursor | None) -> Page: ...
    async def list_results(self, where: ResultFilter, limit: int, cursor: Cursor | None) -> Page: ...
    async def stats(self) -> dict[str, Any]: ...
    async def ping(self) -> None: ...
