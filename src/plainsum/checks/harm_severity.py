"""Harm turned round: a summary sentence that calls a treatment safe, or says it had no
(serious) side effects, where the paper reports serious harm or says it was poorly tolerated;
or one that calls the side effects serious where the paper says they were mild and names none
as serious. The direction words of polarity say nothing here ("safe", "severe" are no "more"
or "fewer"), and presence (polarity_presence) reads only whether a harm happened at all."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_stems, content_words, stem, word_weight
from .negation import conditional, negated_in_clause
from .polarity_presence import HARM_WORDS, harms

_HARM = rf"{HARM_WORDS}|(?:allergic|skin|infusion|injection[- ]site)\s+reactions?"
_SERIOUS = r"(?:serious|severe|major|life[- ]threatening|grave|dangerous)"
_MILD = (
    r"(?:mild|minor|slight|transient|short[- ]lived|non[- ]?serious|not serious|"
    r"mild (?:to|or) moderate|mild and (?:transient|short[- ]lived|temporary))"
)
# "serious adverse events", "severe gut side effects"
_SERIOUS_HARM = re.compile(rf"\b{_SERIOUS}\s+(?:[\w-]+\s+)?(?:{_HARM})\b", re.I)
# "side effects were severe", "the adverse events were mostly mild and transient"
_HARM_WAS = re.compile(
    rf"\b(?:{_HARM})\b[^.;:]{{0,40}}?\b(?:was|were|is|are)\s+"
    rf"(?:(?:\w+ly|all|mostly|mainly|largely)\s+)?(?:(?P<serious>{_SERIOUS})|(?P<mild>{_MILD}))\b",
    re.I,
)
# "mild side effects", "minor and short-lived adverse events"
_MILD_HARM = re.compile(rf"\b{_MILD}\s+(?:[\w-]+\s+)?(?:{_HARM})\b", re.I)
# the paper says the treatment was hard to bear or unsafe
_UNSAFE = re.compile(
    r"\b(?:poorly|badly|not\s+well)\s+tolerated\b|\bunsafe\b|\bnot\s+(?:\w+\s+)?safe\b", re.I
)
# a summary's safety claim: "was safe", "seemed well tolerated", "is harmless"
_SAFE = re.compile(
    r"\b(?:was|were|is|are|be|been|seemed|seems|appeared|appears|proved|looked)\s+"
    r"(?:\w+ly\s+)?(?:safe|harmless|well[- ]tolerated)\b",
    re.I,
)
# "no serious side effects", "without any complications"
_NONE = re.compile(
    # (not "none of the studies reported adverse events": not reported on)
    r"\b(?:no|without(?:\s+any)?|free\s+of|nor|(?:nobody|no\s+one|none\s+of\s+(?:the\s+)?"
    r"(?!(?:studies|trials|reviews|papers|reports|articles)\b)\w+)\s+"
    r"(?:had|has|have|experienced|reported|developed|suffered)(?:\s+any)?)\s+"
    rf"(?:(?P<serious>{_SERIOUS})\s+)?(?:{_HARM})\b",
    re.I,
)
# a harm said to have happened: had, caused, reported; occurred, in N people
_HAPPENED_BEFORE = re.compile(
    r"\b(?:had|has|have|having|experienced|reported|suffered|developed|caused|causes|led\s+to|"
    r"produced|gave|were|was|there\s+(?:were|was))\s+(?:\w+\s+){0,3}$",
    re.I,
)
_HAPPENED_AFTER = re.compile(
    r"\s+(?:(?:were|was)\s+(?:\w+ly\s+)?(?:reported|seen|observed|recorded|noted|common|"
    r"frequent)|occurred|happened|developed)\b|\s+in\s+(?:\d|one|two|three|four|five|a\s+third|"
    r"half|a\s+quarter)",
    re.I,
)
# a clause that denies or compares the harm ("no difference in serious adverse events")
_DENIED_CLAUSE = re.compile(
    r"\b(?:no|not|never|n't|neither|nor|without|none|similar|same|difference|differ|"
    r"comparable|free)\b",
    re.I,
)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:but|whereas|while|although|though)\b", re.I)


def _denied(text: str, at: int) -> bool:
    return bool(_DENIED_CLAUSE.search(_CLAUSE_START.split(text[:at])[-1]))


def _serious_happened(text: str) -> bool:
    """Whether `text` reports serious harm as having happened, or the treatment as poorly
    tolerated or unsafe."""
    if caseless.search(_UNSAFE, text) and not conditional(text):
        return True
    for found in caseless.finditer(_SERIOUS_HARM, text):
        if _denied(text, found.start()):
            continue
        before = text[max(0, found.start() - 50) : found.start()]
        if _HAPPENED_BEFORE.search(before) or _HAPPENED_AFTER.match(text, found.end()):
            return True
    return any(
        m.group("serious") and not _denied(text, m.start())
        for m in caseless.finditer(_HARM_WAS, text)
    )


def _serious_denied(text: str) -> bool:
    """Whether `text` says there was no serious harm (or none at all)."""
    return any(caseless.finditer(_NONE, text))


def _mild_said(text: str) -> bool:
    """Whether `text` calls the harms mild, minor or short-lived."""
    return bool(
        any(m.group("mild") for m in caseless.finditer(_HARM_WAS, text))
        or caseless.search(_MILD_HARM, text)
    )


def _says_safe(sentence: str) -> bool:
    """Whether a summary sentence says the treatment was safe or had no (serious) harm."""
    for m in caseless.finditer(_SAFE, sentence):
        if not negated_in_clause(sentence, m.end() - 1):
            return True
    return bool(caseless.search(_NONE, sentence))


def _says_serious(sentence: str) -> bool:
    """Whether a summary sentence says the harms were, as a rule, serious ("Side effects were
    mostly severe"); not that some serious ones happened ("Serious complications occurred in
    both groups", true beside "most complications were minor")."""
    return any(m.group("serious") for m in caseless.finditer(_HARM_WAS, sentence))


# the words of harm and of its size: what the two sentences are about apart from these must
# be the same ("cuff inflation is safe" is not read against harm from "iliac clamping")
_HARM_WORDS = frozenset(
    stem(w)
    for w in """adverse side effect effects event events reaction reactions harm harms
    complication complications toxicity serious severe major grave dangerous mild minor
    slight transient safe safety harmless tolerated tolerability poorly""".split()
)
TOPIC_WEIGHT = 2.5  # a word this heavy names the treatment or the condition


def _same_topic(summary_sentence: str, paper: str) -> bool:
    """Whether every heavy word of `summary_sentence` (but those of harm) is in `paper`."""
    theirs = content_stems(paper)
    return all(
        stem(w) in theirs
        for w in content_words(summary_sentence)
        if word_weight(w) >= TOPIC_WEIGHT and stem(w) not in _HARM_WORDS
    )


def harm_contradiction(
    summary_sentence: str, source_sentences: list[str]
) -> tuple[str, str] | None:
    """("safe" or "serious", the paper's sentence) when the summary sentence calls the harms
    none or the treatment safe where the paper reports serious harm and never denies it, or
    calls them serious where the paper says they were mild and names none serious."""
    if conditional(summary_sentence):
        return None
    # what the summary sentence says of harm first: most say nothing of it, and the paper's
    # sentences on its topic are then never read
    none = caseless.search(_NONE, summary_sentence)
    if none and not none.group("serious"):  # "no side effects" at all
        topical = _on_topic(summary_sentence, source_sentences)
        if any(harms(t)[0] for t in topical):
            return None
        found = next((t for t in topical if harms(t)[1] or _mild_said(t)), None)
        return ("safe", found) if found else None
    if _says_safe(summary_sentence):
        topical = _on_topic(summary_sentence, source_sentences)
        if any(_serious_denied(t) for t in topical):
            return None
        found = next((t for t in topical if _serious_happened(t)), None)
        return ("safe", found) if found else None
    if _says_serious(summary_sentence):
        topical = _on_topic(summary_sentence, source_sentences)
        if any(_serious_happened(t) for t in topical):
            return None
        found = next((t for t in topical if _mild_said(t)), None)
        return ("serious", found) if found else None
    if _says_unsafe(summary_sentence):
        topical = _on_topic(summary_sentence, source_sentences)
        if any(_serious_happened(t) for t in topical):
            return None
        found = next((t for t in topical if _says_safe(t)), None)
        return ("serious", found) if found else None
    return None


def _on_topic(summary_sentence: str, source_sentences: list[str]) -> list[str]:
    """The paper's sentences about what `summary_sentence` is about (`_same_topic`)."""
    return [t for t in source_sentences if _same_topic(summary_sentence, t)]


# a summary's claim that the treatment did harm as a rule: "harmed most people", "was unsafe",
# "was poorly tolerated"
_HARMED = re.compile(
    r"\bharmed\s+(?:most|many|nearly\s+all|almost\s+all|all|the\s+majority)\b"
    r"|\b(?:was|were|is|are)\s+(?:\w+ly\s+)?harmful\b",
    re.I,
)


def _says_unsafe(sentence: str) -> bool:
    """Whether a summary sentence says the treatment harmed people as a rule, or was unsafe or
    hard to bear (not negated: "was not harmful")."""
    found = caseless.search(_HARMED, sentence) or caseless.search(_UNSAFE, sentence)
    return found is not None and not negated_in_clause(sentence, found.start())
