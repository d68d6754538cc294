"""Presence: whether harms happened at all. A paper that says "There were no adverse events"
or "no serious complications occurred" is turned round by a summary that says "Side effects
were common" or "Several people had side effects from the therapy", though neither sentence
states a direction (more, fewer) for the contradiction check to compare.

A harm is named by its kind (side effects are the paper's adverse events or effects, and
harms; complications; deaths), and a sentence says it was absent ("no adverse events were
reported", "none of the patients had side effects", "without any complications") or present
("had side effects", "side effects were common", "two people died"). A summary that says a
kind was present contradicts a paper that only ever says it was absent; a paper that names
it anywhere as present ("the most common adverse events were headache and nausea", "adverse
events were mild") backs it."""

from __future__ import annotations

import re

from .. import caseless
from .negation import conditional

# kind of harm -> how it is written
_KINDS = {
    "adverse": r"(?:adverse|side|unwanted|undesirable)[- ](?:events?|effects?|reactions?)|harms?"
    r"|toxicit(?:y|ies)",
    "complication": r"complications?",
    "death": r"deaths?|died|fatalit(?:y|ies)",
}
_HARM = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()), re.I)
# the words for a harm that is no death: side effects, toxicity, complications
HARM_WORDS = f"{_KINDS['adverse']}|{_KINDS['complication']}"

# "no adverse events", "no serious side effects", "none of the patients had complications",
# "without (any) complications", "not associated with any adverse events", "nobody died"
_ABSENT_BEFORE = re.compile(
    r"(?:\b(?:no|without(?:\s+any)?|free\s+of|absence\s+of|nor?|zero|any)"
    r"|\b(?:none|nobody|no\s+one|no\s+patients?|no\s+participants?)\b[^.;:]{0,40}?"
    r"\b(?:had|has|have|experienced|reported|developed|suffered|showed)(?:\s+any)?)"
    r"\s+(?:(?:\w+(?:-\w+)?\s+){0,2}?)$",
    re.I,
)
_ANY_NEGATED = re.compile(
    r"\b(?:not|never|n't)\b[^.;:]{0,40}\bany\s+(?:(?:\w+(?:-\w+)?\s+){0,2}?)$", re.I
)
# "nobody died", "no one died", "no patients died"
_NO_ONE_DIED = re.compile(
    r"\b(?:nobody|no\s+one|none|no\s+(?:patients?|participants?|people|animals?|mice))\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# "Several people had side effects", "side effects were common", "it caused side effects",
# "harmed": a harm said to have happened (a count said of it is the number check's)
_PRESENT_VERB = re.compile(
    r"\b(?:had|has|have|having|experienced|experience|reported|report|suffered|developed|"
    r"caused|causes|cause|brought|led\s+to|leads\s+to|produced|gave)\s+"
    r"(?:(?:some|several|many|more|frequent|common|serious|mild|a\s+few|a\s+lot\s+of|"
    r"troublesome|unpleasant)\s+)*$",
    re.I,
)
_PRESENT_AFTER = re.compile(
    r"\s+(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:common|frequent|seen|reported|noted|observed|"
    r"more\s+(?:common|frequent|likely)|widespread|usual|occurred)\b",
    re.I,
)
_HARMED = re.compile(r"\b(?:harmed|harms\s+(?:most|many|some))\b", re.I)


def _absent(sentence: str, found: re.Match[str]) -> bool:
    before = sentence[max(0, found.start() - 80) : found.start()]
    if found.lastgroup == "death" and found.group(0).lower() == "died":
        return bool(_NO_ONE_DIED.search(before))
    return bool(_ABSENT_BEFORE.search(before) or _ANY_NEGATED.search(before))


def harms(sentence: str) -> tuple[set[str], set[str]]:
    """(kinds of harm said to be absent, kinds said to be present) in `sentence`; a harm in a
    question, aim or hedge ("to assess adverse events", "may cause") is neither."""
    absent: set[str] = set()
    present: set[str] = set()
    if conditional(sentence):
        return absent, present
    for found in caseless.finditer(_HARM, sentence):
        kind = found.lastgroup or ""
        if _absent(sentence, found):
            absent.add(kind)
        else:
            present.add(kind)
    return absent, present


# a harm in a clause that denies or compares ("no difference in the proportion who died")
_DENIED_CLAUSE = re.compile(
    r"\b(?:no|not|never|n't|neither|nor|without|none|similar|same|difference|differ)\b", re.I
)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:but|whereas|while|although|though)\b", re.I)


def _said_present(sentence: str) -> set[str]:
    """The kinds of harm a summary sentence says happened: not only named, but had, caused,
    common or seen ("Side effects were common", "Several people had side effects"); not a
    kind it also says was absent, nor one named in a clause that denies or compares."""
    out: set[str] = set()
    if conditional(sentence):
        return out
    absent = harms(sentence)[0]
    for found in caseless.finditer(_HARM, sentence):
        clause = _CLAUSE_START.split(sentence[: found.start()])[-1]
        if found.lastgroup in absent or _DENIED_CLAUSE.search(clause):
            continue
        before = sentence[max(0, found.start() - 60) : found.start()]
        if found.group(0).lower() == "died" or _PRESENT_VERB.search(before):
            out.add(found.lastgroup or "")
        elif _PRESENT_AFTER.match(sentence, found.end()):
            out.add(found.lastgroup or "")
    if _HARMED.search(sentence) and not re.search(r"\b(?:not|no|never|n't)\b", sentence, re.I):
        out.add("adverse")
    return out


def presence_contradiction(summary_sentence: str, source_sentences: list[str]) -> str | None:
    """The source sentence saying there were none of a harm the summary sentence says
    happened, when no source sentence names that harm as present."""
    said = _said_present(summary_sentence)
    if not said:
        return None
    absent_in: dict[str, str] = {}
    present: set[str] = set()
    for text in source_sentences:
        gone, there = harms(text)
        present |= there
        for kind in gone:
            absent_in.setdefault(kind, text)
    for kind in sorted(said):
        if kind in absent_in and kind not in present:
            return absent_in[kind]
    return None
