"""The headline is the authors' finding, not what they say is still open (issue 9): "There
remains uncertainty about X" or "Although X looks promising, Y remains unclear" heads only where
no conclusion states a finding; "Overall, ..." says a conclusion comes whatever its tense; an
outcome that lies ahead ("future admissions") is no call for future research. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.concluded import concludes, with_concluded
from plainsum.plain.headline.open_question import still_open
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There remains uncertainty about the long-term effect of yoga on sleep.", True),
        ("There still remains some doubt about how long the benefit of yoga lasts.", True),
        ("The long-term effect of yoga on sleep remains unclear.", True),
        ("It is still unknown whether yoga helps sleep in older adults.", True),
        ("Although the early effects look promising, the effect after a year is unclear.", True),
        ("While yoga seems safe, its effect on sleep remains uncertain.", True),
        ("The effect of yoga in children is unknown.", True),
        ("Its effect on sleep in older adults is still unclear.", True),
        # a finding comes first; what is open is said after it
        ("The weight lost was small and the long-term benefits remain unclear.", False),
        ("Yoga eases back pain, but it remains unclear whether the effect lasts.", False),
        ("Yoga eases back pain; its effect on sleep remains unclear.", False),
        # a finding with no open question
        ("Yoga may ease back pain in adults who sit for work.", False),
        ("There is no evidence that yoga eases back pain.", False),
    ],
)
def test_a_sentence_whose_main_clause_says_what_is_still_open(text: str, expected: bool) -> None:
    assert still_open(text) is expected


@pytest.mark.parametrize(
    ("conclusions", "expected"),
    [
        (
            (
                "Yoga classes given to office workers can lower the risk of later back pain.",
                "There remains uncertainty about the long-term effect of yoga on sleep.",
            ),
            "Yoga classes given to office workers can lower the risk of later back pain",
        ),
        (
            (
                "Although the early effects look promising, the effect after a year is unclear.",
                "Yoga classes given to office workers can lower the risk of later back pain.",
            ),
            "Yoga classes given to office workers can lower the risk of later back pain",
        ),
        # the finding is too long for any short form: it heads whole, never what is open
        (
            (
                "The evidence from trials in office workers suggests that weekly yoga classes "
                "with or without home practice are moderately more helpful than no classes at "
                "six months or longer, but there was no evidence that they were better than "
                "other exercise classes.",
                "The effect of yoga in children is unknown.",
            ),
            "The evidence from trials in office workers suggests that weekly yoga classes with "
            "or without home practice are moderately more helpful than no classes at six months "
            "or longer, but there was no evidence that they were better than other exercise "
            "classes",
        ),
        # nothing else the authors concluded states a finding: what is open heads
        (
            (
                "It is still unknown whether yoga helps sleep in older adults.",
                "Larger trials are needed.",
            ),
            "It is still unknown whether yoga helps sleep in older adults",
        ),
    ],
)
def test_the_authors_finding_heads_over_what_is_still_open(
    conclusions: tuple[str, ...], expected: str
) -> None:
    results = _ordered(0, "Back pain was less common with yoga (ratio 0.7, 95% interval 0.5 to 1).")
    head = choose_headline(_ordered(1, *conclusions), results, StudyDesign.REVIEW)
    assert head.text == expected


@pytest.mark.parametrize(
    ("text", "opened", "expected"),
    [
        # an opening that says a conclusion comes: the past tense is the authors' own
        ("Overall, there was no evidence that yoga improves sleep in older adults.", False, True),
        ("In conclusion, yoga eased back pain in office workers.", False, True),
        # the edit left the opening out: the paper's sentence had it
        ("There was no evidence that yoga improves sleep in older adults.", True, True),
        ("There was no evidence that yoga improves sleep in older adults.", False, False),
        # still never the trials themselves, a number or a call for research
        ("Overall, most trials were small and at high risk of bias.", False, False),
        ("Overall, back pain fell by 12 points with yoga.", False, False),
        ("In conclusion, more trials are needed.", False, False),
    ],
)
def test_an_opening_that_says_a_conclusion_comes(text: str, opened: bool, expected: bool) -> None:
    assert concludes(text, opened) is expected


def test_a_result_the_paper_opened_as_a_conclusion_joins_the_conclusions() -> None:
    results = _ordered(
        0,
        "Sleep scores rose by 2 points with yoga (95% interval 1 to 3).",
        "There was no evidence that yoga improves sleep in older adults.",
    )
    conclusions = _ordered(2, "Although yoga looks safe, its effect after a year is unclear.")
    said = {1: "Overall, there was no evidence that yoga improves sleep in older adults."}
    joined, left = with_concluded(conclusions, results, said)
    assert [p.order for p in joined] == [1, 2]
    assert [p.order for p in left] == [0]
    assert with_concluded(conclusions, results) == (conclusions, results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome that lies ahead is a finding's
        ("Yoga classes can result in a lower risk of future visits to the emergency room", False),
        ("Yoga lowered the number of future falls in older adults", False),
        # the work to come is not
        ("Future research should test yoga in older adults", True),
        ("Future trials of yoga in older adults are needed", True),
        ("Yoga may be tested in older adults in the future", True),
    ],
)
def test_future_outcomes_are_findings_future_research_is_not(text: str, expected: bool) -> None:
    assert is_procedural(text) is expected
