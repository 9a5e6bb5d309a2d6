"""Records as plain JSON rows, the one form export, import and verify share.

Decimals are strings ("0.90", exact), timestamps ISO 8601 without zone (naive UTC), JSON
documents as they are. Encoded with sorted keys, equal data gives equal bytes whatever the
store (PostgreSQL's JSONB reorders object keys).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import orjson

from taas.storage.records import AuditRecord, FactRecord, ResultRecord

TABLE_ORDER = ("facts", "validation_results", "api_requests")
CENT = Decimal("0.01")


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(Decimal(value).quantize(CENT))


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def fact_row(fact: FactRecord) -> dict[str, Any]:
    return {
        "id": fact.id, "content": fact.content, "metadata": fact.metadata, "inputs": fact.inputs,
        "validation_status": fact.validation_status, "validation_score": _decimal(fact.validation_score),
        "created_at": _time(fact.created_at), "updated_at": _time(fact.updated_at),
    }


def result_row(result: ResultRecord) -> dict[str, Any]:
    return {
        "id": result.id, "fact_id": result.fact_id, "deception_patterns": result.deception_patterns,
        "probability": _decimal(result.probability), "status": result.status,
        "coherence_score": _decimal(result.coherence_score), "engine_version": result.engine_version,
        "details": result.details, "detected_at": _time(result.detected_at),
    }


def audit_row(audit: AuditRecord) -> dict[str, Any]:
    return {
        "id": audit.id, "endpoint": audit.endpoint, "method": audit.method, "response_code": audit.response_code,
        "duration_ms": audit.duration_ms, "created_at": _time(audit.created_at), "user_agent": audit.user_agent,
        "ip_address": audit.ip_address,
    }


ROW_OF = {"facts": fact_row, "validation_results": result_row, "api_requests": audit_row}


def encode(row: dict[str, Any]) -> bytes:
    return orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
