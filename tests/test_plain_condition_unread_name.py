"""A condition the aim names in a form the name reader cannot take ("47,XXX syndrome") leaves
the "This study was about X" frame out instead of naming another condition (issue 9): a study of
triple X syndrome with a Turner syndrome comparison group was drafted as "This study was about
Turner syndrome." (plaba 32489015, a reader's firm false sentence)."""

from __future__ import annotations

from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role


def test_an_unreadable_name_in_the_aim_gives_no_condition() -> None:
    sentences = [
        ("We aim to study gene activity in girls with 48,XXXX syndrome.", 0, Role.AIM),
        (
            "We compare ten girls with 48,XXXX syndrome with ten girls with Turner syndrome.",
            1,
            Role.AIM,
        ),
        ("Turner syndrome girls showed lower activity.", 2, Role.RESULTS),
        ("Gene activity differs in 48,XXXX syndrome.", 3, Role.CONCLUSION),
    ]
    assert conditions_of(sentences) == []


def test_a_readable_name_in_the_aim_is_still_given() -> None:
    sentences = [
        ("We aim to study sleep in adults with Turner syndrome.", 0, Role.AIM),
        ("Adults with Turner syndrome slept less than controls.", 1, Role.RESULTS),
        ("Poor sleep is common in Turner syndrome.", 2, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(sentences)] == ["Turner syndrome"]


def test_a_list_before_disease_is_no_unread_name() -> None:
    sentences = [
        ("To assess early treatment of myeloma.", 0, Role.AIM),
        ("Outcomes were mortality, disease progression and harms.", 1, Role.METHODS),
        (
            "Early treatment of myeloma delayed progression; age, disease stage and risk matter.",
            2,
            Role.CONCLUSION,
        ),
    ]
    assert [c.name for c in conditions_of(sentences)] == ["myeloma"]
