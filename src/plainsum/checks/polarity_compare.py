"""Comparisons in a claim: which group a direction is said of (the comparison arm as subject
turns it round: "those on the dummy pill did better"), what its subject is set against ("...
compared with native tissue repair"), and comparatives that govern the direction after them
("more likely to say their erections improved", "greater symptom relief"). `polarity` reads
them; `contradiction` turns round a claim that sets the same two things the other way."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words
from .negation import CLAUSE
from .polarity_words import TURNED, weighed

# "higher in the placebo group": a direction said of the comparison arm is the treatment's
# turned round.
IN_CONTROL_ARM = re.compile(
    r"\s+(?:(?:common|frequent|likely|often|severe)\s+)?(?:in|among|with|for)\s+"
    r"(?:the\s+)?(?:placebo|control|comparator|dummy|"
    r"untreated|sham|usual[- ]care)\b",
    re.I,
)
# "People who had usual care reported less pain than those who meditated": the comparison arm
# is the subject and the treatment follows "than", so the direction is the treatment's turned
# round (not "compared with placebo, ...", where the arm is what the treatment is set against).
_CONTROL_ARM = re.compile(
    r"(?<!compared with )(?<!compared to )(?<!versus )(?<!than )(?<!against )(?<!vs )"
    r"\b(?:(?:the\s+)?(?:placebo|control|comparison|sham|dummy|waiting[- ]list|wait[- ]list)"
    r"(?:\s+(?:group|arm|pill|treatment|capsules?|tablets?))?|usual[- ]care|no treatment)\b",
    re.I,
)
_THAN_AFTER = re.compile(r"[^,;:.]*?\bthan\b", re.I)


# A comparative says how one group stood against another even with no "than": "men on the
# dummy pill were more likely to say ..." (against those on the drug).
_COMPARATIVE = re.compile(r"more|less|fewer|higher|lower|greater|smaller|better|worse", re.I)
# "randomised to the drug or a placebo, and those on the drug ...": the arm is one of a pair
# named, not the subject.
_ARM_IN_PAIR = re.compile(r"\b(?:or|and|to)\s+(?:an?\s+|the\s+)?(?:placebo|dummy|sham)\b", re.I)


# "Men on the dummy pill were ...", "The placebo group had ...": the arm opens its clause as
# who the clause is about.
_ARM_SUBJECT = re.compile(
    r"^\s*(?:(?:the|those|people|participants|patients|men|women|children|adults)\s+)?"
    r"(?:(?:on|in|taking|given|receiving|using|who\s+(?:had|got|took|received|used))\s+)?"
    r"(?:the\s+|a\s+)?(?:placebo|dummy|sham|control|usual[- ]care|no treatment|"
    r"waiting[- ]list|wait[- ]list)\b(?![^,;:]*\b(?:compared|versus|vs)\b)",
    re.I,
)


# "The analysis favoured the control group with a shorter stay", "in favour of placebo, with
# lower scores": what follows is the comparison arm's result
_FAVOURED_ARM = re.compile(
    r"\b(?:favou?r(?:ed|s|ing)?|in\s+favou?r\s+of)\s+(?:the\s+)?(?:placebo|control|comparator|sham|"
    r"dummy|usual[- ]care|no[- ]treatment)\b",
    re.I,
)


def control_arm_first(sentence: str, m: re.Match[str]) -> bool:
    """Whether the direction word `m` is said of the comparison arm, named as the subject of
    its clause, against a group named after "than", or, for a comparative, against the
    treatment unnamed."""
    clause = CLAUSE.split(sentence[: m.start()])[-1]
    if _FAVOURED_ARM.search(clause):
        return True  # "favoured the control group with a shorter stay"
    if not _CONTROL_ARM.search(clause) or _ARM_IN_PAIR.search(clause):
        return False
    if _THAN_AFTER.match(sentence, m.end()):
        return True
    return bool(_COMPARATIVE.fullmatch(m.group(0))) and bool(_ARM_SUBJECT.match(clause))


_AGAINST = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\s+(?:that\s+of\s+)?"
    r"(?P<what>[^,;:.()]{3,80})",
    re.I,
)
_AGAINST_WORDS = 4


_AS_WHAT = re.compile(r"\s*(?P<what>[^,;:.()]{3,80})")


def against(sentence: str, end: int, *, alike: bool = False) -> dict[str, float]:
    """The stems of what the subject of a direction word ending at `end` is set against, named
    after it in its sentence ("... compared with native tissue repair"), or right after it when
    the word ends in "as" (`alike`: "as effective as zolpidem")."""
    found = _AS_WHAT.match(sentence, end) if alike else None
    found = found or _AGAINST.search(sentence, end, min(len(sentence), end + 200))
    if not found or ";" in sentence[end : found.start()]:
        return {}
    return weighed(content_words(found.group("what"))[:_AGAINST_WORDS])


# "more likely to", "less often": a comparative of how likely, which says nothing of its own
# when a direction follows it in its clause ("less likely to improve": worse).
_HOW_LIKELY = re.compile(r"\s+(?:likely|often|frequently|commonly)\b(?:\s+(?:to|than))?", re.I)
_GOVERN_REACH = 60
# "greater relief", "a smaller improvement in pain", "more benefit": the size of a change
AMOUNT_OF_CHANGE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}", re.I)
_CHANGE_NOUN = re.compile(
    r"relief|improvements?|benefits?|reductions?|increases?|decreases?|declines?|gains?|"
    r"drops?|rises?|loss|worsening|deterioration|protection",
    re.I,
)
_BE_BEFORE = re.compile(r"\b(?:be|get|feel|become|do|did|does|done|fare|fared)\s+$", re.I)


def governs(sentence: str, matches: list[re.Match[str]], n: int) -> int | None:
    """The index of the direction that the likelihood comparative `matches[n]` governs ("more
    likely to say their erections had improved": "improved"), if any."""
    m = matches[n]
    if m.lastgroup not in ("up", "down", "null") or n + 1 >= len(matches):
        return None
    nxt = matches[n + 1]
    between = sentence[m.end() : nxt.start()]
    if AMOUNT_OF_CHANGE.fullmatch(between) and _CHANGE_NOUN.fullmatch(nxt.group(0)):
        return n + 1  # "greater symptom relief", "a smaller improvement": the change's size
    if not re.search(r"(?:more|less|no more|no less)$", m.group(0), re.I):
        return None
    if not _HOW_LIKELY.match(sentence, m.end()):
        return None
    if len(between) > _GOVERN_REACH or CLAUSE.search(between) or " than " in between:
        return None
    if _COMPARATIVE.fullmatch(nxt.group(0)) and not _BE_BEFORE.search(between):
        return None  # "less likely to have diabetes or higher blood sugar": a thing had
    return n + 1


def governed(polarity: str, denied: str, how_likely: str) -> tuple[str, str]:
    """A direction under a likelihood comparative: as it is under "more likely", turned round
    under "less likely", and none under "no more likely"."""
    if how_likely == "null" and polarity != "null":
        return "null", polarity
    if how_likely == "down":
        return TURNED.get(polarity, polarity), denied
    return polarity, denied


# "a significant effect on fatigue in favour of exercise therapy": an effect said to favour a
# group is a gain for it, a loss when the group it favours is the comparison arm
_IN_FAVOUR = re.compile(
    r"[^.;:()]{0,80}?\bin\s+favou?r\s+of\s+(?:the\s+)?(?P<arm>\w+(?:[- ]\w+)?)", re.I
)
_ARM_WORD = re.compile(
    r"(?:placebo|control|comparator|sham|dummy|usual[- ]care|no[- ]\w+|non[- ]\w+|waiting|wait)\b",
    re.I,
)


def favoured(sentence: str, end: int, following: list[re.Match[str]]) -> str | None:
    """ "better" or "worse" for an effect whose clause says whom it favoured, from `end` (the
    effect's end) on, before the next direction word in `following`."""
    found = _IN_FAVOUR.match(sentence, end)
    if not found or CLAUSE.search(sentence, end, found.start("arm")):
        return None
    if following and following[0].start() < found.start("arm"):
        return None
    return "worse" if _ARM_WORD.match(found.group("arm")) else "better"


def set_against(sentence: str) -> set[str]:
    """The stems of everything `sentence` sets a thing against ("compared to a discussion
    group control", "than placebo"), wherever it stands."""
    return {
        k
        for found in caseless.finditer(_AGAINST, sentence)
        for k in weighed(content_words(found.group("what"))[:_AGAINST_WORDS])
    }
