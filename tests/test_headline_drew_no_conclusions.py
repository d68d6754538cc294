"""Where the authors say they can draw no conclusions about what they studied, that is what the
review found: "A review of N trials found no clear evidence about X" heads, never one result of
its trials ("There were no problems during surgery"). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.template import drew_no_conclusions
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

SIDE = measured("There were no falls during the exercise sessions.", (5,))


@pytest.mark.parametrize(
    ("paper", "drew"),
    [
        (
            "Owing to the small trials, we can draw no specific conclusions about the effects of "
            "cooling garments for heat-sensitive people with MS.",
            True,
        ),
        ("We could reach no firm conclusions regarding which dose works best.", True),
        # a verdict bounded by what does help, or no verdict of the authors' own
        (
            "We can draw no conclusions about vests, but fans eased heat-related fatigue.",
            False,
        ),
        ("Cooling vests eased heat-related fatigue in two trials.", False),
        ("Other groups could draw no conclusions from their data.", False),
    ],
)
def test_the_authors_verdict_that_nothing_can_be_concluded(paper: str, drew: bool) -> None:
    assert drew_no_conclusions(paper) is drew


def test_an_aim_said_from_the_verdict_heads_as_no_clear_evidence() -> None:
    # an edit said the verdict's sentence as the aim: what was looked at, and found unclear
    aim = measured("The review authors looked at cooling garments for people with MS.", (9,))
    paper = (
        "Owing to the small trials, we can draw no specific conclusions about the effects of "
        "cooling garments for people with MS."
    )
    head = choose_headline(
        [], [SIDE], StudyDesign.REVIEW, studies="four trials", studies_source=1,
        said={9: paper, 5: SIDE.text}, aims=[aim],
    )  # fmt: skip
    assert head.text == (
        "A review of four trials found no clear evidence about cooling garments for people with MS"
    )
    assert head.sources == (1, 9)


def test_a_conclusion_that_names_what_cannot_be_concluded_heads() -> None:
    verdict = measured(
        "The review authors could reach no reliable conclusions about which cooling garment "
        "kept body temperature lower during exercise, given the weak evidence.",
        (12,),
    )
    head = choose_headline(
        [verdict], [SIDE], StudyDesign.REVIEW, studies="one trial", studies_source=1
    )
    assert head.text == (
        "A review of one trial found no clear evidence about which cooling garment kept body "
        "temperature lower during exercise"
    )


def test_a_bounded_verdict_leaves_the_finding_to_head() -> None:
    verdict = measured(
        "The review authors could draw no conclusions about which vest works best, but fans "
        "eased heat-related fatigue.",
        (12,),
    )
    head = choose_headline([verdict], [SIDE], StudyDesign.REVIEW, studies="one trial")
    assert "no clear evidence about which vest" not in head.text
