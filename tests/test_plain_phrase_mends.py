"""The drafter makes whole what the gate would call a noun phrase or bad agreement, where one
word does it (plain.phrase_mends, run by plain.tidy), and leaves out a sentence a cut left with
a word that takes "to" and no "to" (plain.wholeness). Cases from the offline drafts of stop 55
(CD008236, CD009016, CD009611, CD007218, CD003295); sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.plain.tidy import tidy
from plainsum.plain.wholeness import broken


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("No other serious side effects noted.", "No other serious side effects were noted."),
        ("No new safety signal identified.", "No new safety signal was identified."),
        (
            "Active cooling vests was linked with longer walks.",
            "Active cooling vests were linked with longer walks.",
        ),
        ("Inhaled steroids has eased cough.", "Inhaled steroids have eased cough."),
    ],
)
def test_a_fragment_one_word_mends_is_made_whole(text: str, whole: str) -> None:
    assert tidy(text) == whole
    assert not sentence_problems(tidy(text))


@pytest.mark.parametrize(
    "text",
    [
        "No deaths were reported.",
        "The number of relapses was lower with the drug.",
        "Evidence that exercise helps fatigue is growing.",
        "Two years is a short time.",
    ],
)
def test_a_whole_sentence_is_left_as_it_is(text: str) -> None:
    assert tidy(text) == text


def test_an_evidence_phrase_with_no_verb_of_its_own_is_not_whole() -> None:
    # made whole, it would lean on what came before ("either") and might head the draft
    fragment = "No good evidence that either dose works better than the other."
    assert tidy(fragment) == fragment
    assert broken(fragment) is not None
    assert broken("There is no good evidence that either dose works better.") is None


@pytest.mark.parametrize(
    ("text", "is_broken"),
    [
        ("The authors looked at giving antibiotics prior in adults with cancer.", True),
        ("Doses were changed according in the trial.", True),
        ("The authors looked at giving antibiotics prior to surgery in adults.", False),
        ("Doses were changed according to weight.", False),
    ],
)
def test_a_word_that_takes_to_without_it_is_not_whole(text: str, is_broken: bool) -> None:
    assert (broken(text) is not None) is is_broken
    assert ("broken_join" in {p.rule for p in sentence_problems(text)}) is is_broken


def test_a_list_is_not_cut_before_its_last_item() -> None:
    # the last item is a noun its -ed words describe, with a relative clause: no sentence
    from plainsum.plain.splits import split_long

    text = (
        "There is a need for a shared definition of the syndrome, agreed outcome measures, "
        "and large randomized trials that compare the treatments with no treatment and with "
        "each other."
    )
    assert split_long(text, 20) == [text]
