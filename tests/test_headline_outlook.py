"""What knowledge still to come will bring, and what was known before the study, never head
(issue 9: a review of pain tablets was headed "The degree of pain relief is known to be
accompanied by ...", and a review of heart-fever treatments "Advances in heart scans will allow
more precise checks ..."; each is a conclusion's premise or outlook, not what was found).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import opens_with_a_call


@pytest.mark.parametrize(
    "text",
    [
        "Advances in heart scanning will allow more exact checks of heart damage",
        "In the end, the growing knowledge base will be key to designing better diets for "
        "children with seizures",
        "Better understanding of how genes and the home interact in early life will provide "
        "insight into ways to prevent wheezing",
        "The amount of pain relief is known to be accompanied by better sleep and mood",
        "Regular walking is well established to lower blood pressure in older adults",
    ],
)
def test_an_outlook_or_a_premise_is_no_headline(text: str) -> None:
    assert opens_with_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our findings will help nurses choose a dressing",  # what the finding is for
        "Knowledge of the illness improved after the course, which will help families",
        "Knowledge of the illness improved after the course and will help families",
        "The tablet was shown to lower pain more than the dummy pill",
        "Teenagers who saw more adverts were more likely to say they will start to smoke",
    ],
)
def test_a_finding_with_a_future_or_a_known_word_may_head(text: str) -> None:
    assert not opens_with_a_call(text)
