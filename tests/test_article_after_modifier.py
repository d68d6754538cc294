"""Issue 9 (whole sentences): a plain phrase put in with its own article ("EAE" -> "an MS-like
disease") after a word that already opens the noun phrase loses that article ("developed milder
EAE" must not read "developed milder an MS-like disease"; the lead's hand-written v4).
Sentences written for these tests (plain/tidy.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.tidy import tidy


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        (
            "Treated mice developed milder an MS-like disease than untreated mice.",
            "Treated mice developed milder MS-like disease than untreated mice.",
        ),
        ("The an MS-like disease model was used.", "The MS-like disease model was used."),
        ("Their a drug-free period lasted a year.", "Their drug-free period lasted a year."),
    ],
)
def test_an_article_after_a_determiner_or_comparative_is_dropped(text, tidied):
    assert tidy(text) == tidied


@pytest.mark.parametrize(
    "text",
    [
        "The study showed that a drug helped.",
        "Fatigue is no longer a problem for most.",
        "Two years later a relapse occurred.",
        "The higher a dose was, the more side effects there were.",
    ],
)
def test_an_article_that_opens_its_own_phrase_stays(text):
    assert tidy(text) == text
