"""The headline is a finding, never a sentence of the authors' conclusions that says none
(issue 9): advice to clinicians or to the women in the trials, how the studies reported, how an
analysis held up or was laid out, where the evidence comes from, doubt about the conclusions.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.choose import still_open
from plainsum.plain.headline.no_finding import says_no_finding
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice
        ("Women could be given information on the risks of both kinds of birth.", True),
        ("Parents of young children should be told about both sleep plans.", True),
        ("Clinicians should consider whether the drug suits each patient.", True),
        ("Health care providers may wish to offer the brace to older adults.", True),
        # how the studies reported, how an analysis held up or was laid out
        ("The review authors found a lack of consistent reporting.", True),
        ("We noted poor reporting of side effects across the trials.", True),
        ("The direction of the effect remained unchanged.", True),
        ("The data were divided into nine comparisons by type of exercise.", True),
        ("There were 12 comparisons for the main outcome.", True),
        # where the evidence comes from
        ("Most of the evidence for the pump was obtained in heart surgery.", True),
        ("Much of the data came from two large trials in Europe.", True),
        # how much is known, how the trials were run (as before)
        ("Limited data on yoga for sleep exist", True),
        ("Most trials had a high risk of bias.", True),
        # findings, advice said of the treatment, findings about reporting
        ("Walking groups reduce tiredness in older adults.", False),
        ("The brace should be offered to people with weak ankles.", False),
        ("Women who were given the leaflet felt better informed.", False),
        ("Most of the benefit was seen in the first month.", False),
        ("Self-reporting of pain fell with the new drug.", False),
        ("The size of the effect was larger in older adults.", False),
    ],
)
def test_a_sentence_that_says_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While this review gives some sign of the likely effect, there is doubt in the "
            "review authors' conclusions.",
            True,
        ),
        ("There is uncertainty about the long-term effect of the brace.", True),
        ("The brace eases ankle pain, but there is doubt about how long it lasts.", False),
    ],
)
def test_doubt_about_the_conclusions_is_what_is_still_open(text: str, expected: bool) -> None:
    assert still_open(text) is expected


@pytest.mark.parametrize(
    "first",
    [
        "Women could be given information on the benefits and harms of both methods.",
        "The review authors found a lack of consistent reporting.",
        "Most of the evidence for the pump was obtained in heart surgery.",
    ],
)
def test_the_finding_heads_over_a_conclusion_that_says_none(first: str) -> None:
    results = _ordered(0, "Blood loss was lower with the pump (mean difference 120 mL).")
    conclusions = _ordered(1, first, "The pump probably lowers blood loss during heart surgery.")
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == "The pump probably lowers blood loss during heart surgery"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Absence of evidence of effect is not the same as evidence of no effect.", True),
        ("The absence of evidence does not mean the drug fails.", True),
        ("Absence of seizures was more common with the new drug.", False),
    ],
)
def test_a_maxim_of_the_method_is_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected
