"""The verdict objects handed to the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PatternMatch:
    type: str
    probability: float
    matched_phrases: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    reason: str = ""

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "probability": self.probability,
            "matched_phrases": list(self.matched_phrases),
            "spans": [[s, e] for s, e in self.spans],
        }


@dataclass(slots=True)
class Verdict:
    patterns: tuple[PatternMatch, ...]
    coherence_score: float
    noise_detected: bool
    validation_passed: bool
    deception_detected: bool
    deception_type: str | None
    deception_probability: float
    status: str
    details: dict = field(default_factory=dict)
    engine_version: str = ""

    def to_dict(self) -> dict:
        return {
            "coherence_score": self.coherence_score,
            "noise_detected": self.noise_detected,
            "validation_passed": self.validation_passed,
            "deception_detected": self.deception_detected,
            "deception_type": self.deception_type,
            "deception_probability": self.deception_probability,
            "status": self.status,
            "patterns": [p.to_dict() for p in self.patterns],
            "details": self.details,
        }
