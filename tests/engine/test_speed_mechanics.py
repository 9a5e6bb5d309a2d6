"""The shortcuts taken for speed find exactly what the plain way finds, for the rules as
they are now: the first-character lookahead in front of each rule regex, the search()
loop standing in for finditer(), judge() once per phrase, the ASCII word split of the
coherence score."""

import json
import random
import re
from pathlib import Path

import pytest

from taas.engine import coherence, matcher
from taas.engine.lexicon import RULES, SENT_START, TEXT_START
from taas.engine.linguistics import judge
from taas.engine.rxutil import first_chars, with_first_chars
from taas.engine.textnorm import lower_same_length

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    texts = []
    for f in sorted((ROOT / "data/eval").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                texts.append(c["text"])
                if c.get("previous_text"):
                    texts.append(c["previous_text"])
    rng = random.Random(5)
    mixed = [" ".join(rng.sample(texts, 6)) for _ in range(200)]
    return texts + mixed + [t.upper() for t in texts[:200]]


TEXTS = _texts()


def _sentences():
    for t in TEXTS:
        low = lower_same_length(t)
        for ss, se, ids in matcher._sentences(low, set()):
            yield low, ss, se, ids


def _plain_scan(text: str, ignored: list) -> list:
    """scan() as it was before the shortcuts: finditer() per woken rule, judge() per match."""
    found = []
    count = [0] * len(RULES)
    saturated: set[int] = set()
    for base, chunk in matcher._chunks(text):
        low = lower_same_length(chunk)
        lead = len(low) - len(low.lstrip()) if base == 0 else -1
        for ss, se, ids in matcher._sentences(low, saturated):
            cues = None
            for i in ids:
                if i in saturated:
                    continue
                rule = RULES[i]
                flags = rule.flags
                if flags & (SENT_START | TEXT_START):
                    if flags & TEXT_START and ss > lead:
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
                    if flags & matcher.ADJ_CHECK and matcher.adjectival(low, ms):
                        continue
                    if flags & matcher.NEEDS_URL and not matcher.has_url(low, ss, se):
                        continue
                    if cues is None:
                        cues = matcher._cues(low, ss, se)
                    why = judge(low, ms, me, ss, se, cues, flags & matcher.KEEP_NEG, flags & matcher.QUESTION_OK,
                                flags & matcher.TIME_TAGS, flags & matcher.MARKER)
                    if why is None:
                        found.append((i, base + ms, base + me, base + ss, base + se))
                        count[i] += 1
                        if count[i] >= matcher.RULE_CAP:
                            saturated.add(i)
                            break
                    elif len(ignored) < matcher.MAX_IGNORED:
                        ignored.append((base + ms, base + me, i, why))
    found.sort(key=matcher._by_position)
    return found


@pytest.mark.parametrize("i", range(len(RULES)), ids=[r.name for r in RULES])
def test_first_char_lookahead_finds_the_same(i):
    rx = RULES[i].regex
    fast = with_first_chars(rx)
    for low, ss, se, _ in _sentences():
        assert [m.span() for m in fast.finditer(low, ss, se)] == [m.span() for m in rx.finditer(low, ss, se)]


def test_first_chars_of_simple_patterns():
    assert first_chars(re.compile(r"\b(?:ab|cd)")) == r"[\U00000061\U00000063]"
    assert first_chars(re.compile(r"x?")) is None  # may match empty
    assert first_chars(re.compile(r"[^a]b")) is None  # a negated set: not worked out
    fast = with_first_chars(re.compile(r"(\d+)/\1 ok"))
    assert fast.search("3/3 ok").span() == (0, 6) and fast.search("3/4 ok") is None


def test_scan_equals_the_plain_scan():
    docs = TEXTS + ["\n\n".join(TEXTS[k:k + 400]) for k in range(0, len(TEXTS), 400)]
    for t in docs:
        ig_a: list = []
        ig_b: list = []
        assert matcher.scan(t, ig_a) == _plain_scan(t, ig_b)
        assert ig_a == ig_b


def test_ascii_word_split_equals_the_regex():
    rng = random.Random(9)
    for _ in range(3000):
        s = "".join(chr(rng.randrange(128)) for _ in range(rng.randrange(60))).lower()
        assert s.translate(coherence._ASCII_NON_WORD).split() == coherence._WORD.findall(s)


def test_no_rule_holds_a_formatted_tuple():
    # In an rf-string a quantifier needs doubled braces: "{4,}" would be formatted as the tuple "(4,)"
    # and silently match the text "4," instead.
    for rule in RULES:
        assert not re.search(r"\(\d+, ?\d*\)", rule.regex.pattern), rule.name


def _group_start(src: str, pos: int) -> int:
    """Where the group holding src[pos] opens (-1 at the top level)."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        if src[i] in "()" and src[i - 1:i] != "\\":
            if src[i] == ")":
                depth += 1
            elif depth == 0:
                return i
            else:
                depth -= 1
    return -1


def test_no_pattern_puts_nt_behind_a_word_boundary():
    # "\b(?:not|n't)" never matches "didn't": there is no word boundary before its "n". "n't" must stand
    # outside the \b, as in "(?:\b(?:not)\b|n't\b)".
    from taas.engine import cues, detector, inputs, lexicon
    patterns = {f"rule {r.name}": r.regex for r in RULES}
    for module in (detector, lexicon, inputs, cues, matcher):
        patterns.update((f"{module.__name__}.{k}", v) for k, v in vars(module).items() if isinstance(v, re.Pattern))
    for name, rx in patterns.items():
        src = rx.pattern
        for m in re.finditer(r"(?<=[|(:])n't", src):
            start = _group_start(src, m.start())
            assert not (start >= 2 and src[start - 2:start] == r"\b"), f"{name}: n't behind \\b at {m.start()}"
