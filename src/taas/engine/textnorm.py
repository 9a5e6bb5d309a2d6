"""Lowering that keeps every character at its offset, so spans found in the lowered
copy index the original text unchanged."""

from __future__ import annotations

# Each replacement is one character for one character: offsets must not move.
_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\uff07": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-", "\u2010": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u0130": "I",  # 'İ'.lower() is two characters; fold it first.
    "\t": " ", "\x0b": " ", "\x0c": " ",
})


def lower_same_length(s: str) -> str:
    if s.isascii():
        return s.lower().replace("\t", " ")
    low = s.translate(_FOLD).lower()
    if len(low) != len(s):  # a character whose lowercase is longer: lower one by one
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in s.translate(_FOLD))
    return low
