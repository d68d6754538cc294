"""Issue 9 (jargon the gate now names, checks/jargon_measures): a measure named in everyday
words is explained in plain words where the body first uses it, only where the meaning is
fixed: the EDSS, Apgar scores and a diagnostic study's reference standard and index test
(data/body_explanations.tsv, never with a figure the paper may not give); all-cause mortality
is said as the deaths it counts (data/glossary.tsv). The gate's jargon check then counts each
as explained. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from plainsum.checks.faithfulness import unsupported_numbers
from plainsum.checks.jargon import find_terms, unexplained_terms
from plainsum.plain.explain import gloss
from plainsum.plain.explained_after import explain_after
from plainsum.plain.glossary import load_glossary


def _left(text: str) -> set[str]:
    return {t.text.lower() for t in unexplained_terms(text, find_terms(text))}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("There was no clear difference in Apgar scores at five minutes.", "apgar scores"),
        (
            "The quality of the reference standard was unclear in half the studies.",
            "reference standard",
        ),
        ("Only two of the index tests were used in more than two studies.", "index tests"),
    ],
)
def test_a_measure_of_fixed_meaning_is_explained_where_the_body_first_uses_it(
    text: str, term: str
) -> None:
    assert term in _left(text)
    [explained] = explain_after([text])
    assert explained.lower().startswith(text[: text.lower().index(term) + len(term)].lower() + " (")
    assert term not in _left(explained)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "There was no clear difference in all-cause mortality between the groups.",
            "There was no clear difference in deaths from any cause between the groups.",
        ),
        (
            "Drug A reduced all-cause deaths at one year.",
            "Drug A reduced deaths from any cause at one year.",
        ),
    ],
)
def test_all_cause_mortality_is_said_as_the_deaths_it_counts(text: str, plain: str) -> None:
    assert load_glossary().plain(text) == plain


def test_all_cause_mortality_before_a_noun_keeps_its_words() -> None:
    # "deaths from any cause rate" would break the sentence
    text = "The all-cause mortality rate fell by a third."
    assert "deaths from any cause rate" not in load_glossary().plain(text)


def test_the_edss_is_explained_with_no_figure_the_paper_does_not_give() -> None:
    # "a 0-10 scale" read as a number the paper never gives (a faithfulness error), and the
    # repair dropped the MS review's main result that held it (CD008422, stop 57)
    source = (
        "Eight trials with 610 people were included. Omega-3 fatty acids had no effect on "
        "the Expanded Disability Status Scale at two years."
    )
    text = "Omega-3 fatty acids had no effect on the Expanded Disability Status Scale at two years."
    [explained] = explain_after([text])
    assert "expanded disability status scale" in _left(text)
    assert "expanded disability status scale" not in _left(explained)
    assert unsupported_numbers(source, explained) == []


def test_no_vetted_explanation_gives_a_figure() -> None:
    # every explanation is said in any paper, which may not give that figure
    assert [term for term, said in gloss().items() if re.search(r"\d", said)] == []


@pytest.mark.parametrize(
    ("text", "term", "said"),  # (term: as the gate names it)
    [
        # where the glossary's grammar refuses the swap, the same plain words explain it
        (
            "All-cause mortality was higher with the inhaler than with placebo.",
            "all-cause mortality",
            "deaths from any cause",
        ),
        (
            "The steroid had no effect on all-cause mortality up to six months.",
            "all-cause mortality",
            "deaths from any cause",
        ),
        (
            "The trial was underpowered to detect a difference in strokes.",
            "underpowered",
            "too small to give a reliable answer",
        ),
        (
            "Early induction did not change the rate of instrumental delivery.",
            "instrumental delivery",
            "a birth helped by forceps or a suction cup",
        ),
        (
            "One trial was left out because 35% of the mothers were lost to follow-up.",
            "lost to follow-up",
            "no longer in touch with the researchers",
        ),
        (
            "The only study in older men was a case-control study.",
            "case-control",
            "a study that compares people who have a condition with people who do not",
        ),
        (
            "A post-hoc analysis suggested a larger effect in younger women.",
            "post-hoc",
            "a look at the results that was not planned at the start",
        ),
        (
            "Fewer babies died in the cooled group, but the difference did not reach "
            "statistical significance.",
            "statistical significance",
            "the usual mark of a result that chance alone is unlikely to explain",
        ),
        # a bound after the measure ends its phrase: the bracket stands before it
        (
            "Fewer babies had Apgar scores below 7 at five minutes.",
            "apgar scores",
            "checks of a newborn baby's health just after birth",
        ),
    ],
)
def test_a_measure_the_gate_names_is_explained_in_its_fixed_meaning(
    text: str, term: str, said: str
) -> None:
    assert term in {t.lower() for t in _left(text)}
    [explained] = explain_after([text])
    assert f"({said})" in explained
    assert explained.replace(f" ({said})", "") == text  # the paper's words, in order
    assert term not in _left(explained)


@pytest.mark.parametrize(
    "text",
    [
        # inside a noun phrase: a bracket would explain the wrong thing
        "The trials with all-cause mortality data were small.",
        "In one underpowered trial, the graft stayed open longer.",
    ],
)
def test_a_measure_inside_a_noun_phrase_is_left_for_the_gate(text: str) -> None:
    assert explain_after([text]) == [text]
