"""Data said to be limited for one result, analysis or study are said to be limited for some of
the results (issue 9): "The authors say the data were limited." was said of a whole review whose
abstract said only "There were limited data on side effects" or "Subgroup analysis was not
possible due to insufficient data". Data said to be limited as a whole stay so; "the data are
limited by bias" says nothing of how much data there was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import LITTLE_DATA_FOR_SOME, stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign

WHOLE = "The authors say the data were limited."


def _said(sentence: str) -> str | None:
    sentences = [
        SourceSentence(0, "We included nine trials with 1,200 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, Role.RESULTS, 0, 0),
    ]
    found = [
        x.text for x in stated_limits(sentences, StudyDesign.REVIEW) if x.name == "little_data"
    ]
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence",
    [
        "There were limited data on side effects such as rash.",
        "Data were limited for falls and for hip fractures.",
        "There were insufficient data to draw any conclusions about costs.",
        "Subgroup analysis by age was not possible due to insufficient data.",
        "Data were too sparse to compare splints with tape.",
        "Limited data from two trials found less pain with heat.",
        "Very limited data suggested that memory might worsen after the treatment.",
        "The second study was a short report with limited data.",
        "On the basis of limited data, the cream caused fewer rashes than the tablet.",
        "The drug appears safe in pregnancy, although available data are limited.",
    ],
)
def test_data_limited_for_a_part_are_said_of_some_results(sentence: str) -> None:
    assert _said(sentence) == LITTLE_DATA_FOR_SOME


@pytest.mark.parametrize(
    "sentence",
    [
        "There are currently insufficient data to guide clinical practice.",
        "Usable data were limited and the trials used many different scales.",
        "Data were sparse and covered very few outcomes.",
    ],
)
def test_data_limited_as_a_whole_are_said_so(sentence: str) -> None:
    assert _said(sentence) == WHOLE


def test_data_limited_by_bias_are_no_limit_on_how_much_data_there_was() -> None:
    assert _said("However, the data are limited by publication bias.") is None
