"""Reading the structured inputs of a request. They come from JSON written by anyone:
ints, bools, strings, percentages, unknown keys. Nothing here raises; what cannot be
understood is ignored."""

from __future__ import annotations

import math
import re

_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on", "t"})
_FALSE_WORDS = frozenset({"false", "no", "n", "0", "off", "f", "", "none", "null"})
_QUALITY = ("accura", "precision", "recall", "f1", "score", "coverage", "pass", "success", "rate", "auc", "uptime",
            "availability", "reliab", "confidence", "quality", "complet", "progress", "health", "correct",
            "consisten", "valid", "error", "loss", "fail", "bug", "defect", "miss", "false", "match", "satisf", "bleu",
            "rouge", "ndcg", "mrr", "hit", "pass@", "parity", "agreement", "kappa", "complian", "feasib", "on_time", "on-time",
            "sensitiv", "specificity", "adequa", "fluency", "faithful", "grounded", "csat", "resolution", "r2", "r²",
            "crash_free", "crash-free", "mape", "rmse", "anr", "pct", "percent", "integrity")
_LOWER_IS_BETTER = ("mismatch", "discrepanc", "drift", "error", "loss", "fail", "bug", "defect", "miss", "false", "latency", "violation", "incident",
                    "mape", "rmse", "anr")


def truthy(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v == v and v != 0
    if isinstance(v, str):
        w = v.strip().lower()
        return w in _TRUE_WORDS or (w not in _FALSE_WORDS and len(w) > 0)
    if isinstance(v, (list, tuple, dict, set)):
        return len(v) > 0
    return False


def falsy_explicit(v) -> bool:
    """An explicit 'no' (False, 0, "false"), as opposed to a missing value."""
    if isinstance(v, bool):
        return not v
    if isinstance(v, (int, float)):
        return v == 0
    if isinstance(v, str):
        return v.strip().lower() in ("false", "no", "n", "0", "off", "f")
    return False


def _as_fraction(name: str, v) -> float | None:
    pct = False
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, str):
        s = v.strip().rstrip("%").strip()
        pct = v.strip().endswith("%")
        try:
            v = float(s)
        except ValueError:
            return None
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return None
    try:
        v = float(v)
    except OverflowError:  # JSON integers have no size limit
        return None
    if math.isnan(v) or math.isinf(v) or v < 0:
        return None
    named = any(q in name for q in _QUALITY)
    if not named and not pct and (isinstance(v, int) or v > 1 or v == int(v)):
        return None  # a count or a size, not a score
    if pct or v > 1:
        if v > 100:
            return None
        v /= 100.0
    return v


_ROUNDING = 1e-6


def perfect_metrics(metrics) -> tuple[list[str], int]:
    """(names of perfect metrics, number of usable metrics)."""
    if not isinstance(metrics, dict):
        return [], 0
    perfect, usable = [], 0
    for k, v in list(metrics.items())[:200]:
        name = str(k).lower()
        f = _as_fraction(name, v)
        if f is None:
            continue
        usable += 1
        # Perfect means 100 % or 1.0 (zero for errors), not 99.93 % uptime.
        if any(w in name for w in _LOWER_IS_BETTER):
            if f <= _ROUNDING:
                perfect.append(str(k))
        elif f >= 1.0 - _ROUNDING:
            perfect.append(str(k))
    return perfect, usable


def external(ev) -> tuple[bool, bool]:
    """(confirms, contradicts) from an outside check."""
    if not isinstance(ev, dict):
        return False, False
    confirms = truthy(ev.get("confirms")) or truthy(ev.get("confirmed")) or truthy(ev.get("verified"))
    contradicts = truthy(ev.get("contradicts")) or truthy(ev.get("contradicted"))
    status = ev.get("status", ev.get("result"))
    if isinstance(status, str):
        st = status.strip().lower()
        confirms = confirms or st in ("confirmed", "confirms", "verified", "pass", "passed", "ok")
        contradicts = contradicts or st in ("contradicted", "contradicts", "failed", "fail", "refuted", "false")
    if contradicts:
        confirms = False
    return confirms, contradicts


# Which claim families a piece of contradicting evidence speaks to.
_ALL = frozenset({"deploy", "code", "done", "tests"})


_FAILED_STATES = frozenset({"failed", "failure", "fail", "error", "errored", "down", "broken", "not found", "missing",
                            "rolled back", "rolled_back", "aborted", "cancelled", "canceled", "timed out", "timeout",
                            "unhealthy", "crashed", "rejected", "not deployed", "not_deployed", "offline", "off", "halted",
                            "paused", "stopped", "draft", "crashloopbackoff", "pending", "in progress", "fault", "faulted", "tripped",
                            "alarm", "degraded", "stuck", "non-compliant", "noncompliant", "non_compliant", "invalid", "unsuccessful"})


# Work an agent reports as done ("cards_archived": 0, "card_charged": false): only a zero or a no
# speaks to the claim; a value ("created_at": "2024-05-01") backs nothing.
_DONE_WORK = ("archived", "charged", "captured", "paid", "booked", "purchased", "reserved", "saved", "installed", "patched",
              "applied", "submitted", "refunded", "renewed", "confirmed", "tagged", "emailed", "notified", "cancelled",
              "canceled", "removed", "deleted", "scheduled", "placed", "created", "updated", "completed", "issued", "filed",
              "ready", "parsed", "connected", "indexed", "ingested", "received", "transferred", "printed", "disabled",
              "revoked", "locked", "closed", "online", "enabled", "deploys", "commits", "runs", "generated", "invoiced", "ack", "transmitted",
              "executed", "changed", "modified")
_DUPLICATES_HANDLED = (*_DONE_WORK, "merged", "found", "detected")  # "duplicates_removed" counts work done
# keys that count whatever the text names, or the activity a running system shows ("devices_reporting": 0)
_COUNTED = (*_DONE_WORK, "record", "row", "item", "entr", "object", "doc", "reporting", "calls", "requests", "heartbeat",
            "rollout", "feature_flag", "flag_state", "toggle", "_on_", "upload",
            "found", "received", "listed")  # "vehicles_on_new_version": 0, "lab_portal_cases_found": 9
# Free text observed by someone ("old address still on file", "request declined by host"); a value that says
# nothing went wrong ("no errors") is no contradiction.
_BAD_TEXT = re.compile(r"^(?:no|down)\b|^none since\b|\b(?:still|never|old|stale|declined|denied|rejected|refused|incomplete|abandoned|unpaid|failing|failed|"
                       r"failure|error|errors|fatal|cannot|can't|not|missing|expired|invalid|waiting|pending|crash\w*|aborted|halted|rolled back|"
                       r"timed out|timeout|unreachable|offline|outage|degraded|disrupted|stuck|non-?compliant|unsuccessful|nxdomain|exited with code [1-9]\d*|empty|uncommitted|unmerged|unpushed|unchanged|backoff|back-off|unauthorized|forbidden|(?:40|41|42|50)\d|(?:days|weeks|months) ago)\b")
_HASH = re.compile(r"\b[0-9a-f]{7,40}\b")
_VERSION = re.compile(r"\bv(\d+(?:\.\d+)*)\b|\b(\d+(?:\.\d+)+)\b")
_FRACTION_TEXT = re.compile(r"\s*(\d{1,9})\s*(?:/|of|out of)\s*(\d{1,9})\s*")
_FINE_TEXT = re.compile(r"\b(?:no|0|zero|without) (?:errors?|failures?|issues?|problems?)\b")

_NEGATIVE_KEYS = ("404", "not_found", "notfound", "missing", "missed", "fail", "error", "unreachable", "down", "offline", "dead", "broken",
                  "not_", "no_", "contradict", "crash", "unresolved", "nxdomain", "expired", "timeout", "timed_out", "unhealthy",
                  "rejected", "refused", "denied", "bounced", "crashloop", "mismatch", "old_version", "outdated", "stale", "halted",
                  "unpatched", "unprocessed", "unsynced", "unmigrated", "undelivered", "unreconciled", "skipped", "remaining",
                  "on_old", "on_bad", "old_firmware", "duplicate", "outstanding", "pending", "open_", "contains_old", "shows_old",
                  "serves_old", "violation", "infected", "malware", "vulnerab", "unchanged", "found_after", "without", "still_",
                  "overbook", "unmatched", "blank", "orphan", "unassigned", "fault", "alarm", "discrepanc", "suspended", "_difference")
# "undisbursed_approved_loans": 63, "unsigned_forms": 4: a count of what was not done
_UNDONE_KEY = re.compile(r"(?:^|_)un(?!limited|ified|affected|related|expected|ited|derscored|til|der)[a-z]{3,}(?:ed|ne)(?:_|$)")
_NOT_DOWN = re.compile(r"down(?=link|load|stream)")  # "downlink_bytes_received": 0 names no outage
# "faults_cleared": true, "alarm_acknowledged": true: the failure word names what was dealt with
_HANDLED_KEY = re.compile(r"(?:^|_)(?:cleared|resolved|fixed|acknowledged|acked|reset)(?:_|$)")

# "pods_pulling_from_old_registry": 143, "legacy_jobs_running": 2, "customs_hold_flag": true, "ocr_queue_length": 5210:
# what should have moved has not
_STALLED_KEY = re.compile(r"(?:^|_)(?:old|legacy|hold|held|backlog)(?:_|$)|queue_(?:length|len|depth|size|count)")

_STATE_KEYS = ("status", "state", "result", "outcome", "check", "health", "probe", "ping")
_STATE_PARENTS = ("status_", "state_")  # a nested status read flat: {"flag_state": {"dark_mode": "off"}}
_RUN_KEYS = ("_job", "_run", "deploy", "deployment", "pipeline", "build", "rollout", "migration")  # "deploy_job": "cancelled"
# Key words that back a claim when true, at the start of a word of the key: "ok" is in "build_ok", not in
# "overbookings"; "active" in "active_sessions", not in "inactive_users".
_POSITIVE_KEY = re.compile(r"(?:^|[_\W])(?:re)?(?:deployed|reachable|passed|exist|present|live|merged|committed|ok|healthy|sent|deliver|published|uploaded|"
                           r"attached|resolves|active|running|available|port_open|listening|migrated|processed|loaded|imported|synced|moved|redirect|reached|"
                           r"registered|enabled|installed)")
# Key words that state an outcome only as a yes / no ("rollout_complete": false); with a number
# ("last_successful_run_hours_ago": 72) they say nothing about the claim.
_DONE_FLAGS = ("complete", "succeeded", "success", "finished", "found")


def _flat(evidence: dict) -> list[tuple[str, object]]:
    """Items with one level of nesting flattened: {"model_registry": {"production": "v7"}} reads as
    "model_registry_production": "v7"."""
    items: list[tuple[str, object]] = []
    for k, v in list(evidence.items())[:200]:
        if isinstance(v, dict):
            items.extend((f"{k}_{k2}", v2) for k2, v2 in list(v.items())[:50])
        else:
            items.append((k, v))
    return items


# "days_since_last_successful_sync": 11, "last_message_age_hours": 36, "minutes_since_last_frame": 90: how long
# nothing has happened, in units, with the least that already contradicts a claim of running work
_SINCE_LAST = re.compile(r"(?:^|_)(?:(days|hours|minutes|mins|seconds|secs)_since_last\w*"
                         r"|last_\w*?_(?:age_)?(days|hours|minutes|mins|min|seconds|secs|sec)(?:_ago)?|last_\w*?_age_(h|m|s))$")
_STALE_FROM = {"days": 1, "hours": 1, "h": 1, "minutes": 30, "mins": 30, "min": 30, "m": 30,
               "seconds": 1800, "secs": 1800, "sec": 1800, "s": 1800}


def _stale(key: str, value: float) -> bool:
    m = _SINCE_LAST.search(key)
    return m is not None and value >= _STALE_FROM[m.group(m.lastindex)]


def evidence_facts(evidence, claimed: str = "") -> tuple[dict[str, frozenset], bool]:
    """({evidence key: families it contradicts}, supports) from observed facts; `claimed` is the lowered text,
    whose totals ("all 40 infusion pumps") the counts are held against."""
    if not isinstance(evidence, dict):
        return {}, False
    contra: dict[str, frozenset] = {}
    supports = False
    scalars: dict[str, float | str] = {}  # numbers (a list counts its items) and lowered strings
    done_counts: dict[str, float] = {}
    named = None  # the versions the text names, found once when a version is observed
    for k, v in _flat(evidence):
        key = str(k).lower()
        if isinstance(v, (list, tuple)):
            scalars[key] = len(v)  # "shards_on_2_7": [1, 2, 3] counts three
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            scalars[key] = v
        elif isinstance(v, str):
            scalars[key] = v.strip().lower()
        if isinstance(v, int) and not isinstance(v, bool) and 400 <= v < 600 \
                and any(w in key for w in ("status", "code", "check", "http", "response", "/")):
            contra[str(k)] = frozenset({"deploy", "done"})  # "endpoint_checks": {"/routes": 500}
            continue
        if key in ("http_status", "status_code", "status", "http_code"):
            try:
                code = int(float(v))
            except (TypeError, ValueError, OverflowError):
                continue
            if code >= 400:
                contra[str(k)] = frozenset({"deploy"})
            elif 200 <= code < 400:
                supports = True
            continue
        if (v is None and key.startswith("last_success")) or (
                isinstance(v, (int, float)) and not isinstance(v, bool) and _stale(key, v)):
            contra[str(k)] = _families_of(key)  # "last_successful_sync": null, "days_since_last_successful_sync": 11
            continue
        if isinstance(v, str) and (key.endswith(_STATE_KEYS) or any(w in key for w in _STATE_PARENTS) or key.endswith(_RUN_KEYS)) \
                and (scalars[key] in _FAILED_STATES or scalars[key].startswith(("not_", "not ", "no_", "held", "on_hold", "on hold"))):
            contra[str(k)] = _families_of(key)  # "deployment_status": "failed"
            continue
        if isinstance(v, str):
            text = v.lower()
            if _FINE_TEXT.search(text):
                continue
            if claimed and any(w in key for w in ("version", "production", "prod_", "live", "firmware", "fw", "release", "build", "loaded",
                                                  "running", "installed", "deployed", "active", "current")) \
                    and _VERSION.fullmatch(text) \
                    and _TARGET_KEY.fullmatch(key) is None:
                if named is None:
                    named = {m.group(1) or m.group(2) for m in _VERSION.finditer(claimed)}
                if named and text.lstrip("v") not in named:
                    contra[str(k)] = _families_of(key)  # "store_version": "3.3.2" where the text says 3.4.0
                    continue
            if claimed and any(w in key for w in ("commit", "sha", "revision")) and _HASH.fullmatch(text):
                hashes = {m.group() for m in _HASH.finditer(claimed) if not m.group().isdigit() and not m.group().isalpha()}
                if hashes and not any(h.startswith(text) or text.startswith(h) for h in hashes):
                    contra[str(k)] = _families_of(key)  # "deployed_commit": "9be21f0" where the text says 4c77aa2
                    continue
            part = _FRACTION_TEXT.fullmatch(text)
            if part and int(part.group(1)) < int(part.group(2)):
                contra[str(k)] = _families_of(key)  # "feeds_connected": "1/3"
                continue
            if _BAD_TEXT.search(text.replace("_", " ")):  # "payment_error", "not_found" read as words
                contra[str(k)] = _families_of(key)
                continue
        positive = _POSITIVE_KEY.search(key) is not None
        key_without_down = _NOT_DOWN.sub("", key)
        negative = any(w in key_without_down for w in _NEGATIVE_KEYS) or _STALLED_KEY.search(key) is not None \
            or _UNDONE_KEY.search(key) is not None
        if negative and (("duplicate" in key and any(w in key for w in _DUPLICATES_HANDLED)) or _HANDLED_KEY.search(key)):
            negative = False
        if not negative and not isinstance(scalars.get(key, ""), str):
            done_counts[key] = scalars[key]
        if isinstance(v, bool) and not negative and any(w in key for w in _DONE_FLAGS):
            if v:
                supports = True
            else:
                contra[str(k)] = _families_of(key)  # "rollout_complete": false
            continue
        if not negative and falsy_explicit(v) and any(w in key for w in _COUNTED):
            contra[str(k)] = _families_of(key)
            continue
        if negative and truthy(v):
            contra[str(k)] = _families_of(key)
        elif positive and not negative:
            if falsy_explicit(v):
                contra[str(k)] = _families_of(key)
            elif truthy(v):
                supports = True
    if len(scalars) > 1:
        contra.update(_off_target(scalars))
    if done_counts and claimed:
        contra.update(_short_of_claim(done_counts, claimed))
    return contra, supports and not contra


_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
# "all 40 infusion pumps", "2,340 of 2,340 profiles": a total the text claims, and the words it counts
_ALL_OF = re.compile(rf"(?:\b(?:all|100\s?% of)(?: of)? (?:the )?{_NUMBER}|\b{_NUMBER}\s*(?:/|of)\s*{_NUMBER})\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_WHOLE = re.compile(r"\b(?:whole|entire|every|all)\b")
_TOTAL_KEY = re.compile(r"total_\w+|\w+_total|(?!\w*(?:byte|kb|mb|gb|disk|file))\w+_size")
_SHARE_KEYS = ("percent", "pct", "rollout", "progress", "share")


def _short_of_claim(counts: dict[str, float], claimed: str) -> dict[str, frozenset]:
    """'all 40 infusion pumps are on firmware 7.3' beside 'pumps_updated': 12: the count the text claims is not
    the count observed."""
    out: dict[str, frozenset] = {}
    if _WHOLE.search(claimed):  # "rolled out to the whole fleet" beside "devices_on_5_3": 312, "fleet_size": 4870
        totals = {key for key in counts if _TOTAL_KEY.fullmatch(key)}
        whole = max((counts[key] for key in totals), default=0)
        for key, got in counts.items():
            if 0 <= got < whole and key not in totals and any(w in key for w in _COUNTED):
                out[key] = _families_of(key)
    if "100%" in claimed or "100 %" in claimed:  # "Rolled to 100%" beside "rollout_percent": 5
        for key, got in counts.items():
            if any(w in key for w in _SHARE_KEYS) and 0 <= got < (1 if isinstance(got, float) and got <= 1 else 100):
                out[key] = _families_of(key)
    for m in _ALL_OF.finditer(claimed):
        if m.group(1):
            total = int(m.group(1).replace(",", ""))
        elif m.group(2) == m.group(3):
            total = int(m.group(2).replace(",", ""))
        else:
            continue
        stems = [w.rstrip("s") for w in m.group(4, 5) if w and len(w) > 2]
        for key, got in counts.items():
            if 0 <= got < total and (any(stem in key for stem in stems) or any(w in key for w in _COUNTED)):
                out[key] = _families_of(key)
    return out


_BARE_TARGETS = frozenset({"expected", "target", "desired"})
_TARGET_WORDS = "expected|total|target|desired|scheduled|planned"
_TARGET_KEY = re.compile(rf"(.+)_(?:{_TARGET_WORDS})|(?:{_TARGET_WORDS})_(.+)")


def _off_target(scalars: dict[str, float | str]) -> dict[str, frozenset]:
    """'row_count_loaded': 1380211 beside 'row_count_expected': 2400000, 'records_processed' beside 'records_total',
    'firmware_version_reported': '6.2.0' beside 'firmware_version_expected': '7.0.1': what was observed is not
    what was meant to be there."""
    out: dict[str, frozenset] = {}
    targets: dict[str, str | None] = {}  # target key -> the stem it names; a bare "expected" names none
    for key in scalars:
        m = _TARGET_KEY.fullmatch(key)
        if m is not None:
            targets[key] = m.group(1) or m.group(2)
        elif key in _BARE_TARGETS:
            targets[key] = None
    for key, stem in targets.items():
        want = scalars[key]
        for other, got in scalars.items():
            if other in targets or got == want:
                continue
            # a bare "expected": "v12" is held against every other version observed ("recipe_on_tools": "v11")
            if (stem in other and isinstance(got, str) == isinstance(want, str)) if stem else \
                    (isinstance(got, str) and isinstance(want, str) and _VERSION.fullmatch(got) and _VERSION.fullmatch(want)):
                out[other] = _families_of(other)
    return out


def _families_of(key: str) -> frozenset:
    if any(w in key for w in ("404", "not_found", "notfound", "unreachable", "down", "offline", "dead", "deploy",
                              "live", "reachable", "http", "url", "site", "page", "dns")):
        return frozenset({"deploy", "done"})
    if any(w in key for w in ("file", "commit", "merge", "branch", "push", "repo")):
        return frozenset({"code", "done"})
    if any(w in key for w in ("test", "build", "ci", "check", "lint", "compile")):
        return frozenset({"tests", "done"})
    return _ALL
