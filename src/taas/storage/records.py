"""Plain records every store reads and writes, so that memory and database answer alike."""

from __future__ import annotations

import base64
import binascii
import functools
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any


def utcnow() -> datetime:
    """Naive UTC, microseconds kept: the plan's columns are TIMESTAMP without time zone."""
    now = datetime.now(timezone.utc)
    # .time() drops the zone; three times cheaper than .replace(tzinfo=None), and every request calls this.
    return datetime.combine(now, now.time())


@functools.lru_cache(maxsize=1024)
def to_score(value: float) -> Decimal:
    """A 0-1 figure as the plan's DECIMAL(5,2). Cached: the engine gives few distinct figures,
    and a Decimal is immutable."""
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(slots=True)
class ResultRecord:
    fact_id: int
    deception_patterns: list[dict[str, Any]]
    probability: Decimal
    status: str
    coherence_score: Decimal
    engine_version: str
    details: dict[str, Any]
    detected_at: datetime
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fact_id": self.fact_id,
            "status": self.status,
            "probability": float(self.probability),
            "coherence_score": float(self.coherence_score),
            "deception_patterns": self.deception_patterns,
            "engine_version": self.engine_version,
            "details": self.details,
            "detected_at": self.detected_at.isoformat(),
        }


@dataclass(slots=True)
class FactRecord:
    content: str
    metadata: dict[str, Any] | None
    inputs: dict[str, Any] | None
    validation_status: str
    validation_score: Decimal
    created_at: datetime
    updated_at: datetime
    id: int | None = None
    results: list[ResultRecord] = field(default_factory=list)

    def to_json(self, *, with_results: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "content": self.content,
            "metadata": self.metadata,
            "inputs": self.inputs,
            "validation_status": self.validation_status,
            "validation_score": float(self.validation_score),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }
        if with_results:
            body["results"] = [result.to_json() for result in self.results]
        return body


@dataclass(slots=True)
class AuditRecord:
    endpoint: str
    method: str
    response_code: int
    duration_ms: int
    created_at: datetime
    user_agent: str | None
    ip_address: str | None
    id: int | None = None


@dataclass(slots=True)
class NewValidation:
    """A fact with its first validation result, and the audit row of the request that made it."""

    fact: FactRecord
    result: ResultRecord
    audit: AuditRecord | None = None


@dataclass(frozen=True, slots=True)
class FactFilter:
    status: str | None = None
    pattern: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None
    metadata: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ResultFilter:
    pattern: str | None = None
    min_probability: float | None = None
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class Cursor:
    """Keyset position: newest first by (timestamp, id)."""

    at: datetime
    id: int

    def encode(self) -> str:
        return base64.urlsafe_b64encode(f"{self.at.isoformat()}|{self.id}".encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
            at, _, ident = raw.partition("|")
            return cls(datetime.fromisoformat(at), int(ident))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise ValueError("cursor is not one this service issued") from None


@dataclass(slots=True)
class Page:
    items: list[Any]
    next_cursor: str | None

    @classmethod
    def of(cls, items: list[Any], *, more: bool, position: Any) -> Page:
        """A page of newest-first items; when more follow, the cursor is the last item's (position, id)."""
        return cls(items, Cursor(position(items[-1]), items[-1].id).encode() if more else None)


class StorageUnavailable(Exception):
    """The store cannot be reached; the caller should retry later (HTTP 503)."""
