"""Trains the engine's learned layer on every labelled case in data/eval and writes
src/taas/engine/learned.json.gz: `make train-model` (needs the `train` extra, scikit-learn).

Run it whenever data/eval changes; tests/engine/test_learned.py fails while the shipped
weights were trained on other data. With --holdout PATTERN the files whose names contain
PATTERN are left out of training and scored instead, blended with the rules as detect()
blends them (e.g. --holdout round53: how the layer does on a round it never saw)."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from taas.engine import learned
from taas.engine.detector import PATTERN_TYPES
from taas.engine.evaluation import data_digest, evaluate, load_cases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "eval"
OUT = ROOT / "src" / "taas" / "engine" / "learned.json.gz"
C = 4.0  # inverse regularisation, chosen by leaving each blind round out in turn (docs/ENGINE.md)
MIN_DF = 2  # a word seen in one text only is that text's, not the pattern's


def fit(cases: list[dict]):
    words = CountVectorizer(ngram_range=(1, 2), min_df=MIN_DF, binary=True, token_pattern=learned.TOKEN.pattern)
    docs = [learned.document(c["text"], c.get("context")) for c in cases]
    facts = np.array([learned.input_facts(c.get("previous_text"), c.get("metrics"), c.get("external_validation"),
                                  c.get("evidence")) for c in cases])
    x = hstack([words.fit_transform(docs), csr_matrix(facts)]).tocsr()
    models = []
    for label in PATTERN_TYPES:
        y = np.array([label in c["labels"] for c in cases])
        models.append(LogisticRegression(C=C, solver="liblinear", max_iter=5000).fit(x, y))
    return words, models, x


def weights(words, models) -> dict:
    n_terms = len(words.vocabulary_)
    coef = np.vstack([m.coef_[0] for m in models])  # labels x (terms + input facts)
    terms = {t: [round(float(w), 6) for w in coef[:, i]] for t, i in sorted(words.vocabulary_.items())}
    return {"labels": list(PATTERN_TYPES), "intercept": [float(m.intercept_[0]) for m in models],
            "input_weights": [[round(float(w), 6) for w in coef[j, n_terms:]] for j in range(len(models))],
            "terms": terms}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--holdout", help="leave out files whose name contains this, and score them")
    args = ap.parse_args()
    paths = sorted(DATA.glob("*.jsonl"))
    train = [p for p in paths if not args.holdout or args.holdout not in p.name]
    cases = [c for p in train for c in load_cases(p)]
    words, models, x = fit(cases)
    model = weights(words, models)
    model["trained_on"] = {"files": len(train), "cases": len(cases), "sha256": data_digest(train), "C": C}
    if args.holdout:
        held = [p for p in paths if p not in train]
        _score_heldout(model, held)
        return
    OUT.write_bytes(gzip.compress(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode(), mtime=0))
    _check_inference(model, cases, models, x)
    print(f"{OUT.relative_to(ROOT)}: {len(model['terms']):,} terms from {len(cases):,} cases in {len(train)} files, "
          f"{OUT.stat().st_size / 1e6:.1f} MB")


def _check_inference(model: dict, cases, models, x) -> None:
    """The pure-Python scoring in learned.py must give what scikit-learn gives."""
    learned.use(model)
    expected = np.vstack([m.predict_proba(x)[:, 1] for m in models]).T
    worst = 0.0
    for c, row in zip(cases, expected):
        got = learned.probabilities(c["text"], c.get("context"), c.get("previous_text"), c.get("metrics"),
                                    c.get("external_validation"), c.get("evidence"))
        worst = max(worst, max(abs(got[t] - p) for t, p in zip(PATTERN_TYPES, row)))
    print(f"largest difference from scikit-learn over the training cases: {worst:.2e}")
    if worst > 1e-4:
        sys.exit("learned.py does not reproduce the trained model")


def _score_heldout(model: dict, held: list[Path]) -> None:
    """detect() with these weights on files they were not trained on."""
    learned.use(model)
    r = evaluate([c for p in held for c in load_cases(p)])
    print(f"held out {', '.join(p.name for p in held)}: micro F1 {r.micro.f1:.3f} P {r.micro.precision:.3f} "
          f"R {r.micro.recall:.3f}, false alarms {r.false_alarms} / {r.legitimate}")
    print("  " + " ".join(f"{t} {s.f1:.3f}" for t, s in r.per_pattern.items()))


if __name__ == "__main__":
    main()
