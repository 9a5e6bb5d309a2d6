"""Request and response bodies of the validation and fact endpoints (CONTRACT.md)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, field_validator

MAX_BATCH_ITEMS = 1000

FiniteNumber = Annotated[float, Field(allow_inf_nan=False)]


def _reject_unstorable(value: Any, where: str) -> None:
    """PostgreSQL text and JSONB cannot hold U+0000; say so instead of failing at write time."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(f"{where} must not contain the NUL character (U+0000)")
    elif isinstance(value, dict):
        for key, item in value.items():
            _reject_unstorable(key, where)
            _reject_unstorable(item, where)
    elif isinstance(value, list):
        for item in value:
            _reject_unstorable(item, where)


class ValidateRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "input_text": "Deployed! Live at https://app.example.com, all tests pass.",
                    "context": "deploy",
                    "evidence": {"has_404": True},
                    "metadata": {"agent": "release-bot"},
                }
            ]
        }
    )

    input_text: StrictStr
    context: StrictStr | None = None
    previous_text: StrictStr | None = None
    metrics: dict[str, FiniteNumber] | None = None
    external_validation: dict[str, Any] | None = None
    evidence: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    persist: StrictBool = True

    @field_validator("input_text", "context", "previous_text", "external_validation", "evidence", "metadata")
    @classmethod
    def _storable(cls, value: Any, info: Any) -> Any:
        _reject_unstorable(value, info.field_name)
        return value

    def engine_inputs(self) -> dict[str, Any]:
        return {
            "context": self.context,
            "previous_text": self.previous_text,
            "metrics": self.metrics,
            "external_validation": self.external_validation,
            "evidence": self.evidence,
        }


class BatchRequest(BaseModel):
    items: list[ValidateRequest] = Field(max_length=MAX_BATCH_ITEMS)


class PatternOut(BaseModel):
    type: str
    probability: float
    matched_phrases: list[str]
    spans: list[tuple[int, int]]


class ValidationOut(BaseModel):
    coherence_score: float
    noise_detected: bool
    validation_passed: bool
    deception_detected: bool
    deception_type: str | None
    deception_probability: float
    status: str
    patterns: list[PatternOut]
    details: dict[str, Any]
    fact_id: int | None
    validation_id: int | None


class ValidateResponse(BaseModel):
    validation: ValidationOut


class BatchResponse(BaseModel):
    results: list[ValidationOut]


class ResultOut(BaseModel):
    id: int | None
    fact_id: int
    status: str
    probability: float
    coherence_score: float
    deception_patterns: list[dict[str, Any]]
    engine_version: str
    details: dict[str, Any]
    detected_at: str


class FactOut(BaseModel):
    id: int | None
    content: str
    metadata: dict[str, Any] | None
    inputs: dict[str, Any] | None
    validation_status: str
    validation_score: float
    created_at: str
    updated_at: str


class FactDetailOut(FactOut):
    results: list[ResultOut]


class FactPage(BaseModel):
    items: list[FactOut]
    next_cursor: str | None


class ResultPage(BaseModel):
    items: list[ResultOut]
    next_cursor: str | None


class RevalidateResponse(BaseModel):
    fact: FactOut
    validation: ResultOut
    previous: ResultOut | None
    changed: bool
