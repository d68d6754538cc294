"""Correct sentences of careful plain writing that the gate failed (issue 8: the false errors on
the clean summaries of the held-out sets holdout18 and holdout19). Each is a general pattern: a
phrase that answers a question just asked, "care for" as a verb, "instead of on", a medicine
named by its "-racetam" stem, and an abbreviation whose name is explained after its head word.
Sentences written for these tests."""

import pytest

from plainsum.checks.abbreviations_explained import explained
from plainsum.checks.fluency import sentence_problems, text_problems
from plainsum.checks.jargon import find_terms


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


def test_a_phrase_that_answers_the_question_before_it_is_no_fragment():
    text = "What was tested? Ways of caring for people with memory loss after a fall."
    assert "no_verb" not in {p.rule for p in text_problems(text)}
    # without the question it is a fragment still
    alone = "They tested it. Ways of caring for people with memory loss after a fall."
    assert "no_verb" in {p.rule for p in text_problems(alone)}


@pytest.mark.parametrize(
    "sentence",
    [
        "But many parents care for a child with a long-term illness.",
        "Some nurses visit sick children at home instead of on a ward.",
        "Fewer people came back to hospital because of in-home support.",
    ],
)
def test_whole_sentences_pass(sentence):
    assert not rules(sentence) & {"no_verb", "broken_join"}


@pytest.mark.parametrize(
    "sentence, rule",
    [
        ("Health care for children in rural areas.", None),
        ("The effects of on the skin were small.", "broken_join"),
    ],
)
def test_near_misses(sentence, rule):
    if rule:
        assert rule in rules(sentence)


def test_a_racetam_is_a_medicine():
    terms = {t.text: t for t in find_terms("Seizures fell with brivaracetam in some children.")}
    assert terms["brivaracetam"].medicine and not terms["brivaracetam"].very_rare


@pytest.mark.parametrize(
    "token, text, ok",
    [
        ("HELLP", "A few had HELLP syndrome, a serious problem with the blood and liver.", True),
        ("CADASIL", "Two had CADASIL disease (an inherited form of stroke).", True),
        ("HELLP", "A few had HELLP syndrome, and some had high blood pressure.", False),
    ],
)
def test_an_abbreviation_explained_after_the_name_it_opens(token, text, ok):
    assert explained(token, text) is ok


def test_a_number_in_words_after_a_naming_word_is_a_name():
    assert "number_agreement" not in rules("It did not help, and by day four there was no change.")
    assert "number_agreement" in rules("In the end nine trial was included.")


@pytest.mark.parametrize(
    "text, present",
    [
        ("If your child needs a brace, ask the orthodontist which kind suits them.", True),
        ("A heart specialist is the right person to ask about these pills.", True),
        ("Your dental nurse can explain the options.", True),
        # staff at work, or a specialist who is no one to ask
        ("An orthodontist fitted each brace.", False),
        ("A heart specialist is the author of the review.", False),
    ],
)
def test_care_pointers_in_plain_words(text, present):
    from plainsum.checks.caveats import CAVEATS

    assert CAVEATS["care_team"].present(text) is present
