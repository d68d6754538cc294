"""A trial's sentence saying who was assigned to what is shown in place of the bare count drawn
from it (issue 9: a hand-written MS diet trial's body opened "The study included 96 adults." and
never said what was compared). Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.assigned_groups import assigns_groups
from plainsum.plain.compose import compose
from plainsum.plain.material import gather

YOGA = """Background: Some people with MS try yoga for balance. Methods: We randomly assigned 72 \
adults with MS and balance problems to twice-weekly yoga classes with a trained teacher or to a \
waiting list for 16 weeks. The primary outcome was the Berg Balance Scale at 16 weeks. Results: \
Balance scores improved by 4.1 points more with yoga than on the waiting list. No falls were \
linked to the classes. Conclusions: Yoga improved balance in people with MS over 16 weeks.
"""


@pytest.mark.parametrize(
    "text",
    [
        "We randomly assigned 72 adults with MS to yoga classes or to a waiting list.",
        "Participants were allocated to the drug or to placebo for 12 weeks.",
        "The researchers used chance to assign 60 people to a brace or no brace.",
        "Patients were randomised to early surgery versus watchful waiting.",
    ],
)
def test_a_sentence_that_assigns_groups(text: str) -> None:
    assert assigns_groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "We included 72 adults with MS.",
        "Patients were assigned a number at entry.",
        # too long to show whole: the count and the aim say it better
        "We randomly assigned 72 adults with relapsing or progressive MS and balance problems who "
        "could walk 20 metres and had no other neurological illness, falls in the past month or "
        "joint surgery to twice-weekly yoga classes or to a waiting list.",
    ],
)
def test_a_sentence_that_does_not(text: str) -> None:
    assert not assigns_groups(text)


def test_the_assigned_groups_are_said_not_only_the_count() -> None:
    source = parse(YOGA)
    _, sections = compose(gather(source, detect_design(source)))
    body = [line.text for line in sections["what_the_study_did"]]
    assert any("yoga classes" in t and "waiting list" in t and "72 adults" in t for t in body)
    assert "The study included 72 adults." not in body
