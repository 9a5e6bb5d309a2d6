"""The verdict objects handed to the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


_NO_DETAILS: dict = {}  # marks "not given": a fresh dict per Verdict, as field(default_factory=dict) did


@dataclass(frozen=True, slots=True)
class PatternMatch:
    type: str
    probability: float
    matched_phrases: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    reason: str = ""

    def __init__(self, type: str, probability: float, matched_phrases: tuple[str, ...],
                 spans: tuple[tuple[int, int], ...], reason: str = "") -> None:
        # Same fields as the generated __init__, set through the slot descriptors:
        # detect() builds these for every call, and the frozen-dataclass way costs twice as much.
        s = _PM_SET
        s[0](self, type)
        s[1](self, probability)
        s[2](self, matched_phrases)
        s[3](self, spans)
        s[4](self, reason)

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "probability": self.probability,
            "matched_phrases": list(self.matched_phrases),
            "spans": [[s, e] for s, e in self.spans],
        }


@dataclass(frozen=True, slots=True)
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

    def __init__(self, patterns: tuple[PatternMatch, ...], coherence_score: float, noise_detected: bool,
                 validation_passed: bool, deception_detected: bool, deception_type: str | None,
                 deception_probability: float, status: str, details: dict = _NO_DETAILS,  # type: ignore[assignment]
                 engine_version: str = "") -> None:
        s = _V_SET
        s[0](self, patterns)
        s[1](self, coherence_score)
        s[2](self, noise_detected)
        s[3](self, validation_passed)
        s[4](self, deception_detected)
        s[5](self, deception_type)
        s[6](self, deception_probability)
        s[7](self, status)
        s[8](self, {} if details is _NO_DETAILS else details)
        s[9](self, engine_version)

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


def _setters(cls) -> tuple:
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))


_PM_SET = _setters(PatternMatch)
_V_SET = _setters(Verdict)
