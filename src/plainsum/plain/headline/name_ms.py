"""Naming MS in the headline of a study of people with MS that does not name it."""

from __future__ import annotations

import re
from dataclasses import replace

from ...schemas import StudyDesign
from .record import Headline
from .weighed import head_words

_NAMES_MS = re.compile(r"\bMS\b|multiple sclerosis|\bCIS\b|demyelinat", re.I)
_NAMES_PEOPLE = re.compile(r"\b(?:people|patients|persons|participants)\b", re.I)
_ENDS_IN_PLACE = re.compile(
    r"\b(?:in|among|for) (?:\w+ ){0,2}(?:people|patients|persons|adults|children|women|men|"
    r"mice|rats|animals|cells|fish|flies|worms|monkeys)\b[^,;]*$",
    re.I,
)
_THE_DISEASE = re.compile(r"\b(of|with) the disease\b(?![\w-])(?! (?:course|activity|duration))")
IN_PEOPLE_DESIGNS = (
    StudyDesign.REVIEW,
    StudyDesign.TRIAL,
    StudyDesign.OBSERVATIONAL,
    StudyDesign.NARRATIVE_REVIEW,
)
MAX_NAMED_WORDS = 20  # a headline this long is not made longer
HEADLINE_WORDS = 16  # a headline's length: a shorter form of it is named when it fits there


def name_ms(head: Headline, design: StudyDesign, ms_source: int | None) -> Headline:
    """A headline of a study of people with MS that never names MS, with "in people with MS"
    (or "in MS" after "people" or "patients") at its end, linked to `ms_source`: the sentence
    of the paper's aim that names MS (the caller passes None when the aim does not, as in a
    review of many conditions of which MS is one). A template, a headline that already says
    whom it is about, or one that is long is left as it is."""
    text = head.text
    if (
        ms_source is None
        or head.from_template
        or design not in IN_PEOPLE_DESIGNS
        or _NAMES_MS.search(text)
    ):
        return head
    sources = tuple(dict.fromkeys((*head.sources, ms_source)))
    the_disease = _THE_DISEASE.search(text)
    if the_disease:  # "progression of the disease": in a study of MS, the disease is MS
        named = f"{text[: the_disease.start()]}{the_disease[1]} MS{text[the_disease.end() :]}"
        return replace(head, text=named, sources=sources, shorter=())
    if _ENDS_IN_PLACE.search(text):
        return head
    # the sentence's own form, else its longest shorter form, that has room for the place
    for form in (text, *head.shorter):
        tail = " in MS" if _NAMES_PEOPLE.search(form) else " in people with MS"
        if _ENDS_IN_PLACE.search(form) or _NAMES_MS.search(form):
            continue
        if head_words(form) + len(tail.split()) <= HEADLINE_WORDS:
            return replace(head, text=form + tail, sources=sources, shorter=())
    if head_words(text) > MAX_NAMED_WORDS - 3:
        return head
    tail = " in MS" if _NAMES_PEOPLE.search(text) else " in people with MS"
    return replace(head, text=text + tail, sources=sources, shorter=())
