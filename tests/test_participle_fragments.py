"""Issue 9 (a reader's quote: "An inflammatory phenotype defined by fever and raised C-reactive
protein.", a line of an eligibility list shown as a sentence): a noun phrase whose only verb is a
participle with "by" is no sentence, and never reaches a draft (plain/fragments.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.fragments import participle_fragment
from plainsum.plain.simplify import fit_for_readers


@pytest.mark.parametrize(
    "text",
    [
        "A severe form defined by high fever and raised white cell counts.",
        "Adults diagnosed by MRI between 2015 and 2020.",
        "Patients referred by their family doctor.",
        "1,200 children recruited by school nurses in three towns.",
        "The relapses confirmed by a neurologist within a week.",
    ],
)
def test_a_noun_phrase_with_a_participle_is_a_fragment(text: str) -> None:
    assert participle_fragment(text)
    assert not fit_for_readers(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence has its own verb after the participle phrase
        "A severe form defined by high fever was seen in one in ten people.",
        "Relapses confirmed by a neurologist were fewer on the new drug.",
        "Patients treated by surgery and followed for a year did better.",
        # the verb is the sentence's own ("fell by", "rose by" take "by" as their measure)
        "The relapse rate fell by a third.",
        "Walking speed improved by two seconds.",
        # a helping verb makes it a passive, whole
        "The relapses were confirmed by a neurologist.",
        "The team measured pain by a standard scale.",
    ],
)
def test_a_sentence_with_its_own_verb_is_no_fragment(text: str) -> None:
    assert not participle_fragment(text)
