"""The learned layer: one logistic regression a pattern over the words and word pairs of
a text, trained on every labelled case in data/eval by scripts/train_model.py.

The rules are written against the texts they were fixed on; on texts from new authors
they miss constructions nobody wrote down and fire on innocent ones. The word weights
learned from all the labelled cases carry over better, so detect() blends both (see
detector.py). The weights ship with the package (learned.json.gz) and are read once, at
import: scoring a text touches no file.

Features, exactly as scikit-learn's CountVectorizer(ngram_range=(1, 2), binary=True)
builds them, so inference here equals the trained model: each word of two or more letters,
lowered, and each pair of neighbours, present or not; then six facts about the request
inputs. Presence, not frequency scaled to the text's length: scaled, a lone "Thanks!" weighs
as much as a whole polite claim."""

from __future__ import annotations

import gzip
import json
import math
import re
from importlib.resources import files

from .inputs import external, perfect_metrics

TOKEN = re.compile(r"(?u)\b\w\w+\b")
_CONTEXT_WORD = re.compile(r"\w+")
HORIZON = 2000  # characters; the longest labelled text is about 1,100, longer texts go to the rules alone


def document(text: str, context: str | None) -> str:
    """The text the words are read from: the context's words, marked as such, then the text."""
    ctx = " ".join("ctx_" + w for w in _CONTEXT_WORD.findall(context.lower())) if isinstance(context, str) else ""
    return ctx + " || " + text


def input_facts(previous_text, metrics, external_validation, evidence) -> tuple[float, ...]:
    """What the request says besides the text, read as the rules read it: a previous message,
    metrics and perfect ones, an outside check that confirms or contradicts, observed facts.
    (Whether the facts contradict the text, as the rules judge it, scored worse on held-out rounds.)"""
    perfect, usable = perfect_metrics(metrics)
    confirms, contradicts = external(external_validation)
    return (float(bool(previous_text)), float(usable > 0), float(bool(perfect)), float(confirms), float(contradicts),
            float(bool(evidence)))


def _load() -> dict:
    with gzip.open(files(__package__).joinpath("learned.json.gz").open("rb"), "rt", encoding="utf-8") as f:
        return json.load(f)


LABELS: tuple[str, ...] = ()
TRAINED_ON: dict = {}
_INTERCEPT: tuple[float, ...] = ()
_INPUT_WEIGHTS: tuple[tuple[float, ...], ...] = ()
_TERMS: dict[str, list[float]] = {}  # word or word pair -> its weight for each label


def use(model: dict) -> None:
    """Score with these weights: the shipped ones at import, others when training compares."""
    global LABELS, TRAINED_ON, _INTERCEPT, _INPUT_WEIGHTS, _TERMS
    LABELS = tuple(model["labels"])
    TRAINED_ON = model["trained_on"]
    _INTERCEPT = tuple(model["intercept"])
    _INPUT_WEIGHTS = tuple(tuple(w) for w in model["input_weights"])
    _TERMS = model["terms"]


use(_load())


def _grams(doc: str) -> dict[str, None]:
    """Each word and word pair once, in text order (so the sums below add up the same way every run)."""
    tokens = TOKEN.findall(doc.lower())
    grams = dict.fromkeys(tokens)
    grams.update(dict.fromkeys(map(" ".join, zip(tokens, tokens[1:]))))
    return grams


def probabilities(text: str, context=None, previous_text=None, metrics=None, external_validation=None,
                  evidence=None) -> dict[str, float]:
    """The probability of each pattern, by the learned weights alone."""
    rows = [row for row in map(_TERMS.get, _grams(document(text, context))) if row]
    # a column sum a label, starting from its intercept
    sums = [sum(column, start) for start, column in zip(_INTERCEPT, zip(*rows))] if rows else _INTERCEPT
    given = [k for k, fact in enumerate(input_facts(previous_text, metrics, external_validation, evidence)) if fact]
    # the facts are 0 or 1: each label adds the weights of those that hold
    return {label: 1.0 / (1.0 + math.exp(-(z + sum([weights[k] for k in given]))))
            for label, z, weights in zip(LABELS, sums, _INPUT_WEIGHTS)}


def telling_words(text: str, label: str, n: int = 3) -> list[tuple[int, int]]:
    """Spans of the words and word pairs of `text` that weigh most toward `label` (a word
    may lie inside a chosen pair: the caller merges them)."""
    j = LABELS.index(label)
    words = [(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    first: dict[str, tuple[float, int, int]] = {}  # each word or pair once, where it first stands
    for i, (w, s, e) in enumerate(words):
        grams = [(w, s, e)]
        if i + 1 < len(words):
            grams.append((w + " " + words[i + 1][0], s, words[i + 1][2]))
        for g, gs, ge in grams:
            row = _TERMS.get(g)
            if row is not None and row[j] > 0 and g not in first:
                first[g] = (row[j], gs, ge)
    return [(s, e) for _, s, e in sorted(first.values(), reverse=True)[:n]]
