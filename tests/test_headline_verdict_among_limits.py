"""A review's verdict on the whole question, said among its limits or results ("There is an
insufficient evidence from trials to assess the use of X"), is what the review found: it heads
over one study's result, said short as "A review of N found no clear evidence about X" with
what the aim says was looked at. A verdict on one outcome ("the effects on recovery of
walking") is no verdict on the question. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import judges_the_evidence
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

LOOKED_AT = "cooling vests for heat-related tiredness in people with MS"
VERDICT = (
    "There is an insufficient evidence from randomised trials to assess the use of cooling "
    "vests for heat-related tiredness in people with MS."
)


@pytest.mark.parametrize(
    "said",
    [
        VERDICT,
        "There is insufficient evidence to judge the effect, safety or cost of cooling vests.",
    ],
)
def test_a_verdict_on_the_question(said: str) -> None:
    assert judges_the_evidence(said)


@pytest.mark.parametrize(
    "said",
    [
        "The evidence was uncertain for the relative effects on recovery of walking in people "
        "given cooling vests and in those given fans.",
        "The evidence was uncertain for tiredness at six months.",
    ],
)
def test_a_verdict_on_one_outcome_is_not_on_the_question(said: str) -> None:
    assert not judges_the_evidence(said)


def test_the_verdict_heads_over_one_studys_result_said_short() -> None:
    results = [
        measured("One trial was done in people with relapsing MS.", (2,), 0),
        measured(
            "This study showed no difference in tiredness scores between the cooling vest "
            "group and the no treatment group.",
            (4,),
            2,
        ),
    ]
    conclusions = [measured("The review authors strongly recommend more research.", (7,), 5)]
    aims = [measured(f"The review authors looked at {LOOKED_AT}.", (6,), -1)]
    doubts = [measured(VERDICT, (6,), 4)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="two trials", studies_source=1,
        headed=False, aims=aims, doubts=doubts,
    )  # fmt: skip
    assert head.text in (
        f"A review of two trials found no clear evidence about {LOOKED_AT}",
        "It is not clear whether cooling vests can help with heat-related tiredness in people "
        "with MS",
    )


@pytest.mark.parametrize(
    "said",
    [
        "No study was found that met the entry rules of the review.",
        "No trial was identified that met the inclusion criteria.",
    ],
)
def test_no_study_found_is_an_empty_review(said: str) -> None:
    conclusions = [
        measured(
            "Results from randomised trials show no evidence of the effect of cooling vests on "
            "heat-related tiredness in people with MS.",
            (9,),
            3,
        )
    ]
    results = [measured(said, (7,), 1)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, topic=LOOKED_AT, topic_source=2,
    )  # fmt: skip
    kind = "studies" if "study" in said else "trials"
    # (studies of other designs may have been found and left out: "no studies of X" alone was
    # false of a review that found 18 non-randomised ones, reader59_w5, CD005558)
    assert head.text == f"A review found no {kind} of {LOOKED_AT} that met its criteria"
    assert head.empty


def test_no_randomised_trial_found_names_its_kind_and_needs_no_criteria() -> None:
    results = [measured("No randomised trials met the inclusion criteria.", (7,), 1)]
    head = choose_headline(
        [], results, StudyDesign.REVIEW, topic=LOOKED_AT, topic_source=2,
    )  # fmt: skip
    assert head.text == f"A review found no randomised trials of {LOOKED_AT}"


@pytest.mark.parametrize(
    "aside",
    [
        "One trial reported serious adverse events that were not linked to the cooling vests.",
        "Long-term unwanted events after cooling were rare.",
    ],
)
def test_a_safety_aside_never_heads_as_a_last_resort(aside: str) -> None:
    conclusions = [measured("It gives no reliable basis for choices about care.", (9,), 5)]
    results = [
        measured("The review authors included two trials with 140 people.", (4,), 1),
        measured(aside, (6,), 3),
    ]
    aims = [measured(f"The review authors looked at {LOOKED_AT}.", (2,), 0)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="two trials", studies_source=4,
        aims=aims,
    )  # fmt: skip
    assert head.text == f"A review of two trials looked at {LOOKED_AT}"


@pytest.mark.parametrize(
    "said",
    [
        "The uncertainty in the estimates for flare-ups and serious harms does not enable the "
        "review authors to conclude that either vest is better.",
        "There is not enough evidence to check the effect, safety or cost of cooling vests.",
    ],
)
def test_a_verdict_naming_harms_is_no_safety_aside(said: str) -> None:
    from plainsum.plain.headline.choose import _aside_only

    assert not _aside_only(said)


OPEN = (
    "It is uncertain whether combined balance and strength training is helpful or harmful in "
    "people with MS, as the quality of evidence is very low."
)


def test_the_question_left_open_is_a_verdict() -> None:
    assert judges_the_evidence(OPEN)
    assert not judges_the_evidence("It is uncertain whether balance training lowers pain scores.")


def test_the_question_left_open_heads_over_what_the_one_trial_stated() -> None:
    results = [
        measured("The trial stated that training had no clear effects on tiredness.", (9,), 3),
        measured("The training group showed a slight gain in leg strength.", (8,), 2),
    ]
    conclusions = [measured("The review authors need larger and better trials.", (12,), 6)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="one trial", studies_source=1,
        headed=False, doubts=[measured(OPEN, (11,), 5)],
    )  # fmt: skip
    assert head.text == (
        "It is uncertain whether combined balance and strength training is helpful or harmful "
        "in people with MS"
    )


def test_a_long_aim_still_names_what_was_looked_at() -> None:
    from plainsum.plain.headline.template import looked_at

    what = (
        "drug and non-drug treatments for tiredness in people with multiple sclerosis or other "
        "long-term nerve conditions"
    )
    assert looked_at(f"The review authors looked at {what}.") == what
