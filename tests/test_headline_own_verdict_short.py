"""The authors' own verdict on the whole question ("There is not enough evidence to check the
effect and safety of X when given to Y for Z"), too long for a headline, is said short as "A
review of N found no clear evidence about X" with what the aim says was looked at, when no
topic is parsed; never a verdict bounded by "but" or "although", which would say of the
whole topic what the authors said of a part, nor an aim that names no topic ("the need for
well-designed studies"). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

LOOKED_AT = "cooling vests worn during the day for heat-related tiredness in adults with MS"


def _head(verdict: str) -> str:
    results = [
        measured("The one trial reported tiredness scores after four weeks.", (3,), 1),
    ]
    conclusions = [measured(verdict, (6,), 4)]
    aims = [measured(f"The review authors looked at {LOOKED_AT}.", (1,), 0)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="one trial", studies_source=2,
        aims=aims,
    )  # fmt: skip
    return head.text


@pytest.mark.parametrize(
    "verdict",
    [
        "There is now not enough evidence to check the effect and safety of cooling vests when "
        "worn by adults with relapsing MS for heat-related tiredness in the summer months.",
        "There is insufficient evidence from randomised trials to judge the use of cooling "
        "vests by adults with relapsing MS for heat-related tiredness in the summer months.",
    ],
)
def test_a_long_verdict_on_the_question_is_said_short(verdict: str) -> None:
    assert _head(verdict) == f"A review of one trial found no clear evidence about {LOOKED_AT}"


@pytest.mark.parametrize(
    "verdict",
    [
        "There is not enough evidence to check the effect of cooling vests on walking in adults "
        "with MS, but they eased heat-related tiredness in the one trial that measured it.",
        "There is not enough evidence to check the effect of cooling vests on balance in "
        "adults with MS, although they eased heat-related tiredness in the one trial.",
    ],
)
def test_a_bounded_verdict_is_never_said_of_the_whole_topic(verdict: str) -> None:
    assert "no clear evidence about" not in _head(verdict)


def test_an_aim_that_names_no_topic_is_never_the_topic() -> None:
    verdict = (
        "There is now not enough evidence to check the effect and safety of cooling vests when "
        "worn by adults with relapsing MS for heat-related tiredness in the summer months."
    )
    conclusions = [measured(verdict, (6,), 4)]
    aims = [
        measured("This review highlights the need for well-designed studies of cooling.", (1,), 0)
    ]
    head = choose_headline(
        conclusions, [], StudyDesign.REVIEW, studies="one trial", studies_source=2, aims=aims
    )
    assert "the need for" not in head.text
