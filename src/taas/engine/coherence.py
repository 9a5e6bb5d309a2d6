"""Coherence: is this text something a person could act on, or noise (empty, a word or
two, the same words over and over, keyboard mash, symbols)? Read on a bounded sample so
the cost and memory are the same for 20 kB and 1 MB."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_CONS_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{6,}")
_SAMPLE = 4096
# On ASCII text the words of _WORD are the runs of letters and digits: every other
# character becomes a space and str.split() cuts there, several times faster.
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def _sample(text: str) -> str:
    n = len(text)
    if n <= 3 * _SAMPLE:
        return text
    mid = n // 2
    return text[:_SAMPLE] + " " + text[mid:mid + _SAMPLE] + " " + text[-_SAMPLE:]


def coherence_score(text: str) -> float:
    s = _sample(text).lower()
    ascii_ = s.isascii()
    words = s.translate(_ASCII_NON_WORD).split() if ascii_ else _WORD.findall(s)
    n = len(words)
    if n == 0:
        return 0.0
    letters = sum(map(len, words))
    n_eff = n
    if not ascii_:
        # Scripts written without spaces (CJK, Thai) come out as one long "word".
        for w in words:
            if len(w) > 12 and not w.isascii():
                n_eff += len(w) // 3
    if n_eff >= 4:
        score = 1.0
    elif n_eff == 1:
        score = 0.35 if letters >= 3 else 0.15
    else:
        score = 0.55 if n_eff == 2 else 0.75
    if n >= 6:
        uniq = len(set(words)) / n
        if uniq < 0.35:
            score *= max(0.1, uniq / 0.35) * 0.6
    visible = len(s) - s.count(" ")
    ratio = letters / visible if visible else 0.0
    if ratio < 0.55:
        score *= ratio / 0.55
    if letters > 5 * n or n < 8:  # keyboard mash shows up as long consonant runs
        mash = len(_CONS_RUN.findall(s))
        if mash:
            score *= max(0.0, 1.0 - 2.5 * mash / n)
    if score >= 1.0:
        return 1.0
    return round(max(0.0, score), 3)
