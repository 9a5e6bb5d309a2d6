"""Odd input never raises, and spans always index the input exactly."""

import random

import pytest

from taas.engine import detect


def assert_spans_exact(text, v):
    for p in v.patterns:
        assert len(p.spans) == len(p.matched_phrases)
        for (s, e), phrase in zip(p.spans, p.matched_phrases):
            assert 0 <= s < e <= len(text)
            assert text[s:e] == phrase
        assert 0.0 <= p.probability <= 1.0


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\t", "\x00\x01\x02 deployed \x7f", "🚀🚀🚀 Deployed ✅ live at https://app.example.com 🎉",
    "İİİ DEPLOYED İ it’s live — “all tests pass” …", "ＤＥＰＬＯＹＥＤ", "ǅeployed! ß ﬁ ﬀ",
    "Развернуто. 已部署。 デプロイ済み。 تم النشر. נפרס. तैनात. ပြီးပြီ. 배포됨. Deployed ✓",
    "Live at gopher://old.example.org and ipfs://bafy... and javascript:alert(1) and a+b.c-d://x",
    "Live at https://例え.jp/パス?q=✓#frag", "It’s up — “FULLY OPERATIONAL” – ‘shipped’",
    "\u202eDeployed\u202c \u200b\u200dlive at https://x.io", "dEpLoYeD tO pRoDuCtIoN",
    "\ud800 broken surrogate deployed",
])
def test_odd_text(text):
    v = detect(text)
    assert_spans_exact(text, v)
    v.to_dict()


def test_smart_quotes_still_match():
    v = detect("It’s live at https://app.example.com and it’s up.")
    assert "hallucination_feature" in {p.type for p in v.patterns}
    assert_spans_exact("It’s live at https://app.example.com and it’s up.", v)


def test_one_megabyte():
    unit = "Deployed to production, live at https://app.example.com. How do I rotate keys? It isn't live yet. "
    text = unit * (1_000_000 // len(unit))
    v = detect(text)
    assert "hallucination_feature" in {p.type for p in v.patterns}
    assert_spans_exact(text, v)
    assert max(len(p.spans) for p in v.patterns) <= 32


def test_random_unicode_never_raises():
    rng = random.Random(7)
    alphabet = [chr(c) for c in list(range(0, 0x250)) + list(range(0x370, 0x3ff)) + list(range(0x4e00, 0x4e40))
                + [0x1f680, 0x2705, 0x200b, 0x2019, 0x201c, 0x2014, 0x130, 0xfb01]]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        text += rng.choice(["", " deployed", " it's live", " still 404", " no, wrong"])
        assert_spans_exact(text, detect(text))


@pytest.mark.parametrize("kw", [
    {"metrics": {"a": True, "b": "n/a", "c": None, "d": [1], "accuracy": "100%", "recall": 100, "f1": float("nan")}},
    {"metrics": "not a dict"}, {"metrics": {1: 2}}, {"evidence": {"has_404": "yes", "weird": {"x": 1}}},
    {"evidence": []}, {"evidence": {"http_status": "abc"}}, {"external_validation": {"confirms": "true"}},
    {"external_validation": "x"}, {"previous_text": 12}, {"context": ["x"]}, {"previous_text": "Deployed!" * 5000},
    {"metrics": {"accuracy": 10 ** 400, "recall": "1e400", "f1": -1, "x": float("inf")}},
    {"evidence": {"http_status": "1e400", "status_code": 10 ** 400, "has_404": float("nan")}},
    {"external_validation": {"confirms": [], "contradicts": {}, "status": 5}},
    {"metrics": {"accuracy": 1.0}, "evidence": {"has_404": True}, "external_validation": {"confirms": True}},
])
def test_odd_inputs(kw):
    v = detect("Deployed and live at https://x.example.com", **kw)
    v.to_dict()


def test_stable_spans():
    text = "Deployed! Live at https://app.example.com"
    assert detect(text).to_dict() == detect(text).to_dict()


@pytest.mark.parametrize("name", ["cases.jsonl", "holdout.jsonl"])
def test_spans_exact_on_labelled_sets(name):
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "eval" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        kw = {k: case[k] for k in ("context", "previous_text", "metrics", "external_validation", "evidence") if k in case}
        v = detect(case["text"], **kw)
        assert_spans_exact(case["text"], v)
        for p in v.patterns:
            assert p.reason and v.details["reasons"][p.type] == p.reason
