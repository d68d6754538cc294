"""The topic line never names one condition of a list the aim names as what the paper studied
("on childhood allergies (food allergy, eczema, hay fever and asthma)"): the paper is about them
all, and "This review was about eczema." would say one part as the whole (plain/condition.py).
A list of kinds of one condition, or of two, keeps its topic. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role


def _topic(aim: str) -> list[str]:
    sentences = [
        ("Allergic illness in children is common.", 0, Role.BACKGROUND),
        (aim, 1, Role.AIM),
        ("Nine trials with 3000 mothers were included.", 2, Role.RESULTS),
        ("Fish oil in pregnancy lowered eczema in babies up to one year.", 3, Role.RESULTS),
        ("Fish oil in pregnancy may prevent some allergies in children.", 4, Role.CONCLUSION),
    ]
    return [c.name for c in conditions_of(sentences, "nine")]


@pytest.mark.parametrize(
    "aim",
    [
        "To assess fish oil in pregnancy for preventing allergy in children (food allergy, "
        "atopic dermatitis (eczema), allergic rhinitis (hay fever) and asthma).",
        "To assess fish oil in pregnancy for preventing eczema, hay fever or asthma in children.",
    ],
)
def test_one_condition_of_a_list_is_no_topic(aim: str) -> None:
    assert _topic(aim) == []


@pytest.mark.parametrize(
    ("aim", "first"),
    [
        ("To assess fish oil in pregnancy for preventing eczema in children.", "eczema"),
        # two conditions: the list does not make the first a part
        ("To assess fish oil in pregnancy for preventing eczema or asthma in children.", "eczema"),
    ],
)
def test_a_condition_named_alone_or_with_one_other_stays(aim: str, first: str) -> None:
    assert _topic(aim)[:1] == [first]


def test_kinds_of_one_condition_in_a_list_keep_it() -> None:
    sentences = [
        (
            "To assess home glucose checks for people with type 1 diabetes, type 2 diabetes and "
            "gestational diabetes.",
            1,
            Role.AIM,
        ),
        ("Home checks may help people with diabetes keep blood sugar steady.", 4, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(sentences, "nine")][:1] != []
