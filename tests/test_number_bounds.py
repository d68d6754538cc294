"""A share said of everyone that lies outside the shares the paper compares for its groups
(plainsum.checks.number_bounds): the share is some group's, not all. Texts written for these
tests."""

import pytest

from plainsum.checks.number_bounds import shares_outside_arms
from plainsum.ingest import parse

PAPER = parse(
    """Oral peanut treatment for children with peanut allergy: a review

Objectives: To assess oral peanut treatment in children with peanut allergy.

Methods: We included eight trials with 520 children.

Results: Side effects were common; 68% of children had side effects during peanut treatment
compared with 9.5% of the control group. Side effects were seen in 3.1% of children, which may
relate to peanut eaten by accident. Serious reactions needing adrenaline occurred in 5% of
children.

Conclusions: Oral peanut treatment lets most children eat some peanut, but side effects are
common."""
)


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("Side effects were seen in 3.1% of children.", "3.1"),
        (
            "About 3.1% of the children had side effects, perhaps from peanut eaten by accident.",
            "3.1",
        ),
    ],
)
def test_a_share_of_all_outside_the_groups_shares_is_misattributed(sentence, number):
    assert [n for n, _, _ in shares_outside_arms(sentence, PAPER)] == [number]


@pytest.mark.parametrize(
    "sentence",
    [
        # the share said of its group, or of a comparison
        "In the control group, side effects were seen in 3.1% of children.",
        "Side effects were seen in 68% of children on peanut treatment, against 9.5% of others.",
        # a share the comparison before it does not bound: another outcome
        "Serious reactions needing adrenaline occurred in 5% of children.",
        # a share that is no share of people
        "Peanut treatment cut the risk of a reaction by 80%.",
    ],
)
def test_a_share_said_of_its_group_or_unbounded_passes(sentence):
    assert shares_outside_arms(sentence, PAPER) == []


def test_the_gate_reports_it_as_a_misattributed_number():
    from plainsum.checks import run_checks
    from plainsum.design import detect_design
    from plainsum.schemas import PlainSummary

    summary = PlainSummary(
        headline="Oral peanut treatment lets most children with peanut allergy eat some peanut",
        what_the_study_did="This review looked at eight trials with 520 children. Side effects "
        "were seen in 3.1% of children.",
        why_it_matters="This review did not look at MS. Talk with your doctor or care team.",
        limitations="A review can only be as good as the trials it includes.",
    )
    found = [
        f
        for f in run_checks(PAPER, summary, detect_design(PAPER))
        if f.check == "numbers" and "3.1%" in f.message
    ]
    assert found and found[0].severity.value == "error"
