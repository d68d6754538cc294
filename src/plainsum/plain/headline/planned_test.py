"""A planned study's headline: what it will test, in the paper's own words.

A protocol has no results. Its closing sentence often says when they will come and what they
will show ("Results are expected in 2028 and will show whether aerobic exercise can improve
thinking speed in progressive MS"): as a headline the date reads as news and "will show" as a
promise. What it says the study will find out heads instead: "A planned study will test whether
aerobic exercise can improve thinking speed in progressive MS" (the lead's hand-written t11).
"""

from __future__ import annotations

import re

from ...schemas import StudyDesign
from ..frames import HEADLINE_KIND
from ..simplify import PlainSentence
from ..wholeness import finite
from .record import Headline
from .weighed import head_words

# "will show / test / determine / establish / tell us / find out whether X", "aims to test
# whether X", "is designed to find out if X", "The aim is to determine whether X"
_WILL_TEST = re.compile(
    r"\b(?:will|would|should|is designed to|are designed to|aims? to|seeks? to|intends? to|"
    r"the (?:primary )?aim is to|the (?:primary )?objective is to|is to)"
    r" (?:help (?:to )?)?(?:show|test|determine|establish|tell us|find out|assess|examine|"
    r"evaluate|investigate|answer|clarify|learn)"
    r" (?P<q>(?:whether|if) [^;:]{8,160}?)\.?$",
    re.I,
)
MAX_WORDS = 22  # the question said whole, or the template does not head
NO_RESULTS_YET = "has no results yet"  # the template's headline for a protocol that says nothing
# "The aim of this trial is to compare X with Y for Z", "The researchers wanted to test X against
# Y in Z", "will compare X with Y": what a planned trial sets against what is what it will test
# (never "A planned study has no results yet" where the aim says it).
_WILL_COMPARE = re.compile(
    r"\b(?:will|would|is designed to|are designed to|aims? to|seeks? to|intends? to|wanted to|"
    r"(?:the|our) (?:primary |main )?(?:aim|objective|purpose)(?: of (?:this|the) (?:trial|study|"
    r"protocol))? (?:is|was) to)"
    r" (?P<verb>compare|test) (?P<what>[^;:]{4,120}?) (?P<against>with|against|versus) "
    r"(?P<rest>[^;:]{3,160}?)\.?$",
    re.I,
)


def planned_test(sentences: list[PlainSentence]) -> Headline | None:
    """ "A planned study will test whether X" from the first of `sentences` (a protocol's
    conclusions, then its aims) that says what the study will find out (`_WILL_TEST`), when the
    question has a verb of its own and the headline fits `MAX_WORDS`; None otherwise."""
    kind = HEADLINE_KIND[StudyDesign.PROTOCOL]
    for s in sentences:
        m = _WILL_TEST.search(s.text.strip())
        if m is None:
            compared = _compared(s.text.strip(), kind)
            if compared is not None:
                return Headline(compared, s.sources, origin=s.text)
            continue
        question = m["q"].rstrip(" .")
        if question.lower().startswith("if "):
            question = "whether " + question[3:]
        text = f"{kind} will test {question}"
        if finite(question[len("whether ") :]) and head_words(text) <= MAX_WORDS:
            return Headline(text, s.sources, origin=s.text)
    return None


def planned_comparison(facts: list[tuple[str, int]]) -> Headline | None:
    """ "A planned study will compare X with Y" from the comparison the protocol's methods give
    ("will be randomly assigned to X or to Y", said as the fact "The study will compare X with
    Y."), when no closing or aim says what the study will test: what it sets against what is
    its question, never "A planned study has no results yet"."""
    kind = HEADLINE_KIND[StudyDesign.PROTOCOL]
    for text, source in facts:
        compared = _compared(text.strip(), kind)
        if compared is not None:
            return Headline(compared, (source,), origin=text)
    return None


def _compared(text: str, kind: str) -> str | None:
    """ "A planned study will compare X with Y for Z" from a sentence that says the study will
    set X against Y (`_WILL_COMPARE`), when X and Y are things, not clauses, and the headline
    fits `MAX_WORDS`; else None."""
    m = _WILL_COMPARE.search(text)
    if m is None or finite(m["what"]) or finite(m["rest"]):
        return None
    said = f"{kind} will {m['verb'].lower()} {m['what']} {m['against'].lower()} {m['rest']}"
    return said.rstrip(" .") if head_words(said) <= MAX_WORDS else None
