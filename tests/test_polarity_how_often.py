"""How often a thing happened, said of the verb before it ("relapsed less often", "the cells
divided more often"): a direction of that verb, read against the paper's result about the same
thing; "more often than not" and a likelihood comparative before another direction ("more often
said they felt better") are not one. The comparator said in plain words ("than those on the
dummy pill") is the paper's placebo. Sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    ("sentence", "polarity", "about"),
    [
        ("People on the new drug relapsed less often.", "down", "relaps"),
        ("In the treated mice, the stem cells divided more often.", "up", "divid"),
        ("Those who exercised stumbled less frequently over the winter.", "down", "stumbl"),
    ],
)
def test_a_verb_said_to_happen_more_or_less_often_has_that_direction(sentence, polarity, about):
    claims = claims_in(sentence)
    assert [c.polarity for c in claims] == [polarity]
    assert about in claims[0].about


@pytest.mark.parametrize(
    "sentence",
    [
        "More often than not, the patients stayed at home.",
        "The nurses were often asked about side effects.",
    ],
)
def test_often_alone_or_more_often_than_not_states_no_direction(sentence):
    assert claims_in(sentence) == []


def test_more_often_before_another_direction_governs_it():
    # the likelihood comparative says who felt better, no direction of its own
    claims = claims_in("People on the drug more often said they felt better.")
    assert [c.polarity for c in claims] == ["better"]


REVERSED = [
    (
        "People on the new drug relapsed more often than those on the dummy pill.",
        ["Relapses were less frequent with the new drug than with placebo (rate ratio 0.6)."],
    ),
    (
        "When the flies were kept awake, their nerve stem cells divided more often.",
        ["In larvae kept awake, neural stem cells divided less often than in rested larvae."],
    ),
]


@pytest.mark.parametrize(("summary", "paper"), REVERSED)
def test_how_often_said_the_other_way_is_a_contradiction(summary, paper):
    assert contradiction(summary, paper) is not None


@pytest.mark.parametrize(("summary", "paper"), REVERSED)
def test_how_often_said_the_same_way_is_no_contradiction(summary, paper):
    faithful = summary.replace("more often", "less often")
    assert contradiction(faithful, paper) is None


def test_the_dummy_pill_is_the_papers_placebo():
    paper = ["The new drug was less effective than placebo in preventing relapses."]
    summary = "The new drug worked better than the dummy pill."
    assert contradiction(summary, paper)
    assert contradiction(summary.replace("better", "worse"), paper) is None
