"""A change the paper reports in every arm of a trial is no effect of the treatment: "X fell
by 2.1 with the drug and by 1.9 with placebo" does not back "the drug cut X" where the paper
also says it did no better than placebo. And a change named as a noun that the clause says was
alike ("weight loss was similar in both groups") states no change (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

NO_BETTER = [
    "Weekly hot flushes fell by 4.0 with the gel and by 3.6 with the placebo gel.",
    "The gel did not reduce hot flushes more than placebo in women after menopause.",
]
ALIKE_WEIGHT = ["Loss of body weight during the illness was similar in both groups of rats."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gel cut hot flushes in women after menopause.",
        "Women on the gel had fewer hot flushes.",
    ],
)
def test_a_benefit_read_from_a_change_in_every_arm_is_caught(sentence):
    assert contradiction(sentence, NO_BETTER)
    assert not contradiction(sentence, NO_BETTER[:1])  # the paper's change, said of the gel


@pytest.mark.parametrize(
    "sentence",
    [
        # what the paper says, in other words
        "Hot flushes fell in both groups.",
        "The gel did no better than a dummy gel.",
    ],
)
def test_a_change_said_of_every_arm_is_no_contradiction(sentence):
    assert not contradiction(sentence, NO_BETTER)


def test_a_change_named_as_the_subject_of_alike_states_no_change():
    (loss, *_) = claims_in(ALIKE_WEIGHT[0])
    assert loss.polarity == "null" and loss.denied == "down"
    assert not contradiction("Both groups of rats lost a similar amount of weight.", ALIKE_WEIGHT)
    assert contradiction("Rats given the drug lost less weight during the illness.", ALIKE_WEIGHT)


def test_a_change_that_is_stated_stays_a_change():
    drop = claims_in("The drop in pain was larger with the patch.")[0]
    assert drop.polarity == "down"
