"""Issue 9 (firm false): a count of studies found ("We identified four studies on handsearching
..., which, along with the six from the database search, led to 10 studies being included") is
not what the review included; the draft said "The review included four studies." for a review
of ten (the lead's start reading, seed 20262860, a Cochrane review of diet during
radiotherapy). Sentences written for these tests (plain/facts.py)."""

from __future__ import annotations

from plainsum.design import StudyDesign
from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import split_source

_ABSTRACT = (
    "Objectives: To assess diets for bowel symptoms during radiotherapy.\n\n"
    "Main results: We identified three studies from reference lists, which, along with the "
    "five eligible papers from the database search, led to eight studies being included. "
    "Diet change reduced diarrhoea (four studies, 400 participants)."
)


def test_a_count_found_before_a_larger_count_kept_is_not_the_review_s_size():
    facts = [f.text for f in study_facts(split_source(parse(_ABSTRACT)), StudyDesign.REVIEW)]
    assert "The review included three studies." not in facts
