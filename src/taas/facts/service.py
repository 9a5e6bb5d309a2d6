"""Validation: run the engine, turn the verdict into a fact and its result, store them."""

from __future__ import annotations

from typing import Any

import anyio

from taas.engine import Verdict, detect
from taas.facts.schemas import ValidateRequest
from taas.observability.metrics import observe_verdict
from taas.storage.base import Store
from taas.storage.records import AuditRecord, FactRecord, NewValidation, ResultRecord, to_score, utcnow

# Past this many characters the engine runs in a worker thread so the event loop keeps serving.
LONG_TEXT_CHARS = 100_000


async def run_engine(text: str, inputs: dict[str, Any]) -> Verdict:
    if len(text) > LONG_TEXT_CHARS:
        verdict = await anyio.to_thread.run_sync(lambda: detect(text, **inputs))
    else:
        verdict = detect(text, **inputs)
    observe_verdict(verdict)
    return verdict


def result_record(verdict: Verdict, fact_id: int | None) -> ResultRecord:
    return ResultRecord(
        fact_id=fact_id,  # type: ignore[arg-type]  # filled in when the fact is stored
        deception_patterns=[pattern.to_dict() for pattern in verdict.patterns],
        probability=to_score(verdict.deception_probability),
        status=verdict.status,
        coherence_score=to_score(verdict.coherence_score),
        engine_version=verdict.engine_version,
        details=verdict.details,
        detected_at=utcnow(),
    )


def new_validation(request: ValidateRequest, verdict: Verdict, audit: AuditRecord | None) -> NewValidation:
    result = result_record(verdict, None)
    inputs = {key: value for key, value in request.engine_inputs().items() if value is not None}
    fact = FactRecord(
        content=request.input_text,
        metadata=request.metadata,
        inputs=inputs or None,
        validation_status=verdict.status,
        validation_score=result.coherence_score,
        created_at=result.detected_at,
        updated_at=result.detected_at,
    )
    return NewValidation(fact=fact, result=result, audit=audit)


def response(verdict: Verdict, stored: NewValidation | None) -> dict[str, Any]:
    body = verdict.to_dict()
    body["fact_id"] = stored.fact.id if stored else None
    body["validation_id"] = stored.result.id if stored else None
    return body


async def validate(store: Store, request: ValidateRequest, audit: AuditRecord | None) -> tuple[dict[str, Any], bool]:
    """The response body, and whether the audit row went with the stored fact."""
    verdict = await run_engine(request.input_text, request.engine_inputs())
    if not request.persist:
        return response(verdict, None), False
    stored = await store.save(new_validation(request, verdict, audit))
    return response(verdict, stored), audit is not None


async def validate_batch(store: Store, requests: list[ValidateRequest]) -> list[dict[str, Any]]:
    verdicts = [await run_engine(request.input_text, request.engine_inputs()) for request in requests]
    to_store = [
        (index, new_validation(request, verdict, None))
        for index, (request, verdict) in enumerate(zip(requests, verdicts))
        if request.persist
    ]
    if to_store:
        await store.save_many([item for _, item in to_store])
    stored_at = dict(to_store)
    return [response(verdict, stored_at.get(index)) for index, verdict in enumerate(verdicts)]


async def revalidate(store: Store, fact: FactRecord) -> dict[str, Any]:
    """Run the current engine on a stored fact; a new result, the fact's status and score updated."""
    verdict = await run_engine(fact.content, fact.inputs or {})
    previous = fact.results[0] if fact.results else None
    result = result_record(verdict, fact.id)
    await store.add_result(result, status=verdict.status, score=result.coherence_score)
    fact.validation_status = verdict.status
    fact.validation_score = result.coherence_score
    fact.updated_at = result.detected_at
    return {
        "fact": fact.to_json(),
        "validation": result.to_json(),
        "previous": previous.to_json() if previous else None,
        "changed": previous is None
        or previous.status != result.status
        or [p["type"] for p in previous.deception_patterns] != [p["type"] for p in result.deception_patterns],
    }
