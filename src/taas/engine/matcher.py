"""One pass over the text with an Aho-Corasick automaton of all rule anchors; the rule
regexes and the linguistic judgement then run only on sentences that hold an anchor.

Long texts are cut into chunks at line or sentence ends, so the lowered copy and the
per-sentence bookkeeping never grow with the text: memory is flat in its length."""

from __future__ import annotations

import ahocorasick

from .lexicon import ADJ_CHECK, KEEP_NEG, NEEDS_URL, QUESTION_OK, RULES, SENT_START, TEXT_START
from .linguistics import adjectival, has_url, judge, sentence_bounds
from .textnorm import lower_same_length

CHUNK = 1 << 15
MAX_IGNORED = 8


def _build() -> ahocorasick.Automaton:
    by_anchor: dict[str, set[int]] = {}
    for i, rule in enumerate(RULES):
        for a in rule.anchors:
            by_anchor.setdefault(a, set()).add(i)
    auto = ahocorasick.Automaton()
    for a, ids in by_anchor.items():
        left_boundary = a[0].isalnum() and a != "n't"
        auto.add_word(a, (len(a), frozenset(ids), left_boundary))
    auto.make_automaton()
    return auto


_AUTO = _build()


def _chunks(text: str):
    n = len(text)
    start = 0
    while start < n:
        end = start + CHUNK
        if end >= n:
            yield start, text[start:]
            return
        cut = text.rfind("\n", end - 2048, end)
        if cut < 0:
            cut = text.rfind(". ", end - 2048, end)
            cut = end if cut < 0 else cut + 2
        else:
            cut += 1
        yield start, text[start:cut]
        start = cut


def scan(text: str, ignored: list | None = None) -> list[tuple[int, int, int, int, int]]:
    """Asserted findings as (rule index, start, end, sentence start, sentence end), in text order.

    `ignored` collects up to MAX_IGNORED (start, end, rule index, why) for matches judged
    not to be assertions, for the explanation."""
    found: list[tuple[int, int, int, int, int]] = []
    for base, chunk in _chunks(text):
        low = lower_same_length(chunk)
        sentences: dict[tuple[int, int], set[int]] = {}
        cur_s, cur_e = -1, -1
        cur_set: set[int] | None = None
        for end, (klen, ids, left_boundary) in _AUTO.iter(low):
            start = end - klen + 1
            if left_boundary and start > 0 and low[start - 1].isalnum():
                continue
            if not (cur_s <= start < cur_e):
                cur_s, cur_e = sentence_bounds(low, start)
                cur_set = sentences.get((cur_s, cur_e))
                if cur_set is None:
                    cur_set = sentences[(cur_s, cur_e)] = set()
            cur_set |= ids
        for (ss, se), ids in sentences.items():
            for i in sorted(ids):
                rule = RULES[i]
                flags = rule.flags
                if flags & (SENT_START | TEXT_START):
                    if flags & TEXT_START and (base != 0 or low[:ss].strip()):
                        continue
                    m = rule.regex.match(low, ss, se)
                    matches = () if m is None else (m,)
                else:
                    matches = rule.regex.finditer(low, ss, se)
                for m in matches:
                    ms, me = m.span()
                    while ms < me and low[ms].isspace():
                        ms += 1
                    while me > ms and low[me - 1] in " ,;:.!?)\"'":
                        me -= 1
                    if ms >= me:
                        continue
                    if flags & ADJ_CHECK and adjectival(low, ms):
                        continue
                    if flags & NEEDS_URL and not has_url(low, ss, se):
                        continue
                    why = judge(low, ms, me, ss, se, keep_neg=bool(flags & KEEP_NEG),
                                question_ok=bool(flags & QUESTION_OK))
                    if why is None:
                        found.append((i, base + ms, base + me, base + ss, base + se))
                    elif ignored is not None and len(ignored) < MAX_IGNORED:
                        ignored.append((base + ms, base + me, i, why))
    found.sort(key=lambda f: (f[1], f[0]))
    return found
