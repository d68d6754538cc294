"""A difference the paper's figures do not show (plainsum.checks.contradiction_unshown): the
paper says "0.6 days longer" with an interval that holds no change, and the summary drops the
interval. Texts written for these tests."""

import pytest

from plainsum.checks import run_checks
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Silver dressings after hip surgery: a randomised trial

Objectives: To test whether silver dressings shorten the hospital stay after hip surgery.

Methods: 240 adults having a hip replacement were randomly assigned to a silver dressing or a
plain dressing.

Results: The mean hospital stay was 0.6 days longer with the silver dressing (MD 0.6 days, 95%
CI -0.4 to 1.6). Wound infections were fewer with the silver dressing (RR 0.45, 95% CI 0.25 to
0.81).

Conclusions: Silver dressings lowered wound infections after hip surgery but did not shorten
the hospital stay."""
)
BODY = {
    "headline": "Silver dressings lowered wound infections after hip surgery",
    "why_it_matters": "This study did not look at MS. Talk with your doctor or care team.",
    "limitations": "This was a single trial, so the results need to be confirmed.",
}


def unshown(sentence: str) -> list[str]:
    summary = PlainSummary(
        what_the_study_did=f"240 adults having a new hip got one of two dressings. {sentence}",
        **BODY,
    )
    return [
        f.span or ""
        for f in run_checks(PAPER, summary, detect_design(PAPER))
        if "figures do not show" in f.message
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mean hospital stay was 0.6 days longer with the silver dressing.",
        "People with the silver dressing stayed in hospital longer, by 0.6 days on average.",
    ],
)
def test_a_difference_whose_interval_holds_no_change_is_an_error(sentence):
    assert unshown(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # the interval kept, the doubt said, or no difference said
        "The mean hospital stay was 0.6 days longer (95% CI -0.4 to 1.6), which may be chance.",
        "The hospital stay may have been a little longer with the silver dressing.",
        "There was no clear difference in the hospital stay between the two dressings.",
        # a result whose interval shows the difference
        "Wound infections were fewer with the silver dressing.",
    ],
)
def test_a_difference_said_with_its_doubt_or_shown_passes(sentence):
    assert unshown(sentence) == []
