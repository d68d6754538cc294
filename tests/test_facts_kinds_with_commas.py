"""A review that lists its studies' kinds with commas ("We included three single-centre, two-arm
RCTs involving 170 participants") still says how many studies and people it took in: the count
was missed and a draft's body had no size at all. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        (
            "We included three single-centre, two-arm RCTs involving 170 participants.",
            "The review included three trials with 170 people.",
        ),
        (
            "We included four open-label, two-armed randomised controlled trials involving a "
            "total of 912 participants.",
            "The review included four trials with 912 people.",
        ),
        (
            "We included five prospective, randomised studies with 230 adults.",
            "The review included five studies with 230 adults.",
        ),
    ],
)
def test_a_count_of_studies_with_kinds_listed_by_commas_is_read(opening: str, said: str) -> None:
    text = (
        f"{opening} Cooling vests eased tiredness in the short term compared with no vest. "
        "The evidence was of low quality."
    )
    facts = [f.text for f in study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)]
    assert said in facts
