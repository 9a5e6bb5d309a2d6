"""The labelled set meets the bar, and the evaluation tools behave."""

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from taas.engine import PATTERN_TYPES
from taas.engine.evaluation import CaseError, evaluate, load_cases, render

DATA = Path(__file__).resolve().parents[2] / "data" / "eval"


def test_labelled_set_shape():
    cases = load_cases(DATA / "cases.jsonl")
    assert len(cases) >= 300
    legit = [c for c in cases if not c["labels"]]
    assert len(legit) >= len(cases) / 3
    for t in PATTERN_TYPES:
        assert sum(t in c["labels"] for c in cases) >= 15, t


def test_labelled_set_meets_the_bar():
    rep = evaluate(load_cases(DATA / "cases.jsonl"))
    for t, s in rep.per_pattern.items():
        assert s.f1 >= 0.9, (t, s.precision, s.recall, [e for e in rep.errors if t in e["missing"] + e["extra"]])
    assert rep.false_alarm_rate <= 0.02, [e for e in rep.errors if e["extra"] and not e["missing"]]


# Floors at the level measured, so that a change that loses ground shows up.
# holdout.jsonl (round 6) was written after freezing rules 1.5.0 and is never tuned on;
# it does NOT meet the 0.9 / 2 % bar (see the README). Rounds 1-5 were held back the same
# way, scored, and then became development data.
FLOORS = {
    "holdout.jsonl": (0.95, 0.83, 0.03),
    "holdout_round1.jsonl": (0.97, 0.97, 0.03),
    "holdout_round2.jsonl": (0.97, 0.97, 0.03),
    "holdout_round3.jsonl": (0.97, 0.97, 0.03),
    "holdout_round4.jsonl": (0.97, 0.97, 0.05),
    "holdout_round5.jsonl": (0.97, 0.93, 0.03),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_back_sets_do_not_regress(name):
    precision, f1, false_alarms = FLOORS[name]
    rep = evaluate(load_cases(DATA / name))
    assert rep.micro.precision >= precision
    assert rep.micro.f1 >= f1
    assert rep.false_alarm_rate <= false_alarms


def test_load_cases_reports_bad_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "ok", "labels": []}\n\n{"text": broken}\n', encoding="utf-8")
    with pytest.raises(CaseError, match=r"bad.jsonl:3"):
        load_cases(p)
    p.write_text('{"text": "ok", "labels": ["nonsense"]}\n', encoding="utf-8")
    with pytest.raises(CaseError, match=r":1: 'labels'"):
        load_cases(p)
    p.write_text('{"labels": []}\n', encoding="utf-8")
    with pytest.raises(CaseError, match="text"):
        load_cases(p)


def test_evaluate_and_render(tmp_path):
    p = tmp_path / "mini.jsonl"
    rows = [
        {"text": "Deployed! Live at https://a.example.com", "labels": ["hallucination_feature"]},
        {"input_text": "How do I deploy?", "labels": []},
        {"text": "It is live.", "labels": ["hallucination_feature", "ultimate_ai_lie"], "evidence": {"has_404": True}},
        {"text": "Thanks!", "labels": ["facade"]},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    rep = evaluate(load_cases(p))
    assert rep.cases == 4 and rep.legitimate == 1 and rep.false_alarms == 0
    h = rep.per_pattern["hallucination_feature"]
    assert (h.tp, h.fp, h.fn) == (2, 0, 0)
    assert rep.per_pattern["facade"].fn == 1 and rep.per_pattern["facade"].recall == 0.0
    assert sum(n for _, _, n, _, _ in rep.reliability) == 4 * len(PATTERN_TYPES)
    out = io.StringIO()
    render(rep, Console(file=out, width=120))
    text = out.getvalue()
    assert "hallucination_feature" in text and "False alarms" in text and "Reliability" in text
    assert rep.to_dict()["patterns"]["facade"]["support"] == 1
