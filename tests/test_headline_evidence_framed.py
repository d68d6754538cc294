"""In a review's abstract without headings, the authors' finding said through the evidence it
rests on ("Results from the few trials suggest that X may help") reads as a limitation; it is
one of their conclusions, and heads over a side result (issue 9: CD005332 headed "A low relapse
rate was shown in one trial of ..." under such a sentence). Sentences written for these tests,
in the style of review conclusions."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.evidence_framed import framed_finding, with_framed
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "The limited evidence suggests that cooling vests reduce fatigue in heat-sensitive adults.",
        "Results from the small number of trials suggest that exercise may improve walking "
        "speed in people with MS.",
        "Based on weak evidence, splinting may reduce wrist pain after a fracture.",
        "There is some evidence that yoga improves balance in older women.",
    ],
)
def test_a_finding_said_through_its_evidence(text: str) -> None:
    assert framed_finding(text)


@pytest.mark.parametrize(
    "text",
    [
        "The evidence suggests that more trials are needed.",  # a call, no finding
        "The limited evidence suggests that this may help.",  # leans on what came before
        "The trials were small and at high risk of bias.",  # a limit, no frame
        "Results from the two trials suggest that the trials were too small.",  # a limit
        "The evidence is weak.",  # no finding after a frame
    ],
)
def test_no_finding_after_the_frame(text: str) -> None:
    assert not framed_finding(text)


def _sentence(text: str, source: int, order: int):
    return measured(text, (source,), order)


def test_the_framed_finding_joins_conclusions_that_state_none() -> None:
    call = _sentence("Larger trials with longer follow-up are needed.", 9, 5)
    framed = _sentence(
        "Results from the few trials suggest that cooling vests may improve walking.", 7, 3
    )
    limit = _sentence("The trials were small and at high risk of bias.", 8, 4)
    assert with_framed([call], [framed, limit]) == [framed, call]
    assert with_framed([], [limit]) == []
    # a conclusion that states a finding is the authors' main one, as they placed it
    found = _sentence("Cooling vests reduced fatigue in heat-sensitive adults.", 10, 6)
    assert with_framed([found, call], [framed]) == [found, call]


def test_it_heads_an_unheaded_review_over_a_side_result() -> None:
    side = _sentence("A low relapse rate was seen in one trial of the cooling vest.", 5, 1)
    framed = _sentence(
        "Results from the small number of trials suggest that cooling vests and fans may "
        "reduce fatigue in heat-sensitive adults with MS.",
        7,
        3,
    )
    call = _sentence("More trials in other groups are needed.", 8, 4)
    head = choose_headline([call], [side], StudyDesign.REVIEW, headed=False, doubts=[framed])
    assert "cooling vests and fans may reduce fatigue" in head.text
    assert 7 in head.sources
    # under headings the authors placed their conclusions themselves: a limitation stays one
    placed = choose_headline([call], [side], StudyDesign.REVIEW, headed=True, doubts=[framed])
    assert "cooling vests and fans" not in placed.text
