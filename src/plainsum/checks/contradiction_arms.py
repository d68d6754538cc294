"""Arms: a result set beside the wrong arm of a comparison. Two shapes a paper gives a harm in
that the direction words of `polarity` do not read:

- none in either arm: "No severe reactions occurred with either protocol", "no adverse effects
  in either group". A summary that says the harm was rarer or commoner with one of them ("Severe
  reactions were fewer with the slow build-up") says a difference the paper rules out; the
  contradiction check reads such a sentence as "no difference" in what it names
  (`none_in_either`).
- only in one arm: "There were adverse events in the drug group only", "occurred only in the
  anticoagulation group". A summary that puts the harm only in the other arm the paper compares
  ("Side effects were reported only in the women who had acupuncture", where the paper compared
  acupuncture with the drug) moves it (`harm_in_other_arm`). Which arm a phrase names is read
  from the paper's own "A versus B" / "compared A with B"; a phrase naming neither arm, or both,
  is not judged (a plain name the paper never uses: "blood thinners").
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words, stem
from .negation import conditional
from .polarity_claim import Claim
from .polarity_words import weighed

# "in either group", "for either protocol", "in both arms", "in any of the groups"
_EITHER = re.compile(
    r"\b(?:in|for|with|among|across|between)\s+(?:either|both|any)\s+(?:of\s+the\s+)?"
    r"(?:(?:two|three|treatment|study|trial)\s+)?"
    r"(?:groups?|arms?|protocols?|regimens?|treatments?|interventions?|schedules?)\b",
    re.I,
)
# the denial of what comes before it in its clause: "no severe reactions occurred", "none of
# the children had", "there were no events"
_NONE = re.compile(r"\b(?:no|none|nobody|no\s+one|neither)\b", re.I)
_CLAUSE = re.compile(r"[,;:()]|\b(?:but|whereas|while|although|though|however|and)\b", re.I)
# words of such a sentence that name no harm: its verb, who was counted, where
_NOT_THE_HARM = frozenset(
    stem(w)
    for w in """occurred occur occurring reported reporting report recorded seen observed noted
    found experienced had developed suffered were was there patients patient participants
    participant people children adults women men studies study trials trial included events
    event""".split()
)


def none_in_either(sentence: str) -> list[Claim]:
    """ "No difference" claims for what a sentence says happened in neither arm ("No severe
    reactions occurred for either protocol": about severe reactions); none when it says no such
    thing, or asks or hopes it."""
    out: list[Claim] = []
    for either in caseless.finditer(_EITHER, sentence):
        clause_start = 0
        for cut in _CLAUSE.finditer(sentence, 0, either.start()):
            clause_start = cut.end()
        clause = sentence[clause_start : either.start()]
        denial = _NONE.search(clause)
        if not denial or conditional(clause):
            continue
        named = [w for w in content_words(clause[denial.end() :]) if stem(w) not in _NOT_THE_HARM]
        about = weighed(named)
        if about:
            at = clause_start + denial.start()
            out.append(Claim("null", about, words=tuple(named), said=denial.group(0), said_at=at))
    return out


# a harm, as polarity_presence names its kinds, or bleeding: a kind of its own ("bleeding in
# the brain" is the paper's "intracranial haemorrhages", not its "rash")
_HARM = re.compile(
    r"\b(?:(?P<any>(?:adverse|side|unwanted|undesirable)[- ](?:events?|effects?|reactions?)|"
    r"harms?|toxicit(?:y|ies)|complications?)|(?P<bleeding>bleed(?:s|ing)?|haemorrhages?|"
    r"hemorrhages?))\b",
    re.I,
)
# "only in the drug group", "only with midodrine", "only among those who ...", and "in the
# drug group only": the arm a harm is said of alone
_ONLY_BEFORE = re.compile(
    r"\bonly\s+(?:(?:reported|seen|found|observed|occurred)\s+)?(?:in|with|among|for|on|from)\s+"
    r"(?P<arm>[^,;:.()]{3,80})",
    re.I,
)
_ONLY_AFTER = re.compile(
    r"\b(?:in|with|among|on)\s+(?P<arm>(?:the\s+)?[^,;:.()]{2,60}?)\s+only\b", re.I
)
# words any arm is called by: what is left names it
_ARM_WORDS = frozenset(
    stem(w)
    for w in """group groups arm arms people patients participants women men children adults
    those who took had received given taking receiving treated treatment therapy one ones
    participants from""".split()
)
# "compared acupuncture with midodrine", "acupuncture versus midodrine, a drug for ...": the
# two arms a paper sets side by side (the second with any description after a comma)
_COMPARED = re.compile(
    r"\bcompar(?:ed|ing|es)\s+(?P<a>[^,;:.()]{3,60}?)\s+(?:with|to|versus|vs\.?|against)\s+"
    r"(?P<b>[^;:.()]{3,80})",
    re.I,
)
_VERSUS = re.compile(
    r"(?P<a>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:versus|vs\.?)\s+(?P<b>[^;:.()]{3,80})", re.I
)
_ARM_REACH = 6  # content words an arm's name may hold


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)[:_ARM_REACH]} - _ARM_WORDS


def _harm_only_in(sentence: str) -> tuple[str, set[str]]:
    """The kind of harm a sentence says happened in one arm only ("any" for side effects of
    every kind) and the stems naming that arm; ("", set()) when it says no such thing."""
    harm = caseless.search(_HARM, sentence)
    if not harm or conditional(sentence):
        return "", set()
    found = caseless.search(_ONLY_BEFORE, sentence) or caseless.search(_ONLY_AFTER, sentence)
    return (harm.lastgroup or "", _stems(found.group("arm"))) if found else ("", set())


def arms_compared(paper: list[str]) -> list[tuple[set[str], set[str]]]:
    """The pairs of arms the paper's sentences set side by side, each as the stems naming it."""
    pairs = []
    for text in paper:
        for pattern in (_COMPARED, _VERSUS):
            for m in caseless.finditer(pattern, text):
                a, b = _stems(m.group("a")), _stems(m.group("b"))
                if a and b and not a & b:
                    pairs.append((a, b))
    return pairs


def _side(arm: set[str], pair: tuple[set[str], set[str]]) -> int | None:
    """0 or 1 when `arm` names only the first or only the second of `pair`, else None."""
    first, second = bool(arm & pair[0]), bool(arm & pair[1])
    if first == second:
        return None
    return 0 if first else 1


def harm_in_other_arm(
    summary_sentence: str, source_sentences: list[str], paper: list[str]
) -> str | None:
    """The source sentence (of `source_sentences`: the paper's findings) that says a harm
    happened only in one arm, when the summary sentence says the same kind of harm happened
    only in the other arm the paper compares it with (`paper`: the paper's sentences, read for
    its comparisons)."""
    kind, mine = _harm_only_in(summary_sentence)
    if not mine:
        return None
    pairs = None
    for text in source_sentences:
        their_kind, theirs = _harm_only_in(text)
        if not theirs or mine & theirs or "any" not in (kind, their_kind) and kind != their_kind:
            continue
        pairs = arms_compared(paper) if pairs is None else pairs
        for pair in pairs:
            here, there = _side(mine, pair), _side(theirs, pair)
            if here is not None and there is not None and here != there:
                return text
    return None
