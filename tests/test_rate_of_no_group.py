"""A rate of events that names no group is one group's in a paper that compares groups (issue
9): "Side effects occurred in 4% of children" said of a review whose treated children had side
effects in 70% read as all of them (readers found it so). Such a sentence is shown only right
after the sentence it leans on. Texts written for the tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.plain.anchored import controlled, rate_of_no_group


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Side effects occurred in 4.2% of children, which may come from eating nuts.",
            True,
        ),
        ("Unwanted events were reported in 12 of 80 people.", True),
        ("Serious infections occurred in 3% of the patients.", True),
        # the group is named
        ("Side effects occurred in 4.2% of children in the control group.", False),
        ("Side effects occurred in 70% of children receiving the drug.", False),
        ("Side effects occurred in 70% of children versus 6% on placebo.", False),
        # no rate in a share of people
        ("Side effects were mild and short-lived.", False),
    ],
)
def test_a_rate_of_events_with_no_group(text: str, bare: bool) -> None:
    assert rate_of_no_group(text) is bare


def test_a_paper_comparing_groups() -> None:
    assert controlled("Children took the oral treatment or a placebo.")
    assert controlled("The drug was compared with usual care.")
    assert not controlled("All 40 children took the oral treatment for a year.")


REVIEW = (
    "Main results: We included eight trials with 400 children with peanut allergy (oral "
    "treatment 220; control 180). Most children (80%) in the oral treatment group could eat"
    " a small amount of peanut compared to 9% of control group children (RR 8.1, 95% CI 5.0"
    " to 12.0). Side effects were common; 70% of children had side effects during oral "
    "treatment versus 6% of the control group (RR 9.0, 95% CI 5.2 to 14.1). Of note, five "
    "trials used a peanut-free diet as the control. Side effects occurred in 4.2% of "
    "children, which may relate to eating peanut by mistake."
    "\n\n"
    "Authors' conclusions: Oral treatment helps children with peanut allergy eat some "
    "peanut, but side effects are common."
)


def test_a_control_groups_rate_is_not_shown_alone() -> None:
    did = did_lines(REVIEW)
    assert any("70% of children had side effects" in line for line in did)
    for i, line in enumerate(did):
        if "4.2% of children" in line:  # only right after the sentence that scopes it
            assert i and "peanut-free diet" in did[i - 1]
