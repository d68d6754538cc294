"""A result that a treatment raised the risk of something is its harm: where a result before it
says what the treatment did for what it was given for, that result heads and the harm does not,
even when the harm's sentence is shorter. Where no such result comes first the raised risk may
be the study's question, and it heads as before. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import raises_a_risk
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

BENEFIT = (
    "Cooling vests were linked with fewer relapses, less tiredness and fewer falls in hot "
    "weather among adults with MS who worked outdoors in summer."
)
HARM = "Use of cooling vests was linked with increased risk of chest colds."


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (HARM, True),
        ("The higher dose increased the risk of bleeding.", True),
        ("People given the drug had a greater risk of falls than those given a dummy pill.", True),
        ("Cooling vests were linked with lower risk of relapse.", False),
        ("The higher dose led to a higher rate of remission.", False),
    ],
)
def test_a_raised_risk_is_a_harm(text: str, raised: bool) -> None:
    assert raises_a_risk(text) is raised


def test_the_harm_does_not_head_over_the_benefit_before_it() -> None:
    results = [measured(BENEFIT, (3,), 0), measured(HARM, (4,), 1)]
    head = choose_headline([], results, StudyDesign.REVIEW)
    assert head.origin == BENEFIT


def test_a_raised_risk_alone_still_heads() -> None:
    # (no result before it says what the treatment did: the risk is what was studied)
    other = "Chest colds were counted in five trials."
    results = [measured(HARM, (3,), 0), measured(other, (4,), 1)]
    head = choose_headline([], results, StudyDesign.REVIEW)
    assert head.origin == HARM
