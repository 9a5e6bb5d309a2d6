"""The detection engine: pure code, no I/O.

    from taas.engine import detect
    v = detect("Deployed! Live at https://app.example.com", evidence={"has_404": True})
    v.status, [(p.type, p.probability, p.spans) for p in v.patterns]

See detector.py for the verdict rule, lexicon.py for the rules, linguistics.py for
what keeps questions, negations, hedges, plans and explanations quiet.
"""

from .detector import DECEPTIVE_AT, ENGINE_VERSION, NOISE_BELOW, PATTERN_TYPES, REPORT_AT, detect
from .types import PatternMatch, Verdict

__all__ = ["detect", "ENGINE_VERSION", "PATTERN_TYPES", "Verdict", "PatternMatch", "REPORT_AT", "DECEPTIVE_AT",
           "NOISE_BELOW"]
