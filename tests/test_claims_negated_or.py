"""A verb joined by "or" to a negated verb shares its negation (issue 8: a check that fails a
correct sentence because of its wording is a bug in the check). Found by helper draft57w2 at stop
57: the limitation "Spontaneous reports cannot establish how often X occurs or prove that the drug
caused it" was refused by the drafter (its claims filter mirrors the gate) and warned by the gate
as "One study does not prove anything". Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "Spontaneous reports cannot establish how often rash occurs or prove that the drug "
        "caused it, because reporting is voluntary.",
        "Registry data could not measure dose or prove that the drug caused the fractures.",
        "The design does not allow us to rule out chance or prove that the diet helped.",
    ],
)
def test_a_prove_joined_to_a_negated_verb_claims_nothing(text: str) -> None:
    assert [c.rule.name for c in find_claims(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "This trial proves that the drug works.",
        "The study cannot show who benefits, and it proves that the drug works.",
        "Scores were higher or prove that the drug works.",
    ],
)
def test_a_prove_not_under_a_negation_is_still_a_claim(text: str) -> None:
    assert [c.rule.name for c in find_claims(text)] == ["proves"]
