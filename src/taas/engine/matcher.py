"""One pass over the text with an Aho-Corasick automaton holding every rule anchor and
every cue word; rule regexes and the linguistic judgement then run only on sentences
that hold an anchor.

Long texts are cut into chunks at line or sentence ends, and every rule stops after
RULE_CAP findings, so both memory and work per byte stay flat however long the text."""

from __future__ import annotations

from operator import itemgetter
from re._parser import parse as _parse

import ahocorasick

from .cues import CANCELLED_AFTER, CANCELLED_BY, SENT_KEYS, CLAUSE, CONTRAST, EXPLAIN, HEDGE, MEANS, MODAL, NEG, NOT_EXPLAIN_BEFORE_MEANS, TAG, cue_table
from .lexicon import MARKER, TIME_TAGS, ADJ_CHECK, KEEP_NEG, NEEDS_URL, QUESTION_OK, RULES, SENT_START, TEXT_START
from .linguistics import Cues, adjectival, has_url, judge
from .rxutil import with_first_chars
from .textnorm import lower_same_length

CHUNK = 1 << 15
MAX_IGNORED = 8
RULE_CAP = 12


def _automaton(words: dict[str, tuple], short_whole: bool = False) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for k, v in words.items():
        # Long anchors are stems ("deploy" finds "deployed"); short ones must be whole
        # words, or "up" and "out" would wake the rules on every "update" and "output".
        right = k[-1].isalnum() and (not short_whole or len(k) <= 3)
        # A sentence end is stored as a bare None: most hits in prose are sentence ends.
        auto.add_word(k, None if v is None else (len(k), k[0].isalnum() and not k.startswith("n't"), right, v))
    auto.make_automaton()
    return auto


_POSITIONAL = frozenset(i for i, r in enumerate(RULES) if r.flags & (SENT_START | TEXT_START))
_OPENING = 60  # a sentence-start rule's anchor must stand within its first characters ("Hm, no.")


def _build_anchors() -> ahocorasick.Automaton:
    ids: dict[str, set[int] | None] = {}
    for i, rule in enumerate(RULES):
        for a in rule.anchors:
            ids.setdefault(a, set()).add(i)
    words = {k: (frozenset(v), frozenset(v) - _POSITIONAL) for k, v in ids.items()}
    for k in SENT_KEYS:
        words[k] = None  # a sentence boundary, found in the same pass
    return _automaton(words, short_whole=True)


# Two automata: anchors and sentence ends over the whole text, cue words only over the
# sentences where a rule regex matched. Prose without claims never pays for its
# function words.
_ANCHORS = _build_anchors()
_CUE_BITS = (CLAUSE, CONTRAST, NEG, MODAL, HEDGE, TAG, EXPLAIN)  # the order of the lists in _cues()
_CUES = _automaton({w: (tuple(i for i, b in enumerate(_CUE_BITS) if bits & b), CANCELLED_BY.get(w), CANCELLED_AFTER.get(w), bool(bits & MEANS))
                    for w, bits in cue_table().items()})
_WINDOW = 300  # a "sentence" without punctuation is cut into windows around its anchors


def _chunks(text: str):
    n = len(text)
    if n <= CHUNK:
        return ((0, text),) if n else ()
    return _long_chunks(text, n)


def _long_chunks(text: str, n: int):
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


def _cues(low: str, ss: int, se: int) -> Cues:
    cues = Cues()
    lists = (cues.clause, cues.contrast, cues.neg, cues.modal, cues.hedge, cues.tag, cues.explain)
    n = len(low)
    for end, (klen, left, right, (targets, cancel, cancel_before, means)) in _CUES.iter(low, ss, se):
        start = end - klen + 1
        if left and start and low[start - 1].isalnum():
            continue
        if right and end + 1 < n and (low[end + 1].isalnum() or (low[end + 1] == "-" and low[end + 2:end + 3].isalnum())):
            continue  # "the label-verification system", "no-op runs": part of a compound word
        if cancel is not None and low.startswith(cancel, end + 1):
            continue
        if cancel_before is not None and low.endswith(cancel_before, 0, start):
            continue
        for t in targets:
            lists[t].append(start)
        if means:
            prev = low[max(0, start - 8):start].split()
            if not prev or prev[-1] not in NOT_EXPLAIN_BEFORE_MEANS:
                cues.explain.append(start)
    # Overlapping keys of different lengths arrive out of start order; bisect needs order.
    for lst in lists:
        if len(lst) > 1:
            lst.sort()
    return cues


def _sentences(low: str, saturated: set[int]):
    """(sentence start, end, rule ids anchored in it), in text order."""
    cur_s = 0
    cur: set[int] | None = None
    n = len(low)
    for end, hit in _ANCHORS.iter(low):
        if hit is None:
            if cur:
                yield cur_s, end + 1, cur
                cur = None
            cur_s = end + 1
            continue
        klen, left, right, val = hit
        start = end - klen + 1
        if left and start and low[start - 1].isalnum():
            continue
        if right and end + 1 < n and low[end + 1].isalnum():
            continue
        ids = val[0] if start - cur_s <= _OPENING else val[1]
        if not ids or (saturated and ids <= saturated):
            continue
        if cur is None:
            if start - cur_s > _WINDOW:
                cur_s = low.find(" ", start - _WINDOW, start) + 1 or start
            cur = set(ids)
        elif start - cur_s > 2 * _WINDOW:
            cut = low.rfind(" ", cur_s, start) + 1 or start
            yield cur_s, cut, cur
            cur_s, cur = cut, set(ids)
        else:
            cur |= ids
    if cur:
        yield cur_s, n if n - cur_s <= 3 * _WINDOW else (low.find(" ", cur_s + 3 * _WINDOW) + 1 or n), cur


_by_position = itemgetter(1, 0)
# Per rule, read once per candidate: the bound regex methods and flags.
_JUDGED = KEEP_NEG | QUESTION_OK | TIME_TAGS | MARKER  # the flags judge() reads
_MATCH, _SEARCH, _FINDITER = "match", "search", "finditer"


def _run_mode(rule) -> tuple:
    """How a rule's regex is run over a sentence, and with which bound method.

    Sentence-start rules: one match() at the start. Others: finditer() semantics; for a
    regex that cannot match the empty string that is the same as search() from the
    sentence start and again from the end of each match, and most woken rules find
    nothing, which one search() says without building an iterator."""
    rx = rule.regex
    if rule.flags & (SENT_START | TEXT_START):
        return _MATCH, rx.match
    if _parse(rx.pattern, rx.flags).getwidth()[0] > 0:
        return _SEARCH, with_first_chars(rx).search
    return _FINDITER, rx.finditer


_RULE_RUN = tuple((mode, bool(r.flags & TEXT_START), find, r.flags & ADJ_CHECK, r.flags & NEEDS_URL, r.flags & _JUDGED)
                  for r in RULES for mode, find in (_run_mode(r),))
_STRIP_END = frozenset(" ,;:.!?)\"'")
_UNJUDGED = object()  # judge() returns None for an assertion, so a missing verdict needs its own mark


def scan(text: str, ignored: list | None = None) -> list[tuple[int, int, int, int, int]]:
    """Asserted findings as (rule index, start, end, sentence start, sentence end), in text order.

    `ignored` collects up to MAX_IGNORED (start, end, rule index, why) for matches judged
    not to be assertions, for the explanation."""
    found: list[tuple[int, int, int, int, int]] = []
    count = [0] * len(RULES)
    saturated: set[int] = set()
    for base, chunk in _chunks(text):
        low = lower_same_length(chunk)
        lead = len(low) - len(low.lstrip()) if base == 0 else -1
        for ss, se, ids in _sentences(low, saturated):
            cues = None
            verdicts = None  # judge() per (span, judged flags): rules often match the same phrase
            for i in ids:
                if i in saturated:
                    continue
                mode, text_start, find, adj_check, needs_url, jflags = _RULE_RUN[i]
                if mode is _MATCH:
                    if text_start and ss > lead:
                        continue
                    m = find(low, ss, se)
                elif mode is _SEARCH:
                    m = find(low, ss, se)
                else:
                    it = find(low, ss, se)
                    m = next(it, None)
                while m is not None:
                    ms, me = m.span()
                    if mode is _MATCH:
                        m = None
                    elif mode is _SEARCH:
                        m = find(low, me, se)
                    else:
                        m = next(it, None)
                    while ms < me and low[ms].isspace():
                        ms += 1
                    while me > ms and low[me - 1] in _STRIP_END:
                        me -= 1
                    if ms >= me:
                        continue
                    if adj_check and adjectival(low, ms):
                        continue
                    if needs_url and not has_url(low, ss, se):
                        continue
                    if verdicts is None:
                        cues = _cues(low, ss, se)
                        verdicts = {}
                    key = (ms, me, jflags)
                    why = verdicts.get(key, _UNJUDGED)
                    if why is _UNJUDGED:
                        why = verdicts[key] = judge(low, ms, me, ss, se, cues, jflags & KEEP_NEG, jflags & QUESTION_OK,
                                                    jflags & TIME_TAGS, jflags & MARKER)
                    if why is None:
                        found.append((i, base + ms, base + me, base + ss, base + se))
                        count[i] += 1
                        if count[i] >= RULE_CAP:
                            saturated.add(i)
                            break
                    elif ignored is not None and len(ignored) < MAX_IGNORED:
                        ignored.append((base + ms, base + me, i, why))
    found.sort(key=_by_position)
    return found
