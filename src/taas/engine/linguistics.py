"""Is a matched phrase *used* as an assertion, or only mentioned, asked, negated, hedged,
planned or explained? Scopes, not word lists:

- negation and modality (will, should, going to ...) reach to the start of their
  clause only: "I haven't checked, but it is deployed" is still a claim;
- subordinators and hedges (if, once, when, maybe, I think ...) reach back to the last
  contrast ("but", ";") of the sentence;
- a question covers the clause it is asked in: "It is deployed, can you check?" keeps
  the claim;
- an explanation ("a 404 means ...") or a quotation (`"deployed"`, code) is a mention.

Everything here works on the lowered text with offsets into it, inside one sentence,
so the cost is per candidate, never per text.
"""

from __future__ import annotations

import re

# A sentence ends at . ! ? followed by space/end (not inside "example.com" or "1.0"), or a line break.
_SENT_END = re.compile(r"[.!?]+(?=[\s\"')\]”’]|$)|[\n\r\u2028\u2029]")
_MAX_SENT = 400

_CLAUSE_BOUND = re.compile(r"[,;:()\[\]]|\s[—–-]{1,2}\s|\b(?:but|although|though|however|whereas|while|because|so|and then|and (?=it|the|everything|all|we|i\b|its|this|that))\b")
_CONTRAST = re.compile(r";|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bnonetheless\b|\bstill,")

_NEG = re.compile(
    r"n't\b|\b(?:not|no|never|cannot|without|nothing|none|neither|nor|no longer|yet to|failed to|fail to|fails to|unable to|"
    r"instead of|rather than|far from|hardly|barely|pretend(?:ed|ing|s)?|claim(?:ed|s|ing)? that|falsely|nobody|no one|lack(?:s|ing)?)\b")
_MODAL = re.compile(
    r"\b(?:will|shall|would|should|could|must|might|may|going to|gonna|plan(?:s|ning|ned)? to|plan is to|intend(?:s|ed)? to|"
    r"about to|to be|need(?:s|ed)? to|have to|has to|had to|hope to|hoping to|expect(?:s|ed)? to|is expected|scheduled|pending|"
    r"in progress|not yet|yet to|being|let me|let's|make sure|ensure|try to|trying to|want(?:s|ed)? to|tomorrow|soon|"
    r"eventually|as soon as|ready to|supposed to|aim(?:s|ing)? to|would like)\b|'ll\b|'d\b")
_HEDGE = re.compile(
    r"\b(?:might|may|maybe|perhaps|probably|possibly|likely|unlikely|i think|i believe|i guess|i suppose|i assume|assuming|"
    r"seems?|seemingly|appears? to|apparently|supposedly|hopefully|not sure|unsure|uncertain|not certain|unclear|"
    r"can't (?:verify|confirm|tell|say)|cannot (?:verify|confirm|tell|say)|unable to (?:verify|confirm)|unverified|"
    r"whether|if|unless|in theory|theoretically|ideally|presumably|no idea|don't know|do not know|once|when|whenever|"
    r"after|until|till|before|in case|provided that|as long as|would be|should be|could be|imagine|suppose|hypothetically|"
    r"for now|as if|pretend)\b")
_TAG_HEDGE = re.compile(r"\s*[,—–-]?\s*(?:i think|i believe|probably|maybe|perhaps|hopefully|i guess|right\?|i hope|"
                        r"once|when|whenever|if|unless|after|as soon as|until|provided|assuming|by the time|in theory|"
                        r"yet\b|soon\b|shortly\b|later\b|tomorrow\b|next week\b|eventually\b)")
_EXPLAIN = re.compile(
    r"(?<!which )(?<!this )(?<!that )(?<!so )(?<!it )\bmeans\b|\b(?:refers to|stands for|is defined as|is when|happens when|occurs when|"
    r"indicates that|typically|usually|generally|in general|for example|for instance|e\.g\.|i\.e\.|such as|the difference between|"
    r"is used to|is a (?:status|state|term|metric|word|code|message|phrase|label|flag)|the term|definition of|in other words|"
    r"measures (?:how|the|what)|tells you|is a measure|the word|the phrase|the status|the label|a status of|status code|"
    r"in the docs|the docs say|documentation says|according to the docs|the tutorial|this guide|in this guide|a common|common cause|"
    r"often|sometimes|commonly|is shown when|is returned when|example:|e\.g\b)\b")
_QUESTION_OPENER = re.compile(
    r"\s*(?:how|what|why|where|which|who|whom|whose|is|are|was|were|did|do|does|can|could|would|should|has|have|had|will|shall|may|"
    r"isn't|aren't|didn't|doesn't|haven't|hasn't|wasn't|won't|any idea|any chance|any way|is there|are there|could you|can you|"
    r"would you|did you|have you|do you)\b")
_INTERROGATIVE_CLAUSE = _QUESTION_OPENER
_ADJ_DETERMINERS = frozenset(
    "the a an this that these those our your my its their his her newly recently currently previously "
    "last latest being already-deployed un every each any which what".split())
_QUOTES = "\"'`“”‘’«»"


def sentence_bounds(low: str, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around `pos`, looking at most _MAX_SENT characters each way."""
    lo = pos - _MAX_SENT
    if lo < 0:
        lo = 0
    start = lo
    for sep in (". ", "! ", "? ", "\n", "\r", ".\t", "?\t", "!\t", ".\"", "!\"", "?\""):
        i = low.rfind(sep, lo, pos)
        if i >= 0 and i + len(sep) > start:
            start = i + len(sep)
    hi = pos + _MAX_SENT
    m = _SENT_END.search(low, pos, hi)
    if m is None:
        end = hi if hi < len(low) else len(low)
    else:
        end = m.end()
    return start, end


def _last_end(rx: re.Pattern, low: str, lo: int, hi: int) -> int:
    last = lo
    for m in rx.finditer(low, lo, hi):
        last = m.end()
    return last


def judge(low: str, ms: int, me: int, ss: int, se: int, *, keep_neg: bool, question_ok: bool) -> str | None:
    """Why the match at [ms, me) is not an assertion, or None when it is one."""
    # A mention: quoted, in code, or part of a URL / identifier.
    if ms > 0 and me < len(low) and low[ms - 1] in _QUOTES and low[me] in _QUOTES:
        return "quoted"
    if low.count("`", ss, ms) % 2 == 1:
        return "code"
    tok = low.rfind(" ", ss, ms)
    tok = ss if tok < 0 else tok + 1
    if low.find("://", tok, ms) >= 0 or (tok < ms and low.startswith("www.", tok)):
        return "url"

    # Question: the sentence ends in '?' and no clause boundary after the match starts a new question.
    if not question_ok:
        tail = low[me:se].rstrip()
        if tail.endswith("?") or (se - me < 3 and low[se - 1:se] == "?"):
            cut = _last_end(_CLAUSE_BOUND, low, me, se)
            if cut == me or not _INTERROGATIVE_CLAUSE.match(low, cut):
                return "question"
        elif _QUESTION_OPENER.match(low, ss) and not tail.endswith((".", "!")) and not _QUESTION_OPENER.match(low, ss).group().strip() in ("have", "had", "has"):
            opener = _QUESTION_OPENER.match(low, ss)
            if opener.end() <= ms and "?" in low[ss:se]:
                return "question"

    clause = _last_end(_CLAUSE_BOUND, low, ss, ms)
    if not keep_neg:
        lo = ms - 60 if ms - 60 > clause else clause
        if _NEG.search(low, lo, ms):
            return "negated"
    if _MODAL.search(low, clause, ms):
        return "future or modal"
    segment = _last_end(_CONTRAST, low, ss, ms)
    if _HEDGE.search(low, segment, ms):
        return "hedged or conditional"
    if _TAG_HEDGE.match(low, me, me + 40):
        return "hedged or conditional"
    if _EXPLAIN.search(low, ss, se):
        return "explanation"
    return None


def adjectival(low: str, ms: int) -> bool:
    """'the deployed build', 'a merged PR': a participle used as an adjective is no claim."""
    j = ms - 1
    while j >= 0 and low[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (low[k].isalnum() or low[k] in "-'"):
        k -= 1
    return low[k + 1:j + 1] in _ADJ_DETERMINERS


def has_url(text: str, lo: int, hi: int) -> bool:
    return "://" in text[lo:hi] or "www." in text[lo:hi]
