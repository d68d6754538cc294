"""A case report's case: what happened to the patient, under an inline heading the abstract's
sections do not know ("Case presentation: We describe a 44-year-old man ...").

The parser leaves "case presentation" out of the headings it knows (a case is no result of a
trial), so the case is read as part of the background, which is never drafted; the body of a
case report then says only that it is one. From such a heading to the next known section, the
sentences are the case itself: what the report found, drafted as its results.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lines import Line
from .sentences import Role
from .source import SourceSentence

if TYPE_CHECKING:  # (simplify reaches the checks, which read this module: no cycle at run time)
    from .simplify import PlainSentence

_CASE_HEADING = re.compile(
    r"^(?:Case|Patient|Clinical) (?:presentation|description|report|summary|details|history|"
    r"findings|course)s?\s*:\s*",
    re.I,
)


# An abstract without headings that opens on its case: "We report a 34-year-old woman with MS who
# developed ...", "Here we describe the case of a 52-year-old man ...". Read as background by its
# place, it is the case itself.
# A case series opens on its count: "We describe 9 children, aged 6 to 15 years, treated at ...".
_CASE_OPENING = re.compile(
    r"^(?:Here,? )?(?:we|the (?:authors|researchers)|this (?:report|paper|article)) "
    r"(?:report|describe|present)s? "
    r"(?:the case of |a case of )?(?:(?:a|an|two|three) (?:\d+|[a-z]+(?:-[a-z]+)?)[- ]"
    r"(?:year|month)s?[- ]old\b"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}"
    r"(?:patients|children|adults|people|women|men|cases|infants|adolescents)\b)"
    # ... or on the patient, with no reporter: "A 58-year-old man presented with two weeks of
    # painful knees ...", "A 7-year-old girl was admitted with ..."
    r"|^(?:An?|The) (?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)[- ]old (?:[\w-]+ ){0,3}?"
    r"(?:man|woman|boy|girl|patient|child|infant|baby|adolescent|male|female|mother|father)\b"
    r"[^.]{0,100}?\b(?:presented|was (?:admitted|referred|brought|seen|diagnosed)|came|attended"
    r"|developed"
    r"|reported)\b"
    # ... or on what was found in the patient: "Adult-onset X was identified in a 40-year-old
    # woman who presented with ..."
    r"|^[^.]{0,80}?\b(?:identified|diagnosed|found|seen|described|reported) in an? "
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)[- ]old (?:[\w-]+ ){0,3}?"
    r"(?:man|woman|boy|girl|patient|child|infant|baby|adolescent|male|female)\b"
    # ... or on a patient the authors met, aged in words: "We encountered an elderly male
    # patient who after heart surgery had ..."
    r"|^(?:Here,? )?(?:we|the (?:authors|researchers)) (?:encountered|saw|treated|report|"
    r"describe|present)(?:ed|s)? (?:the case of )?(?:a|an) (?:elderly|older|young|middle-aged) "
    r"(?:[\w-]+ ){0,2}?(?:man|woman|boy|girl|patient|child|infant|adolescent|male|female)\b"
    # ... or on the case itself: "This case is about a young woman who presented with ..."
    r"|^(?:This|The) case (?:is about|describes|concerns|involves|reports on) (?:a|an|one) "
    r"[^.]{0,60}?\b(?:man|woman|boy|girl|patient|child|infant|baby|adolescent|male|female)\b",
    re.I,
)


def opens_on_case(text: str) -> bool:
    """Whether `text` opens on a case report's case ("We report a 34-year-old woman ...")."""
    return bool(_CASE_OPENING.match(text))


def case_sentences(sentences: list[SourceSentence]) -> frozenset[int]:
    """The indexes of the sentences from a case heading (`_CASE_HEADING`) inside the
    background to the end of that background, and of a background sentence that opens on the
    case (`_CASE_OPENING`) with what follows it up to the conclusions: the case a case report
    describes."""
    out: set[int] = set()
    inside = False
    told = False  # after an opening on the case, what follows is the case, to its conclusion
    for s in sentences:
        if s.role in _CONCLUDING:
            told = False
        elif told and s.role in _BEFORE_RESULTS:
            out.add(s.index)  # "She presented with ...", "X was stopped": read as methods
            continue
        if s.role in _BEFORE_RESULTS and opens_on_case(s.text):
            out.add(s.index)  # (a case series' count is read as its methods)
            told = True
        # (a case heading inside an "Objectives:" section too: the case is no aim)
        if s.role not in (Role.BACKGROUND, Role.AIM):
            inside = False
            continue
        if _CASE_HEADING.match(s.text):
            inside = True
        if inside:
            out.add(s.index)
    return frozenset(out)


_CONCLUDING = frozenset({Role.CONCLUSION, Role.LIMITATION})
# The sections before a case's results, which the parser may give its sentences.
_BEFORE_RESULTS = frozenset({Role.BACKGROUND, Role.AIM, Role.METHODS})


# Who a case report's later sentences point back at: "she developed", "his scan", "the patient".
_POINTS_AT_PATIENT = re.compile(
    r"\b(?:she|he|her|his|him|the (?:patient|child|infant|boy|girl))\b", re.I
)


def with_case_opening(
    did: list[Line],
    shown: list[Line],
    results: list[PlainSentence],
    used: set[str],
    told: bool = False,
) -> tuple[list[Line], list[Line]]:
    """`did` and its result lines `shown` with the case report's opening on its patient ("A
    34-year-old woman with MS presented with ...") kept over the grade and placed before the
    first result shown, when a result shown points back at the patient ("she developed ...":
    without it, "she" is no one) or tells the case (`told`: what happened to whom). Unchanged
    otherwise."""
    opening = next((p for p in results if opens_on_case(p.text) and not p.part), None)
    if opening is None or not shown:
        return did, shown
    if not told and not any(_POINTS_AT_PATIENT.search(x.text) for x in shown):
        return did, shown
    kept = Line(opening.text, opening.sources, main=True, keep=True)
    # (among the results shown: the design's frame is linked to the same sentence)
    at = next((i for i, x in enumerate(did) if x in shown and x.sources == opening.sources), None)
    if at is not None:  # shown already: kept over the grade, where it is
        return [*did[:at], kept, *did[at + 1 :]], [kept if x is did[at] else x for x in shown]
    if opening.text in used:
        return did, shown
    used.add(opening.text)
    at = next((i for i, x in enumerate(did) if x in shown), len(did))
    return [*did[:at], kept, *did[at:]], [kept, *shown]
