"""A method word that only describes a noun ("the markets studied", "the patients screened")
makes no headline a method: "Raw milk sold in the villages studied is a common source of X"
states a finding, and the gate failed it as "says what the study measured", so the repair
swapped it for a side result. "The team studied sleep in night nurses" is still a method.
Every headline here is written for these tests (checks/headline_against.py)."""

from __future__ import annotations

import pytest

from plainsum.checks.headline_against import method_only


@pytest.mark.parametrize(
    "headline",
    [
        "Raw milk sold in the villages studied is a common source of drug-resistant germs",
        "All the patients screened had normal heart tracings",
        "Most of the farms surveyed were using antibiotics without a vet",
    ],
)
def test_a_method_word_that_describes_a_noun_is_no_method(headline: str) -> None:
    assert method_only(headline, "The main text says what was found.") is None


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("The team studied sleep in night nurses", "studied"),
        ("Researchers tracked walking in 40 people with MS", "tracked"),
    ],
)
def test_a_headline_that_says_only_what_was_done_is_a_method(headline: str, verb: str) -> None:
    assert method_only(headline, "The main text says what was found.") == verb
