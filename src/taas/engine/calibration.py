"""Probabilities of the patterns.

Each rule carries a weight set by how strong its signal is (a URL offered as live beats
a bare "done"); the detector adds small, capped increments for corroborating signals.
This module is the single place where the raw figure becomes the reported one: clamped
to [0, 0.99] (a rule-based detector is never certain) and rounded, so that stored
results compare equal across runs. `taas eval` prints the reliability table (predicted
vs observed) that tells whether the weights still mean what they say."""

from __future__ import annotations


def calibrate(pattern: str, raw: float) -> float:
    if raw < 0.0:
        return 0.0
    return round(raw if raw < 0.99 else 0.99, 3)
