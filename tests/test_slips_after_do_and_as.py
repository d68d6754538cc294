"""Issue 9 (whole sentences): three edits of round two, on sentences written for these tests.

- an irregular past form after "did not" is said as the bare verb ("did not found" -> "did not
  find": a slip a review makes itself, CD011983), plain/bare_after_do.py;
- an "-ed" term after a clause-opening "as" is a participle, so its plain word is one too ("As
  demonstrated here" -> "As shown here", never "As showed here": 25296661), plain/glossary.py;
- "Strep A/C" (a kind named by one word, then two single letters joined by a slash) is "Strep A
  or C", so the sentence is no longer refused as unreadable, plain/slashes.py;
- "As shown here, X" heads as X (plain/headline/forms.py).
"""

from __future__ import annotations

import pytest

from plainsum.plain.bare_after_do import bare_after_do
from plainsum.plain.headline.forms import without_lead
from plainsum.plain.simplify import fit_for_readers, rewrite
from plainsum.plain.slashes import slash_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We did not found a difference in relapses.", "We did not find a difference in relapses."),
        ("The trial did not showed any benefit.", "The trial did not show any benefit."),
        ("The scan does not saw small lesions.", "The scan does not see small lesions."),
        ("Treatment didn't led to fewer falls.", "Treatment didn't lead to fewer falls."),
    ],
)
def test_an_irregular_past_after_did_not_is_the_bare_verb(text: str, said: str) -> None:
    assert bare_after_do(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "We found a difference in relapses.",  # no "did not"
        "The trial did not show any benefit.",  # already bare
        "The results did not differ between groups.",  # a regular verb: the gate's slip, left
        "Did treated mice found colonies?",  # "did" without "not": not mended
    ],
)
def test_other_sentences_are_left_as_they_are(text: str) -> None:
    assert bare_after_do(text) == text


def test_rewrite_mends_the_slip_in_a_whole_sentence() -> None:
    said = rewrite("We did not found a difference in the rate of falls between the two groups.")
    assert "did not find a difference" in said
    assert "did not found" not in said


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("As demonstrated here, the lozenges eased throat pain.", "As shown here,"),
        ("The drug was safe, as previously demonstrated in adults.", "as previously shown in"),
    ],
)
def test_a_verb_after_as_is_a_participle(text: str, shown: str) -> None:
    said = rewrite(text)
    assert shown in said
    assert "showed" not in said


def test_a_past_verb_after_a_subject_stays_a_past() -> None:
    assert "showed a clear" in rewrite("The data demonstrated a clear benefit of the drug.")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Relief lasted 3 h without Strep A/C.", "Relief lasted 3 h without Strep A or C."),
        ("Two studies took Category A/B adults.", "Two studies took Category A or B adults."),
        ("The HLA-A/B alleles differed.", "The HLA-A/B alleles differed."),  # a code
        ("The A/B/C arms were similar.", "The A/B/C arms were similar."),  # no kind named
    ],
)
def test_two_letter_kinds_of_one_word_are_one_or_the_other(text: str, said: str) -> None:
    assert slash_words(text) == said


def test_a_sentence_with_letter_kinds_is_drafted() -> None:
    text = rewrite(
        "A single lozenge gave greater relief than placebo for people with and without Strep A/C."
    )
    assert "Strep A or C" in text
    assert fit_for_readers(text)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("As shown here, the lozenges are a good option.", "The lozenges are a good option"),
        ("As demonstrated in this trial, walking improved.", "Walking improved"),
    ],
)
def test_as_shown_here_goes_from_the_headline(sentence: str, claim: str) -> None:
    assert without_lead(sentence) == claim
