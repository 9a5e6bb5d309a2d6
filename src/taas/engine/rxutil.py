"""Running the rule regexes faster without changing what they match.

`re` tries a pattern at every position of the sentence unless the pattern starts with a
literal or a character set. The rules start with `\\b`, a lookbehind or an alternation
of such, so every position costs a full attempt. `with_first_chars` puts a lookahead
for the characters a match can start with in front, `(?=[...])(?:pattern)`: a position
that cannot start a match is refused after one character test. The set is worked out
from the parsed pattern and may only be too large, never too small; when it cannot be
worked out (a match could start with anything, or be empty) the pattern is returned
as it is. Groups keep their numbers, so back-references still work."""

from __future__ import annotations

import re
from re import _constants as C, _parser as P

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_DIGIT: r"\D",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    pass


def _first(data, out: list[str]) -> bool:
    """Adds to `out` the set items a match of `data` can start with; True if `data` can match empty."""
    for op, av in data:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item decides the first character
        if op is C.LITERAL:
            out.append("\\U%08x" % av)
            return False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.append("\\U%08x" % a)
                elif o is C.RANGE:
                    out.append("\\U%08x-\\U%08x" % a)
                elif o is C.CATEGORY and a in _CATEGORY:
                    out.append(_CATEGORY[a])
                else:  # a negated set, or something new: give up
                    raise _Unknown(o)
            return False
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _first(alt.data, out)
            if not empty:
                return False
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown("inline flags")
            if not _first(av[3].data, out):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _first(av.data, out):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _first(av[2].data, out) and av[0] > 0:
                return False
        else:
            raise _Unknown(op)
    return True


def first_chars(rx: re.Pattern) -> str | None:
    """A character set (as pattern text) holding every first character of a match of rx, or None."""
    out: list[str] = []
    try:
        if _first(P.parse(rx.pattern, rx.flags).data, out):
            return None  # can match the empty string
    except (_Unknown, RecursionError):
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


def with_first_chars(rx: re.Pattern) -> re.Pattern:
    first = first_chars(rx)
    if first is None:
        return rx
    try:
        return re.compile(f"(?={first})(?:{rx.pattern})", rx.flags)
    except re.error:
        return rx
