"""Maps the rules' raw scores to probabilities that match observed frequencies.

The tables are piecewise-linear (raw -> probability) per pattern, fitted on the labelled
set (data/eval/cases.jsonl) with `python -m taas.engine.fit_calibration`; a missing table
is the identity. Monotone, so the order of findings never changes."""

from __future__ import annotations

TABLES: dict[str, tuple[tuple[float, float], ...]] = {}


def calibrate(pattern: str, raw: float) -> float:
    raw = 0.0 if raw < 0 else 0.99 if raw > 0.99 else raw
    table = TABLES.get(pattern)
    if not table:
        return round(raw, 3)
    x0, y0 = table[0]
    if raw <= x0:
        return round(y0, 3)
    for x1, y1 in table[1:]:
        if raw <= x1:
            return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0), 3)
        x0, y0 = x1, y1
    return round(y0, 3)
