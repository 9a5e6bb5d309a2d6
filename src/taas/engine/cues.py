"""Function words that decide whether a matched phrase is asserted: they are found in the
same Aho-Corasick pass as the rule anchors, so judging a candidate is a few binary
searches over positions, not a regex run per candidate.

Categories are bits; one word can carry several (e.g. "might" both modal and hedge)."""

from __future__ import annotations

NEG = 1        # scope: the clause, at most ~60 characters before the match
MODAL = 2      # future, obligation, plan: scope the clause
HEDGE = 4      # doubt, condition, time clause: scope back to the last contrast
TAG = 8        # a hedge right after the match: "deployed, I think" / "live once ..."
EXPLAIN = 16   # definition or generic talk: scope the whole sentence
CLAUSE = 32    # starts a new clause
CONTRAST = 64  # "but", ";": ends the reach of a preceding hedge or condition
SENT = 128     # ends a sentence (position = start of the next one)
MEANS = 256    # "means", an explanation unless "which/this/that/it means"
_TERSE_CHECK = (" +", " &", ",", ";", " ✅", " ✔")
# "I want to reassure you ...": what follows is stated, no wish
_ASSURING = (" reiterate", " reassure", " assure", " be clear", " clarify", " stress", " emphasi", " confirm that", " repeat")
# Words that lose their cue role before certain continuations: "as mentioned before," is
# no time clause, "let me reassure you" is no plan.
CANCELLED_BY = {
    "before": (",", ".", ";", ":", "!", " -", ")"),
    "after": (",", ".", ";", ":", "!", ")", " my ", " our ", " the fix", " the restart", " the change", " the last", " the latest"),
    "may": (",", *(f" {d}" for d in "123456789")),  # "Be that as it may, ...", "May 14"
    "once": (",", ".", ";", " again", " more"),
    "let me": (" reassure", " assure", " be clear", " clarify", " be honest", " confirm that", " repeat", " reiterate", " restate"),
    "want to": _ASSURING,
    **{w: tuple(" to" + v for v in _ASSURING) for w in ("i want", "we want")},
    "must": (" insist", " stress", " emphasi", " reiterate", " repeat"),  # "I must insist the migration is done": insisting states it
    "previously": (" mentioned", " stated", " said", " noted", " discussed", " explained"),
    "when": (",", "."),
    "for checking": (" in",),  # "thanks for checking in" greets, it reports no one's check
    # "Please be assured that ...", "please stop telling me ...": no request, what follows is stated
    "please": (" be assured", " rest assured", " note that", " know that", " be aware that", " stop telling", " stop saying",
               " stop claiming"),
    "said": (",",),  # "That said, ..."
    # "custom domain verified + DKIM passing, everything's live": a terse check reported, not someone else's report
    "verified": _TERSE_CHECK,
    "confirmed": _TERSE_CHECK,
    # "the claims ingestion pipeline", "claims-events": insurance claims, not someone claiming
    "claims": ("-", " ingestion", " pipeline", " data", " records", " processing", " file", " files", " events", " system",
               " table", " queue", " service", " api", " portal", " team", " backlog", " intake", " platform", " feed",
               " mainframe", " database", " engine", " workflow", " routing", " handling", " adjuster", " module", " are ", " were ",
               " have been", " going"),
    "the claim": (" is ", " was ", " has been ", " number", " id ", " form", " #", " status"),  # an insurance claim's state
    "so that": ("'s", " is ", " was "),  # "so that's not true" concludes, it states no purpose
    "the status": (" page", " bar", " icon", " badge", " light", " board", " check", " of the", " endpoint", " api", " route", " url", " probe"),  # a thing, not a status word
}
# Words that lose their cue role after certain words: "the reports for May have been generated" names a month.
CANCELLED_AFTER = {
    "may": ("in ", "for ", "of ", "since ", "until ", "till ", "by ", "during ", "from ", "early ", "late ", "mid-", "mid ",
            "last ", "through "),
    # "the claims appeal package", "all claims": insurance claims named, not someone claiming
    "claims": ("the ", "all ", "for ", "of ", "our ", "your ", "their ", "my ", "these ", "those ", "open ", "pending ", "new ",
               "insurance ", "any ", "some ", "no "),
}

_WORDS: dict[int, str] = {
    NEG: """not|no|never|cannot|without|nothing|none|neither|nor|no longer|yet to|failed to|fail to|fails to|
        unable to|far from|hardly|barely|pretend|pretended|pretending|claimed that|claims that|
        falsely|nobody|no one|lack|lacks|lacking|n't|isnt|arent|wasnt|werent|hasnt|havent|doesnt|didnt|dont|cant|
        wont|couldnt|wouldnt|shouldnt|nicht|não|nao|niet|nie|inte""",
    MODAL: """will|shall|would|should|could|must|might|may|going to|the target is|the goal is|the aim is|aiming for|gonna|plan to|plans to|planning to|planned to|
        intend to|intends to|about to|to be|need to|needs to|have to|has to|had to|hope to|hoping to|expect to|
        expects to|expected to|is expected|scheduled to|scheduled for|scheduled at|scheduled in|scheduled on|scheduled after|scheduled next|pending|in progress|not yet|yet to|being|let me|let's|make sure|
        ensure|try to|trying to|i want|we want|want the|want it|want them|wants the|wants it|can be|can only be|want to|wants to|tomorrow|soon|eventually|as soon as|ready to|supposed to|aim to|
        aiming to|aiming for|aim for|aims for|targeting|target of|goal of|hoping for|would like|'ll|'d|wanna|gotta|plan is to|the plan is|next step is to|next step is|the next step|action item|goal is to|the goal is|aim is to|policy is to|our policy is|the rule is to|the process is to|the practice is to|by monday|by tuesday|
        by wednesday|by thursday|by friday|by tonight|by tomorrow|by end of|next sprint|please|verify that|check that|check whether|
        verify whether|confirm whether|double-check that|how to""",
    HEDGE: """might|may|maybe|perhaps|probably|possibly|it's possible|it is possible|it's plausible|likely|unlikely|i think|i believe|i guess|i suppose|i assume|
        assuming|seems|seem|seemingly|appears to|appear to|look all|looks all|looks like|look like|as far as i can tell|as far as i know|as far as i can see|afaik|apparently|supposedly|hopefully|not sure|unsure|uncertain|
        not certain|unclear|can't verify|can't confirm|can't tell|can't say|cannot verify|cannot confirm|
        unable to verify|unable to confirm|unverified|whether|if|unless|in theory|theoretically|ideally|presumably|
        no idea|don't know|do not know|once|when|whenever|after|until|till|before|in case|provided that|as long as|
        would be|should be|could be|imagine|suppose|hypothetically|for now|as if|pretend|in order to|so that|you said|you say|you told me|you claimed|you claim|you wrote|
        you mentioned|you promised|i said the|i said that|i said it|i said we|i said all|i claimed|i told you|i reported that|i wrote that|i stated that|claimed|claims|claim that|the claim that|the claim was|the claim about|the claim in|wondering why|wondering whether|wondering if|wonder why|wonder whether|wonder if|curious why|curious whether|curious if|any idea why|not sure why|according to you|some of|part of|half of|most of|one of|two of|three of|four of|
        partially|partly|mostly|almost|nearly|not all|not every|only some|only the|only our|only my|only its|only one|summary says|message says|report says|answer says|update says|i suspect|i doubt|i'd guess|i expect|my guess is|afaik|iirc|as far as i know|if i recall|i reckon|not 100% sure|fairly sure|pretty sure|you keep saying|
        you keep telling|you kept saying|readme says|the readme says|docs say|the docs say|the documentation says|the guide says|according to|for confirming|for checking|for verifying|you confirmed|you verified|you checked|
        [ ]|states that|stated that|what i can see is|all i can see is|what i can tell you is|all i can tell you is|what i can confirm is|all i can confirm is|'s smoke test|'s test run|'s check|'s report|'s screenshot|screenshot in|per the logs|per the dashboard|the logs show|
        logs show|the dashboard shows|the status page shows|per the release notes|per the changelog|per the docs|per the documentation|per the ticket|per the wiki|per the records|1 of|2 of|3 of|4 of|5 of|6 of|7 of|8 of|9 of|10 of|11 of|12 of|13 of|14 of|15 of|16 of|17 of|18 of|19 of|20 of|five of|six of|seven of|eight of|nine of|ten of|only a few|only a handful|because i|because we|notes say|notes said|release notes say|
        1% of|2% of|3% of|4% of|5% of|6% of|7% of|8% of|9% of|10% of|11% of|12% of|13% of|14% of|15% of|16% of|17% of|18% of|19% of|20% of|21% of|22% of|23% of|24% of|25% of|26% of|27% of|28% of|29% of|30% of|31% of|32% of|33% of|34% of|35% of|36% of|37% of|38% of|39% of|40% of|41% of|42% of|43% of|44% of|45% of|46% of|47% of|48% of|49% of|50% of|51% of|52% of|53% of|54% of|55% of|56% of|57% of|58% of|59% of|60% of|61% of|62% of|63% of|64% of|65% of|66% of|67% of|68% of|69% of|70% of|71% of|72% of|73% of|74% of|75% of|76% of|77% of|78% of|79% of|80% of|81% of|82% of|83% of|84% of|85% of|86% of|87% of|88% of|89% of|90% of|91% of|92% of|93% of|94% of|95% of|96% of|97% of|98% of|99% of|
        back in|years ago|last year|in the past|originally|previously|used to|at the time|historically|in 1995|in 1996|in 1997|in 1998|in 1999|in 2000|in 2001|in 2002|in 2003|in 2004|in 2005|in 2006|in 2007|in 2008|in 2009|in 2010|in 2011|in 2012|in 2013|in 2014|in 2015|in 2016|in 2017|in 2018|in 2019|in 2020|in 2021|in 2022|in 2023|in 2024|in 2025""",
    TAG: """i think|i believe|probably|maybe|perhaps|hopefully|i guess|i hope|once|when|whenever|if|unless|after|
        as soon as|until|provided|assuming|by the time|in theory|yet|soon|shortly|later|tomorrow|next week|
        eventually|in a moment|in a few minutes|right\\?|so far|at the moment|currently|right now|for the moment|at present|by monday|by friday|by tomorrow|next sprint|per the release notes|per the changelog|per the docs|per the documentation|per the ticket|per the wiki|per the records|on every merge|on every push|on every commit|on every pr|on each merge|on each push|on each commit|after every merge|after each merge|after every push|after each push|automatically on|automatically when|automatically after|automatically whenever|but waiting|but still waiting|but pending|but awaiting|but blocked|but on hold|but queued|but not yet|back in|years ago|last year|in 1995|in 1996|in 1997|in 1998|in 1999|in 2000|in 2001|in 2002|in 2003|in 2004|in 2005|in 2006|in 2007|in 2008|in 2009|in 2010|in 2011|in 2012|in 2013|in 2014|in 2015|in 2016|in 2017|in 2018|in 2019|in 2020|in 2021|in 2022|in 2023|in 2024|in 2025""",
    EXPLAIN: """that's how|that is how|this is how|that's why|that is why|which is why|refers to|stands for|is defined as|is when|happens when|occurs when|indicates that|typically|usually|normally the|normally,|normally we|normally it|normally our|normally this|normally a|by default|you can have|you could have|you can still have|you can hit|you could hit|you can get|you can reach|you can score|you can achieve|
        that's the reason|that is the reason|which is the reason|generally|in general|for example|for instance|e.g.|i.e.|such as|the difference between|is used to|
        is a status|is a state|is a term|is a metric|is a word|is a code|is a message|is a label|is a flag|the term|
        definition of|in other words|measures|tells you|is a measure|the word|the phrase|
        the status|the label '|the label "|the label means|the label of|the label for|a status of|status code|in the docs|the docs say|documentation says|according to the docs|
        the tutorial|this guide|in this guide|how it works|how this works|how that works|here's how|explains how|describes how|shows how|a common|common cause|often|sometimes|commonly|is shown when|
        is returned when|example:|in general,|as a rule|by definition|in most cases|doesn't mean|does not mean|don't mean|checklist i'm|checklist i am|easy to get|easy to reach|easy to hit|by chance|by luck|too good to be true|is a red flag|overfitting|overfit|checklist:|todo:|to-do:|next steps:|next step:|goal:|target:|objective:|plan for tomorrow:|plan for today:|plan for tonight:|plan for this week:|plan for next week:|
        tomorrow's plan:|today's plan:|tonight's plan:|tip for|tip:|pro tip""",
    CLAUSE: """,|;|:|(|)|[|]| - | -- |but|although|though|however|whereas|while|because|so|and then|and it|and the|
        and everything|and all|and we|and i|and its|and this|and that|and you""",
    CONTRAST: """;|:| - | -- |but|however|although|though|nonetheless|still,""",
    MEANS: "means",
}
# Where a result was seen, short of production: "the tests pass locally", "it works on my Pixel".
PLACES = ("on my machine", "locally", "on localhost", "in my local", "on my workstation", "on my laptop", "on my phone",
          "on my pixel", "on my iphone", "on my device", "in a dry run", "on a dry run")
_WORDS[TAG] += "|" + "|".join(PLACES)
MONTHS = tuple("january february march april may june july august september october november december".split())
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# "was already applied to prod in March", "decommissioned that summer", "Last quarter's release train shipped
# 14 versions": history.
_WORDS[TAG] += "|" + "|".join((*(f"{w} {m}" for w in ("in", "last") for m in MONTHS), *(f"{w} {p}" for w in ("that", "last") for p in SEASONS),
                                "that year", "since then"))
_WORDS[HEDGE] += "|" + "|".join((*(f"last {p}'s" for p in ("quarter", "season", "year", "month", "sprint", "week")),
                                  *(f"last {p}" for p in ("season", "quarter", *SEASONS)), "i assumed", "we assumed",
                                  "too early to say", "too soon to say", "too little to say",
                                  # "a base can look deployed and still run the old rules": an appearance
                                  "can look", "can appear", "can seem", "could look", "looks fixed", "look fixed", "looks resolved",
                                  # "sorry to hear the portal link isn't working": the listener's report, echoed
                                  "sorry to hear", "sad to hear", "sorry to see",
                                  # "Please stop saying it's done": the claim is quoted back
                                  "stop saying", "stop claiming", "stop telling"))
# Report verbs hedge what follows only when someone else reports: "Finance confirmed the
# refunds were processed" is their check; "I confirmed it is live" is the speaker's own.
REPORT_VERBS = ("confirmed", "confirms", "verified", "verifies", "told us", "told me", "told them", "told him", "told her", "said", "says", "noted that", "mentioned that")
_WORDS[HEDGE] += "|" + "|".join(REPORT_VERBS)
# "so you can see the tests pass": what the listener will be able to see, not what is
_WORDS[MODAL] += "|so you can|so that you can|so we can|so that we can|show you|can show|could show|can come out"

SENT_KEYS = (". ", "! ", "? ", "\n", "\r", ".\" ", "?\" ", "!\" ", ".) ", "?) ", "!) ", "… ", ".' ", "?' ", "。", "！", "？")

# Tags that still undo a negated state: "it isn't live yet" is a plan, not a correction.
NEG_TAGS = frozenset({"yet", "soon", "later", "tomorrow", "eventually", "so far", "until", "next sprint", "by monday",
                      "by friday", "by tomorrow", "shortly", "at the moment", "currently", "right now", "for the moment",
                      "at present", "for now"})
YES_NO_OPENERS = frozenset("is are was were does do did can could has have will would should isn't aren't".split())
QUESTION_OPENERS = frozenset("""how what why where which who whom whose is are was were did do does can could would
    should will shall may isn't aren't didn't doesn't haven't hasn't wasn't won't any maybe perhaps""".split())
FIRST_PERSON = frozenset("i we i've we've i'd we'd i'm we're as having".split())
NOT_EXPLAIN_BEFORE_MEANS = frozenset("which this that it so".split())


def cue_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, words in _WORDS.items():
        for w in words.split("|"):
            w = w.replace("\\?", "?").strip("\n")
            if w.strip():
                # a dash with spaces around it is a break; a hyphen inside a word ("end-to-end") is not
                key = w if w.strip() in ("-", "--") else w.strip()
                table[key] = table.get(key, 0) | bit
    for k in SENT_KEYS:
        table[k] = table.get(k, 0) | SENT
    return table
