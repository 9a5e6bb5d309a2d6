"""Lowering that keeps every character at its offset, so spans found in the lowered
copy index the original text unchanged."""

from __future__ import annotations

# Each replacement is one character for one character: offsets must not move.
_TYPOGRAPHIC = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u2032", "'"), ("\uff07", "'"),
    ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u00ab", '"'), ("\u00bb", '"'),
    ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\u2212", "-"), ("\u2010", "-"),
    ("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u2009", " "), ("\u200a", " "), ("\u3000", " "),
    ("\t", " "), ("\x0b", " "), ("\x0c", " "),
)
# Before lowering, also 'İ', whose lowercase is two characters.
_BEFORE_LOWER = (*_TYPOGRAPHIC, ("\u0130", "I"))


def _replace_each(s: str, pairs: tuple[tuple[str, str], ...]) -> str:
    # str.replace per character present is several times faster than str.translate on
    # long non-ASCII text, and most texts hold only one or two of these characters.
    for ch, rep in pairs:
        if ch in s:
            s = s.replace(ch, rep)
    return s


def lower_same_length(s: str) -> str:
    if s.isascii():
        return s.lower().replace("\t", " ")
    s = _replace_each(s, _BEFORE_LOWER)
    low = s.lower()
    if len(low) != len(s):  # a character whose lowercase is longer: lower one by one
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in s)
    return low


def fold_same_length(s: str) -> str:
    """Typographic quotes, dashes and spaces (tabs too) as ASCII, case kept, every offset unchanged."""
    return _replace_each(s, _TYPOGRAPHIC)
