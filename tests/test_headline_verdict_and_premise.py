"""A review whose authors say there is not enough evidence is headed by that verdict, not by
the premise of the question or a wish for research (a review of epidural treatment was headed
"The rationale for the use of epidural is well-founded", then, with that refused, "Interactions
with other treatments could represent other avenues of research"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural, method_or_call
from plainsum.plain.headline.rank import judges_the_evidence


@pytest.mark.parametrize(
    "text",
    [
        "Now, there is not enough evidence from trials to judge the effect, safety or cost of "
        "cooling vests for people with MS.",
        "At present, there is insufficient evidence on the use of cooling vests in MS.",
    ],
)
def test_a_verdict_after_an_opening_time_word_judges_the_evidence(text: str) -> None:
    assert judges_the_evidence(text)


def test_a_verdict_on_one_outcome_still_does_not() -> None:
    assert not judges_the_evidence(
        "There is not enough evidence to find a difference in the number of falls."
    )


def test_the_rationale_for_a_treatment_is_a_premise_not_a_finding() -> None:
    assert is_procedural("The rationale for the use of cooling vests is well-founded")
    assert not is_procedural("Cooling vests reduced fatigue in people with MS")


def test_other_avenues_of_research_is_a_call() -> None:
    assert method_or_call("Sleep and mood could represent other avenues of research")
