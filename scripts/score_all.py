"""Micro F1 and false alarms per labelled file: `python scripts/score_all.py [FILES]` (default: data/eval/*.jsonl).
With -v, lists every case whose reported labels differ from the truth."""
import sys
from pathlib import Path

from taas.engine.evaluation import evaluate, load_cases

args = [a for a in sys.argv[1:] if a != "-v"]
verbose = "-v" in sys.argv
files = args or sorted(str(p) for p in Path("data/eval").glob("*.jsonl"))
tot_fa = tot_leg = 0
for f in files:
    r = evaluate(load_cases(f))
    tot_fa += r.false_alarms
    tot_leg += r.legitimate
    per = " ".join(f"{t[:4]}={s.f1:.3f}" for t, s in r.per_pattern.items())
    print(f"{Path(f).name:28} F1={r.micro.f1:.3f} P={r.micro.precision:.3f} R={r.micro.recall:.3f} "
          f"FA={r.false_alarms}/{r.legitimate}  {per}")
    if verbose:
        for e in r.errors:
            print(f"   L{e['line']:<4} -{','.join(e['missing'])} +{','.join(e['extra'])} | {e['text']}")
print(f"total false alarms {tot_fa}/{tot_leg}")
