"""Scoring the engine on labelled cases: `taas eval FILE.jsonl`.

A case is one JSON object a line: the request fields of /validate (`text` or
`input_text`, and optionally context, previous_text, metrics, external_validation,
evidence) plus `"labels": [pattern types]`, empty for a legitimate text."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .detector import PATTERN_TYPES, REPORT_AT, detect

_INPUTS = ("context", "previous_text", "metrics", "external_validation", "evidence")
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


class CaseError(ValueError):
    pass


def data_digest(paths) -> str:
    """One SHA-256 over labelled files, names and contents: what the learned layer was trained on."""
    h = hashlib.sha256()
    for p in paths:
        p = Path(p)
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def load_cases(path) -> list[dict]:
    cases = []
    with Path(path).open(encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise CaseError(f"{path}:{no}: not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict):
                raise CaseError(f"{path}:{no}: expected a JSON object")
            text = obj.get("text", obj.get("input_text"))
            if not isinstance(text, str):
                raise CaseError(f"{path}:{no}: missing string field 'text' (or 'input_text')")
            labels = obj.get("labels", [])
            if not isinstance(labels, list) or any(lab not in PATTERN_TYPES for lab in labels):
                raise CaseError(f"{path}:{no}: 'labels' must be a list of {', '.join(PATTERN_TYPES)}")
            obj["text"] = text
            obj["_line"] = no
            cases.append(obj)
    return cases


@dataclass
class PatternScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    cases: int = 0
    legitimate: int = 0
    false_alarms: int = 0
    per_pattern: dict[str, PatternScore] = field(default_factory=lambda: {t: PatternScore() for t in PATTERN_TYPES})
    micro: PatternScore = field(default_factory=PatternScore)
    exact: int = 0
    # (low, high, count, mean predicted probability, observed frequency)
    reliability: list[tuple[float, float, int, float, float]] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.legitimate if self.legitimate else 0.0

    def to_dict(self) -> dict:
        return {
            "cases": self.cases, "legitimate": self.legitimate, "false_alarm_rate": self.false_alarm_rate,
            "exact_match": self.exact / self.cases if self.cases else 0.0,
            "micro": {"precision": self.micro.precision, "recall": self.micro.recall, "f1": self.micro.f1},
            "patterns": {t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support}
                         for t, s in self.per_pattern.items()},
            "reliability": [{"bin": [lo, min(hi, 1.0)], "count": n, "mean_probability": mp, "observed": ob}
                            for lo, hi, n, mp, ob in self.reliability],
        }


def evaluate(cases: list[dict]) -> EvalReport:
    rep = EvalReport()
    bins: list[list[float]] = [[] for _ in range(len(BINS) - 1)]
    hits: list[int] = [0] * (len(BINS) - 1)
    for case in cases:
        kw = {k: case.get(k) for k in _INPUTS if case.get(k) is not None}
        v = detect(case["text"], **kw)
        truth = set(case.get("labels") or ())
        got = {p.type: p.probability for p in v.patterns}
        rep.cases += 1
        if not truth:
            rep.legitimate += 1
            rep.false_alarms += bool(got)
        rep.exact += set(got) == truth
        for t in PATTERN_TYPES:
            s = rep.per_pattern[t]
            p = got.get(t, 0.0)
            if t in got and t in truth:
                s.tp += 1
            elif t in got:
                s.fp += 1
            elif t in truth:
                s.fn += 1
            b = _bin(p)
            bins[b].append(p)
            hits[b] += t in truth
        if set(got) != truth and len(rep.errors) < 200:
            rep.errors.append({"line": case.get("_line"), "text": case["text"][:120],
                               "missing": sorted(truth - set(got)), "extra": sorted(set(got) - truth)})
    for s in rep.per_pattern.values():
        rep.micro.tp += s.tp
        rep.micro.fp += s.fp
        rep.micro.fn += s.fn
    for i, ps in enumerate(bins):
        if ps:
            rep.reliability.append((BINS[i], BINS[i + 1], len(ps), sum(ps) / len(ps), hits[i] / len(ps)))
    return rep


def _bin(p: float) -> int:
    for i in range(len(BINS) - 1):
        if p < BINS[i + 1]:
            return i
    return len(BINS) - 2


def render(report: EvalReport, console) -> None:
    from rich.table import Table

    t = Table(title=f"Patterns on {report.cases} cases ({report.legitimate} legitimate)")
    for col in ("pattern", "precision", "recall", "F1", "support", "TP", "FP", "FN"):
        t.add_column(col, justify="left" if col == "pattern" else "right")
    for name, s in report.per_pattern.items():
        t.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support),
                  str(s.tp), str(s.fp), str(s.fn))
    m = report.micro
    t.add_row("[bold]micro (all)", f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}", str(m.support),
              str(m.tp), str(m.fp), str(m.fn))
    console.print(t)
    console.print(f"False alarms on legitimate texts: {report.false_alarms}/{report.legitimate} "
                  f"= {report.false_alarm_rate:.1%}   exact label match: "
                  f"{report.exact}/{report.cases}")
    r = Table(title=f"Reliability (pattern x case; reported at >= {REPORT_AT})")
    for col in ("probability", "count", "mean predicted", "observed"):
        r.add_column(col, justify="right")
    for lo, hi, n, mp, ob in report.reliability:
        label = "not reported (<0.5)" if lo == 0.0 else f"{lo:.1f}-{min(hi, 1.0):.1f}"
        r.add_row(label, str(n), f"{mp:.3f}", f"{ob:.3f}")
    console.print(r)


if __name__ == "__main__":  # python -m taas.engine.evaluation FILE.jsonl  (what `taas eval` runs)
    import sys

    from rich.console import Console

    for arg in sys.argv[1:]:
        render(evaluate(load_cases(arg)), Console())
