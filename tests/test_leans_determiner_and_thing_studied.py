"""A sentence opening with a determiner and a word for the thing studied ("Neither agent",
"Either treatment", "Each drug") leans on the sentence before, which named the things
(plainsum.plain.pick.leans_back): shown alone it says nothing of which drugs it means."""

from __future__ import annotations

import pytest

from plainsum.plain.pick import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "Neither agent raised the risk of serious harms compared with placebo.",
        "Either treatment lowered pain scores by about a third.",
        "Each drug was given twice a day for twelve weeks.",
        "The two interventions have not been compared with each other.",
        "All three oral medicines reduced relapses more than placebo.",
        "Neither of the two drugs changed walking speed.",
        # already read as leaning before this class: kept so
        "Both drugs reduced relapses.",
        "These agents were well tolerated.",
    ],
)
def test_a_determiner_and_the_thing_studied_leans_on_the_sentence_before(text):
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neither fingolimod nor placebo changed walking speed.",
        "Each participant was seen every three months.",
        "Aspirin and paracetamol each lowered pain scores.",
        "The two-year relapse rate was lower with the new drug.",
    ],
)
def test_a_sentence_that_names_what_it_means_does_not_lean(text):
    assert not leans_back(text)
