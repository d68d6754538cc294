"""A headline that names a set of compared groups it never set up ("There was no difference
between the 2 groups for pain", "Heart attacks were similar in both groups") ranks below one
that says what was compared: read first and alone, it does not say which groups (issue 9: a
null result on a side measure, "between the 2 groups", headed a study of physical therapy on
the day of knee surgery). The drafter reads the groups as the gate's fluency check does
(`checks.referents.unintroduced_groups`). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.dangling import names_neither
from plainsum.plain.headline.rank import form_cost


@pytest.mark.parametrize(
    "text",
    [
        "There was no difference between the 2 groups in how far people walked",
        "Heart attacks in the first month were similar in both groups",
        "No falls were seen in either group",
        "The two techniques may be equally good for hand pain",
    ],
)
def test_groups_the_headline_never_set_up_are_unnamed(text: str) -> None:
    assert names_neither(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compared with usual care, the exercise group walked further, and both groups fell less",
        "Pain was similar in the groups given aspirin and paracetamol",
        "Daily walking lowered tiredness in adults with MS",
    ],
)
def test_groups_the_headline_names_are_not(text: str) -> None:
    assert not names_neither(text)


def test_an_unnamed_pair_of_groups_costs_the_form_more() -> None:
    unnamed = "There was no difference between the 2 groups in how far people walked"
    named = "There was no difference between walking and cycling in how far people walked"
    assert form_cost(unnamed) > form_cost(named)
