"""Two claims that share only who was studied (the mice, the patients) are not about the same
thing: "the rats walked no better" is no contradiction of "more nerve fibres regrew in treated
rats", however rare the animal's name makes the shared word. A claim that shares what was
measured is still read against the paper, with or without the animal. Sentences written for
these tests."""

import pytest

from plainsum.checks.contradiction import contradiction

PAPER = [
    "Microscopy showed a higher share of myelinated fibres in treated rats (58% vs 31%).",
    "Patients given the cream had fewer skin infections than those given the base cream.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The treated rats walked no better than the others.",
        "The crush injury is not like a human injury, and the rats walked no better.",
        "The patients slept no better on the cream.",
    ],
)
def test_claims_sharing_only_who_was_studied_are_not_read_against_each_other(sentence):
    assert contradiction(sentence, PAPER) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of myelinated fibres was no higher in the treated rats.",
        "Treated rats had fewer myelinated fibres than untreated ones.",
        "Patients given the cream had more skin infections.",
    ],
)
def test_claims_about_what_was_measured_are_still_read_against_the_paper(sentence):
    assert contradiction(sentence, PAPER) is not None
