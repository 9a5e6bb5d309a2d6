"""detect(): the rules blended with the learned layer."""

from pathlib import Path

from taas.engine import detect, learned
from taas.engine.detector import LEARNED_SHARE, REPORT_AT, rule_patterns
from taas.engine.evaluation import data_digest

DATA = Path(__file__).resolve().parents[2] / "data" / "eval"


def test_weights_were_trained_on_the_labelled_cases_as_they_are():
    digest = data_digest(sorted(DATA.glob("*.jsonl")))
    assert learned.TRAINED_ON["sha256"] == digest, "data/eval changed: run `make train-model`"


def test_probabilities_cover_every_pattern():
    scores = learned.probabilities("Deployed! Live at https://app.example.com", evidence={"has_404": True})
    assert set(scores) == set(learned.LABELS)
    assert all(0.0 <= p <= 1.0 for p in scores.values())
    assert scores["hallucination_feature"] > 0.9 and scores["ultimate_ai_lie"] > 0.5
    assert max(learned.probabilities("Could you share the staging link when you have a minute?").values()) < 0.2


def test_blend_of_rules_and_learned():
    text, kw = "It is live.", {"evidence": {"has_404": True}}
    v = detect(text, **kw)
    rules = {m.type: m.probability for m in rule_patterns(text, **kw)[0]}
    for m in v.patterns:
        share = LEARNED_SHARE[m.type]
        expected = share * v.details["learned"][m.type] + (1 - share) * rules.get(m.type, 0.0)
        assert abs(m.probability - expected) < 2e-3
    assert {m.type for m in v.patterns} == {"hallucination_feature", "ultimate_ai_lie"}
    assert v.details["rules"] == rules


def test_politeness_alone_is_no_facade():
    # a lone word weighs only as much as the word: "Thanks!" is no polite wrapper around a claim
    assert detect("Thanks!").patterns == ()
    assert detect("ok").patterns == ()


def test_learned_finding_points_at_its_words():
    # no rule reads "is out there" as a release; the learned weights do
    text = "folks can start bidding on the spring sale, catalogue is out there, link is pinned in #auctions"
    assert rule_patterns(text)[0] == ()
    (m,) = detect(text).patterns
    assert m.type == "hallucination_feature" and "weigh toward it" in m.reason
    assert m.spans and [text[s:e] for s, e in m.spans] == list(m.matched_phrases)
    assert len(set(m.spans)) == len(m.spans)


def test_long_texts_go_to_the_rules_alone():
    text = "Log line without claims.\n" * 200 + "Deployed to production, live at https://x.example.com."
    assert len(text) > learned.HORIZON
    v = detect(text)
    assert "learned" not in v.details
    assert [(m.type, m.probability) for m in v.patterns] == [(m.type, m.probability) for m in rule_patterns(text)[0]]
    assert all(m.probability >= REPORT_AT for m in v.patterns) and v.patterns


def test_polite_wrapper_around_a_reasserted_claim_is_facade():
    # the words of such a reply weigh toward apology_trap, and the layer cannot see the thanks and the claim
    # together; the rules can, and facade leans on them
    text = "I appreciate you raising this. To be clear, the gate firmware update went out at 03:00 and every turnstile is running it."
    v = detect(text, context="assistant reply after user correction")
    assert v.details["learned"]["facade"] < 0.3 and v.details["rules"]["facade"] >= 0.7
    assert "facade" in {m.type for m in v.patterns}
