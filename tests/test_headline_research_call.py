"""A call for research said in the passive, or with the research named first and the verdict on
it last ("Further evidence from large trials is awaited on X", "A well powered trial ... may be
indicated"), never heads: a result that states a finding does. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.research_call import calls_for_research
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "sentence",
    [
        "Further evidence from well run large trials is awaited on cooling vests for MS fatigue.",
        "More data are still awaited on the long-term safety of high-dose biotin.",
        "A well powered randomised trial in people with MS that compares two doses may be "
        "indicated.",
        "Larger studies of vitamin D in children with MS would be welcome.",
        "A trial of longer duration is warranted.",
    ],
)
def test_a_call_for_research_in_other_words_is_found(sentence: str) -> None:
    assert calls_for_research(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # findings, a finding that names research, and advice about treatment
        "Two trials showed that cooling vests eased fatigue in people with MS.",
        "Evidence from three trials suggests exercise may improve walking in MS.",
        "Treatment with steroids may be indicated for severe relapses.",
        "The results of the trial were awaited with interest by patients.",
        "No evidence of a clear difference was found between the two doses in relapse rates.",
    ],
)
def test_a_finding_or_advice_is_no_call_for_research(sentence: str) -> None:
    assert not calls_for_research(sentence)


def test_a_result_heads_over_a_call_for_research_placed_as_the_conclusion() -> None:
    result = measured(
        "No evidence of a clear difference was found between cooling vests and fans in "
        "fatigue scores.",
        (2,),
    )
    call = measured(
        "Further evidence from well run large trials is awaited on cooling vests.", (9,)
    )
    head = choose_headline([call], [result], StudyDesign.REVIEW)
    assert head.text.startswith("No evidence of a clear difference was found between cooling")
    assert head.sources == (2,)
