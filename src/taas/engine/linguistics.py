"""Is a matched phrase *used* as an assertion, or only mentioned, asked, negated, hedged,
planned or explained? Scopes, not word lists:

- negation and modality (will, should, going to ...) reach to the start of their
  clause only: "I haven't checked, but it is deployed" is still a claim;
- hedges and subordinators (maybe, I think, if, once, when ...) reach back to the last
  contrast ("but", ";") of the sentence;
- a question covers the clause it is asked in: "It is deployed, can you check?" keeps
  the claim;
- an explanation ("a 404 means ...") or a quotation (`"deployed"`, code, a URL) is a
  mention, not a use.

The cue words were located in the single scanning pass (see cues.py); judging one
candidate is a handful of binary searches inside its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import FIRST_PERSON, MONTHS, NEG_TAGS, PLACES, QUESTION_OPENERS, REPORT_VERBS, SEASONS, YES_NO_OPENERS

_NEG_TAGS = tuple(NEG_TAGS)
_COND_TAGS = ("if ", "when ", "whenever ", "unless ")
_GENERIC_OPENERS = ("a ", "an ", "any ", "how the ", "how our ", "how it works", "how this works")

_YEAR_BEFORE = frozenset(("in since from during until back of early late mid jan feb mar apr jun jul aug sep sept oct nov dec "
                          "q1 q2 q3 q4 h1 h2").split()) | frozenset(MONTHS) | frozenset(SEASONS)
_QUOTES = "\"'`“”‘’«»"
_ADJ_DETERMINERS = frozenset(
    "the a an this that these those our your my its their his her newly recently currently previously "
    "last latest being every each any which what".split())


class Cues:
    """Positions of the cue words of one chunk, each list ascending."""
    __slots__ = ("neg", "modal", "hedge", "tag", "explain", "clause", "contrast")

    def __init__(self) -> None:
        self.neg: list[int] = []
        self.modal: list[int] = []
        self.hedge: list[int] = []
        self.tag: list[int] = []
        self.explain: list[int] = []
        self.clause: list[int] = []
        self.contrast: list[int] = []


def _any(lst: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(lst, lo)
    return i < len(lst) and lst[i] < hi


def _last(lst: list[int], lo: int, hi: int) -> int:
    i = bisect_left(lst, hi) - 1
    return lst[i] if i >= 0 and lst[i] >= lo else -1


def _first(lst: list[int], lo: int, hi: int) -> int:
    i = bisect_left(lst, lo)
    return lst[i] if i < len(lst) and lst[i] < hi else -1


def judge(low: str, ms: int, me: int, ss: int, se: int, cues: Cues, keep_neg: int = 0, question_ok: int = 0,
          time_tags: int = 0, marker: int = 0) -> str | None:
    """Why the match at [ms, me) is not an assertion, or None when it is one."""
    if ms > 0 and me < len(low) and low[ms - 1] in _QUOTES and low[me] in _QUOTES and not _json_value(low, ms - 1):
        return "quoted"
    if low.count("`", ss, ms) % 2 == 1:
        return "code"
    if low.count('"', ss, ms) % 2 == 1 and low.find('"', me, se) >= 0 and not _json_value(low, low.rfind('"', ss, ms)):
        return "quoted"  # inside a quoted passage: 'Customer wrote: "you told me it was fixed ..."'
    if _single_quoted(low, ms, me, ss, se):
        return "quoted"

    tok = low.rfind(" ", ss, ms) + 1
    if tok < ss:
        tok = ss
    if tok < ms and (low.find("://", tok, ms) >= 0 or low.startswith("www.", tok)):
        return "url"

    k = se - 1
    while k > me and low[k] in " \n\r\"')":
        k -= 1
    if low[k] in "?？" and not (keep_neg and low[k - 1] in "?!"):  # "the branch isn't merged??" objects, it does not ask
        if not question_ok:
            cut = _last(cues.clause, me, k) if cues.clause else -1
            if cut < 0 or _first_word(low, cut, k) not in QUESTION_OPENERS:
                return "question"
        elif ms > ss + 3 and (_first_word(low, ss, k) in YES_NO_OPENERS or _hypothetical(low, ss, k)):
            return "question"  # "is it still down?" asks; "why is it still down?" objects; "why would it ...?" wonders

    if low.startswith(_TOPIC_OPENERS, ss) and _in_topic(low, ss, ms):
        return "topic"  # "Regarding the checkout crashes: I increased test coverage ..." names the problem
    clause = _last(cues.clause, ss, ms) if cues.clause else -1
    if clause < 0:
        clause = ss
    if not keep_neg and cues.neg and _any(cues.neg, max(clause, ms - 60), ms):
        return "negated"
    if marker:  # "please trust me", "let me be clear": a marker is no claim to plan or hedge
        return None
    if cues.modal and _any(cues.modal, clause, ms):
        return "future or modal"
    if cues.hedge:
        segment = _last(cues.contrast, ss, ms) if cues.contrast else -1
        c = _concession_end(low, ss, ms)  # "Even if the status page says degraded, the region is up"
        if c > segment:
            segment = c
        h = _last(cues.hedge, segment if segment >= 0 else ss, ms)
        # "The file you claim to have committed doesn't exist": quoting the claim does not
        # hedge the contradiction of it.
        while h >= 0 and ((keep_neg and low.startswith("you ", h) and (_quotes_claim_back(low, h, ms) or _NAMES_THING.search(low, max(ss, h - 40), h))) or
                          (low.startswith(REPORT_VERBS, h) and (keep_neg or _first_person(low, ss, h))) or
                          (keep_neg and low.startswith(_RELAYED, h)) or
                          (h > 0 and low[h].isalpha() and low[h - 1].isalpha()) or  # "one of" inside "none of" is no hedge
                          (h > 0 and low[h].isdigit() and (low[h - 1].isdigit() or low[h - 1] == ".")) or  # "3 of" inside "v2.3 of"
                          (keep_neg and low[h].isdigit() and low.endswith("all ", 0, h)) or  # "all 14 of them" counts, it does not hedge
                          (keep_neg and low.startswith(("i think", "i believe", "i'm afraid", "i fear", "only ", "not every", "not all"), h)) or
                          (low.startswith(("i said", "i told", "i claimed", "i reported", "i wrote", "i stated"), h) and low[h - 3:h] == "as ") or
                          (low.startswith(("after ", "before "), h) and _past_time_clause(low, h, ms))):
            h = _last(cues.hedge, segment if segment >= 0 else ss, h)
        if h >= 0:
            return "hedged or conditional"
    if low.startswith(_FUTURE_AFTER, me):
        return "future or modal"  # "The new detector will be reviewed ...": the subject of a plan
    t = _first(cues.tag, me, me + 40) if cues.tag else -1
    # After a negated state, only time undoes it ("isn't live yet"); a condition does too
    # for general statements ("doesn't work when ..."), not for what someone saw.
    if t >= 0 and _few_words(low, me, t) and (
            not keep_neg or low.startswith(_NEG_TAGS, t) or (low.startswith(_COND_TAGS, t) and (not time_tags or _general_condition(low, t)))) \
            and not _past_step_tag(low, t, se) and not (time_tags and not keep_neg and low.startswith(PLACES, t)) \
            and not (time_tags and low.startswith(("when ", "whenever ", "if "), t) and _ALERT_BEFORE.search(low, me, t)):
        return "hedged or conditional"  # but "built a monitor with an alert when ..." says what the alert does
    if (cues.explain and _explained(low, ms, ss, se, cues)) or (
            low.startswith(_GENERIC_OPENERS, ss) and not (cues.contrast and _any(cues.contrast, ss, ms))):
        return "explanation"
    if not keep_neg and (_dated(low, me, se) or _dated_before(low, ss, ms, me)):
        return "past history"
    return None


_WH = frozenset("why how what when where which who".split())
_HYPO_MODALS = frozenset("would could might may should".split())


def _hypothetical(low: str, ss: int, k: int) -> bool:
    """'Why would npm publish succeed but the page still say 404?': a question about how things
    can happen, not an objection to a claim."""
    seg = low[ss:k].lstrip(" ,;:-([)]")
    words = seg.split(None, 2)
    return (len(words) > 1 and words[0] in _WH and words[1] in _HYPO_MODALS) or seg.startswith(_INDIRECT_Q)


_INDIRECT_Q = ("any idea", "i wonder", "i'm wondering", "i am wondering", "just wondering", "curious", "i'm curious",
               "do you know why", "does anyone know", "anyone know")


_OBSERVERS = frozenset("i we you i'm we're i've we've my our your someone anyone people customers users".split())


def _general_condition(low: str, t: int) -> bool:
    """'the CI job fails if coverage drops below 80%' states how a check works; 'checkout fails
    when I pay with a Visa' is what someone saw."""
    words = low[t:t + 40].split(None, 2)
    return len(words) > 1 and words[1].strip(",.") not in _OBSERVERS


# Someone else's check hedges a claim, but backs a correction: "she says the cert expired, it was not renewed".
_RELAYED = ("says", "said", "reports", "reported", "told us", "told me", "confirmed", "confirms", "verified")
_FUTURE_AFTER = (" will ", " would ", " should ", " is going to ", " are going to ", " needs to ", " need to ",
                 " is to be ", " is planned", " is scheduled", " is proposed", " could ", " might ")
_TOPIC_OPENERS = ("regarding ", "concerning ", "re: ", "about the ", "as for ", "as to ", "to address ", "to fix ",
                  "to tackle ", "in response to ", "following up on ", "with regard to ", "on the ", "for the ")


def _in_topic(low: str, ss: int, ms: int) -> bool:
    """The match stands in an opening topic phrase closed by a colon (or, for most openers, a
    comma): 'On the domain not resolving for some visitors: ...', 'For the slow page loads, I ...'."""
    colon = low.find(":", ss, ms)
    if colon >= 0 or low.find(" - ", ss, ms) >= 0:
        return False  # "regarding the dry rows — i set up a monitor": a colon or a dash (folded to "-") closes the topic
    end = min((x for x in (low.find(":", ms, ms + 200), low.find(",", ms, ms + 200)) if x >= 0), default=-1)
    if end < 0 or low.find(",", ss, ms) >= 0:
        return False
    if low[end] == ":" or not low.startswith(("on the ", "for the "), ss):
        return True
    return low[end + 1:end + 12].lstrip().startswith(("i ", "we ", "i've ", "we've "))


def _concession_end(low: str, ss: int, ms: int) -> int:
    """The comma that closes a concession ("even if ...,", "even though ...,"): the main clause
    after it is asserted whatever the concession holds."""
    k = low.find("even ", ss, ms)
    if k < 0 or not low.startswith(("even if ", "even though ", "even when "), k):
        return -1
    return low.find(",", k, ms)


_NAMES_THING = re.compile(r"\b(?:the|that|this|those|these)\s+[\w./-]+(?:\s+[\w./-]+)?\s+$")


def _quotes_claim_back(low: str, h: int, ms: int) -> bool:
    """'The file you claim to have committed doesn't exist', 'the page you said you fixed is
    blank': the user's words describe the thing; "you say it's still the old model" (an
    assistant quoting the user) stays hedged."""
    words = low[h:ms].split()
    return len(words) > 2 and words[2] in ("to", "you", "was", "were", "had", "is", "are")


_PAST_AFTER = ("after my ", "after our ", "after re-", "after checking", "after rechecking", "after verifying",
               "after testing", "after reviewing", "after the fix", "after the restart", "after the change")


_OWN_PAST_STEP = re.compile(r"after (?:i|we) (?:\w+ed|rewrote|wrote|built|rebuilt|ran|reran|re-ran|set up|put)\b")


def _past_time_clause(low: str, h: int, ms: int) -> bool:
    """'After re-checking, I can confirm ...', 'after my changes our checker scores ...': a
    time clause closed by a comma, or the speaker's own past step, does not hedge the claim."""
    return (not low[:h].strip(" \"'(") or low[h - 2:h] in (". ", "\n", ", ")) and low.find(",", h, ms) >= 0 \
        or low.startswith(_PAST_AFTER, h) or _OWN_PAST_STEP.match(low, h) is not None


def _past_step_tag(low: str, t: int, se: int) -> bool:
    """'Search is back up after the reindex.': 'after the X' closing the clause names a past step,
    not a condition ('live after the deploy finishes' keeps its verb and stays one)."""
    if not low.startswith("after the ", t) or low.find("?", t, se + 1) >= 0:
        return False
    k = t + 10
    end = k
    while end < se and low[end] not in ".,;:!?\n":
        end += 1
    return 0 < len(low[k:end].split()) <= 2 and low[end:end + 1] != "?"


def _first_person(low: str, ss: int, h: int) -> bool:
    """The speaker (or 'as ...') reports: "I checked and confirmed", "as I said", "as noted"; a report verb
    that opens the sentence ("Verified and confirmed: ...") has no other subject."""
    words = [w.strip(",;:-(*") for w in low[ss:h].split()]
    return any(w in FIRST_PERSON for w in words) or all(w in _OWN_CHECK_OPENING for w in words)


_OWN_CHECK_OPENING = frozenset(("", "verified", "confirmed", "checked", "tested", "double-checked", "re-checked", "and", "&", "fully"))


def _explained(low: str, ms: int, ss: int, se: int, cues: Cues) -> bool:
    """An explanation covers its sentence; "X doesn't mean Y" only its own clause: "It is live,
    and a Not Found on your side doesn't mean it's down" still asserts the first clause."""
    i = bisect_left(cues.explain, ss)
    while i < len(cues.explain) and cues.explain[i] < se:
        e = cues.explain[i]
        if e > ms and low.startswith(_FREQUENCY, e) and cues.contrast and _any(cues.contrast, ms, e):
            i += 1  # "the patch is installed everywhere; scanners often report ...": the explanation starts after the break
            continue
        if e < ms and ((low.startswith(_FREQUENCY, e) and (low.find(" but ", e, ms) >= 0 or low.find("however", e, ms) >= 0)) or
                       (low.startswith(_TOPIC_OPENERS, ss) and _in_topic(low, ss, e) and not _in_topic(low, ss, ms))):
            i += 1  # "Apple sometimes hides builds, but the upload went through"; "For the broken links in the docs, I added ..."
            continue
        if not low.startswith(_MEAN_NOT, e):
            if low.startswith("definition of", e) and low.endswith(_DATED_THING, 0, e):
                i += 1  # "the glossary still has the old definition of ..." names a thing, it defines nothing
                continue
            if low.startswith("measures", e) and (low[e - 5:e] in ("that ", "hich ") or low[e - 4:e] == "now " or _before_clause(cues, ss, ms, e)):
                i += 1  # "a scoring script that measures BLEU", "the tracker I added now measures ..." tell what was built; "..., and a job measures X" its own clause
                continue
            if low[e - 4:e] != "how ":  # "a dashboard showing how often totals differ" asks, it does not generalise
                return True
            i += 1
            continue
        c = _last(cues.clause, ss, e)
        if c < 0 or ms >= c:
            return True
        i += 1
    return False


_DATED_THING = ("old ", "new ", "outdated ", "wrong ", "updated ", "current ", "stale ", "previous ")


def _before_clause(cues: Cues, ss: int, ms: int, e: int) -> bool:
    """The match stands in an earlier clause than the cue at e."""
    c = _last(cues.clause, ss, e)
    return c >= 0 and ms < c


_FREQUENCY = ("sometimes", "often", "usually", "typically", "generally", "commonly", "normally")
_ALERT_BEFORE = re.compile(r"\b(?:alerts?|alarms?|rules?|fires|pages|warns|triggers|notifies)\s*$")
_MEAN_NOT = ("doesn't mean", "does not mean", "don't mean")


def _dated(low: str, me: int, se: int) -> bool:
    """A year later in the same clause: "was decommissioned in March 2020", "deployed ... in 2019",
    "fixed in 2.0 (2022)"."""
    hi = min(se, me + 80)
    p = low.find("(", me, hi)
    while p >= 0:
        if low[p + 1:p + 3] in ("19", "20") and low[p + 3:p + 5].isdigit() and low[p + 5:p + 6] == ")" \
                and not any(c in low[me:p] for c in ";:"):
            return True  # "that got fixed in 2.0 (2022)"
        p = low.find("(", p + 1, hi)
    k = low.find(" 19", me, hi)
    if k < 0:
        k = low.find(" 20", me, hi)
    while k >= 0:
        if k + 5 <= len(low) and low[k + 3:k + 5].isdigit() and (k + 5 == len(low) or not low[k + 5].isalnum()) \
                and low[max(0, k - 10):k].rsplit(" ", 1)[-1] in _YEAR_BEFORE \
                and not any(c in low[me:k] for c in ";:") and " - " not in low[me:k] and " but " not in low[me:k]:
            return True
        k2 = low.find(" 19", k + 1, hi)
        k3 = low.find(" 20", k + 1, hi)
        k = min(x for x in (k2, k3, hi) if x >= 0)
        if k >= hi:
            return False
    return False


# "The 2021 upgrade went live", "on 2022-09-14 a bad multiplier was deployed": a year or a date that opens the clause
_DATE_BEFORE = re.compile(r"\b(?:in|on|since|during|the)\s+(?:(?:19|20)\d\d(?!-?\d)(?!\s*-\s*\d)|(?:19|20)\d\d-\d\d-\d\d\b)")
_PAST_MATCH = re.compile(r"(?:[\w'-]+\s+){0,3}?(?:went|was|were|got)\b|\w+ed\b")  # "in 2021 ... it was in production"


def _dated_before(low: str, ss: int, ms: int, me: int) -> bool:
    """A past-tense claim after a year or date in the same sentence: history, not a status."""
    return (low.find("19", ss, ms) >= 0 or low.find("20", ss, ms) >= 0) and _PAST_MATCH.match(low, ms, me) is not None \
        and _DATE_BEFORE.search(low, ss, ms) is not None


def _json_value(low: str, quote: int) -> bool:
    """The quote opens a value in the speaker's own JSON log ('"message":"deployed"'), not reported speech."""
    k = quote - 1
    while k > 0 and low[k] == " ":
        k -= 1
    return k > 0 and low[k] == ":" and low[k - 1] == '"'


def _single_quoted(low: str, ms: int, me: int, ss: int, se: int) -> bool:
    """Inside 'single quotes' that open after a space and close before a non-letter:
    "the commit message says 'fix: all tests pass now' but ..."."""
    k = low.rfind(" '", ss, ms)
    if k < 0:
        return False
    j = low.find("'", k + 2, ms)
    while j >= 0:  # an apostrophe inside a word ("it's") does not close the quote
        if not (low[j - 1].isalpha() and j + 1 < len(low) and low[j + 1].isalpha()):
            return False
        j = low.find("'", j + 1, ms)
    hi = min(len(low), se + 200)  # a quote may hold several sentences: "'The calendar is live! Tap to see it.' Not sent yet"
    j = low.find("'", me, hi)
    while j >= 0:
        if j + 1 >= len(low) or not low[j + 1].isalpha():
            return not low[j - 1].isspace()
        j = low.find("'", j + 1, hi)
    return False


def _few_words(low: str, lo: int, hi: int) -> bool:
    """Only an object or two stands between the match and a trailing hedge: "deployed it in 2019"."""
    gap = low[lo:hi]
    n = len(gap.split())
    return not gap.strip(" ,-") or ((n <= 2 or (n == 3 and " and " not in gap and "," not in gap))
                                    and not any(c in gap for c in ".;:!?") and " - " not in gap
                                    and not _RELATIVE.search(gap + " "))


_RELATIVE = re.compile(r"(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bby)(?<!\bfrom)(?<!\bwith) that | which | who ")


def _first_word(low: str, lo: int, hi: int) -> str:
    seg = low[lo:hi].lstrip(" ,;:-([)]").split(" ", 1)
    return seg[0] if seg else ""


def adjectival(low: str, ms: int) -> bool:
    """'the deployed build', 'a merged PR': a participle used as an adjective is no claim."""
    j = ms - 1
    while j >= 0 and low[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (low[k].isalnum() or low[k] in "-'"):
        k -= 1
    return low[k + 1:j + 1] in _ADJ_DETERMINERS


def has_url(low: str, lo: int, hi: int) -> bool:
    return low.find("://", lo, hi) >= 0 or low.find("www.", lo, hi) >= 0
