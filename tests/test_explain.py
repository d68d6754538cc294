"""A hard term explained where a sentence first uses it (plain/explain.py): from the vetted
gloss in brackets, or "the drug" before a rare medicine name; where each must apply and where
not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.jargon import unexplained_terms
from plainsum.plain.explain import explain_terms, gloss
from plainsum.plain.glossary import plain_words
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mice were fed cuprizone for five weeks.",
            "Mice were fed cuprizone (a chemical that strips myelin) for five weeks.",
        ),
        (
            "Gliosis was seen in the cortex.",
            "Gliosis (a scar-like reaction of support cells in the brain) was seen in the cortex.",
        ),
        # only the first use in a sentence
        (
            "Cuprizone was given for weeks and then cuprizone was stopped.",
            "Cuprizone (a chemical that strips myelin) was given for weeks and "
            "then cuprizone was stopped.",
        ),
        # "the drug" opens the noun phrase of a rare medicine name
        ("Nimodipine lowered deaths.", "The drug nimodipine lowered deaths."),
        ("People given nimodipine had fewer deaths.", "People given the drug nimodipine had"),
        ("We compared brivaracetam with a dummy pill.", "compared the drug brivaracetam with"),
        (
            "Alanine aminotransferase rose in three people.",
            "Alanine aminotransferase (a liver enzyme measured in blood) rose",
        ),
        # a brace, said in plain words
        (
            "Ankle-foot orthoses helped children walk faster.",
            "Ankle-foot orthoses (braces that support the ankle and foot) helped",
        ),
        ("Some wore orthoses at night.", "orthoses (braces or splints that support part of"),
        # a foot orthosis is a shoe insert, no brace
        (
            "Children with flat feet wore foot orthoses for a year.",
            "foot orthoses (shoe inserts that support the foot) for a year",
        ),
        (
            "Carbon ankle-foot-orthoses reduced energy cost.",
            "orthoses (braces that support the ankle",
        ),
        # the first of a pair: its bracket stands between the two and reads as its own
        (
            "Side effects were lymphopenia and neutropenia in three people.",
            "lymphopenia (a low count of one type of white blood cell) and neutropenia",
        ),
        # a common word beside it does not share the bracket
        (
            "Side effects were fatigue and lymphopenia in three people.",
            "fatigue and lymphopenia (a low count of one type of white blood cell) in",
        ),
    ],
)
def test_a_hard_term_is_explained_at_first_use(text: str, want: str) -> None:
    out = explain_terms(text)
    assert want in out
    assert not [t for t in unexplained_terms(out) if t.text.lower() in want.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Side effects were leukopenia and lymphopenia in three people.",
        "Two trials counted eosinophilia or lymphopenia after the first dose.",
    ],
)
def test_a_pair_of_rare_terms_shares_no_bracket(text: str) -> None:
    """One bracket after "neutropenia and lymphopenia" would explain two kinds of cell as one:
    each term is explained or neither is (the gate then names the pair)."""
    assert explain_terms(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Cuprizone-fed mice lost myelin.",  # joined by a hyphen: no bracket inside a compound
        "Cuprizone, a copper-binding chemical, was given.",  # the sentence explains it already
        "Mice got a toxin (cuprizone) for weeks.",  # inside brackets
        "The nimodipine group had fewer deaths.",  # a modifier of "group"
        "We counted vancomycin resistant organisms.",  # a modifier: not the drug's organisms
        "Seroma aspirations did not differ.",  # no bracket inside a noun phrase
        "The drug nimodipine lowered deaths.",  # introduced already
        "Drugs such as aspirin and nimodipine were used.",  # a list a kind word opens
        "Fingolimod lowered relapses.",  # a name people with MS know
        "Histidine levels rose.",  # an amino acid, no medicine: its ending is no drug stem
        "Somatostatin levels rose.",  # a hormone
        "Some patients took Nimotop daily.",  # a brand name inside a sentence
        "Statins lowered cholesterol.",  # a word people know
    ],
)
def test_nothing_is_explained_where_it_would_break_or_guess(text: str) -> None:
    assert explain_terms(text) == text


def test_an_explanation_never_costs_the_sentence() -> None:
    # 29 words: whole and short enough as written, too long with a bracket added
    text = (
        "The researchers fed cuprizone to one group of adult mice and normal food to another "
        "group of adult mice for five weeks and measured the myelin in each brain."
    )
    plain = plain_sentences(text)
    assert plain and all("strips myelin" not in p.text for p in plain)
    short = "Mice were fed cuprizone for five weeks."
    assert "strips myelin" in plain_sentences(short)[0].text


def test_every_gloss_entry_is_a_plain_noun_phrase() -> None:
    for term, explanation in gloss().items():
        assert explanation[:1].islower() and not explanation.endswith("."), term
        assert not unexplained_terms(explanation), term


@pytest.mark.parametrize(
    "text",
    [
        "Fluoxetine, orlistat, and sibutramine can lower weight.",
        "Weight fell with fluoxetine and orlistat in two trials.",
        "The trials compared dexmedetomidine with midazolam, fentanyl, or propofol.",
    ],
)
def test_a_name_among_several_is_not_introduced_as_the_drug(text):
    assert "the drug" not in explain_terms(text).lower()


def test_a_name_alone_is_still_introduced_as_the_drug():
    assert "with the drug fluoxetine in" in explain_terms(
        "Weight fell with fluoxetine in two trials."
    )


def test_a_kept_outcome_term_is_made_plain() -> None:
    assert plain_words("Two trials had a high risk of bias from incomplete outcome data.") == (
        "Two trials had a high risk of bias from missing data."
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # terms readers met unexplained in copied sentences: one meaning in any paper
        (
            "Fewer babies given the probiotic developed sepsis.",
            "Fewer babies given the probiotic developed sepsis (a life-threatening reaction of "
            "the body to an infection).",
        ),
        (
            "Cyclophosphamide slowed disability in two small trials.",
            "Cyclophosphamide (a strong medicine that dampens the immune system) slowed "
            "disability in two small trials.",
        ),
        (
            "Percutaneous transluminal angioplasty did not improve walking.",
            "Percutaneous transluminal angioplasty (widening a narrowed blood vessel with a small "
            "balloon) did not improve walking.",
        ),
        (
            "People given heparin had fewer clots in the leg.",
            "People given heparin (a medicine that stops blood from clotting) had fewer clots in "
            "the leg.",
        ),
    ],
)
def test_a_vetted_term_is_explained_where_first_used(text: str, want: str) -> None:
    assert explain_terms(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The heparin group had more bleeding.",  # a modifier of "group"
        "Sepsis, a reaction to infection, was rare.",  # the sentence explains it already
        "The angioplasty (PTA) arm was small.",  # inside a noun phrase, and bracketed after
    ],
)
def test_a_vetted_term_is_left_alone_where_a_bracket_breaks_the_phrase(text: str) -> None:
    assert explain_terms(text) == text


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("Mice were given cuprizone for six weeks.", True),
        ("Cuprizone feeding in young mice.", False),  # no verb: a fragment stays one
        ("Young mice lost myelin over six weeks.", False),  # no gloss term: nothing to explain
    ],
)
def test_a_gloss_term_is_explained_only_in_a_piece_with_a_verb(text: str, explained: bool) -> None:
    assert (explain_terms(text) != text) is explained
    if explained:
        assert "cuprizone (a chemical that strips myelin)" in explain_terms(text)


def test_a_pair_of_rare_terms_each_with_its_gloss_is_each_explained() -> None:
    text = "Side effects were neutropenia and lymphopenia in three people."
    assert explain_terms(text) == (
        "Side effects were neutropenia (a low count of the white blood cells that fight "
        "bacteria) and lymphopenia (a low count of one type of white blood cell) in three people."
    )


def test_an_itch_and_a_sore_throat_are_said_in_plain_words() -> None:
    text = "Common side effects were pruritus and pharyngolaryngeal pain after the infusion."
    assert plain_words(text) == (
        "Common side effects were itching and throat pain after the infusion."
    )


@pytest.mark.parametrize(
    "text",
    [
        "But add-on brivaracetam is linked with more withdrawals than placebo.",
        "The add-on nimodipine was stopped early in two trials.",
    ],
)
def test_a_hyphened_word_ending_in_a_preposition_opens_no_phrase(text):
    # "add-on" is one word: the name after it is modified, never "add-on the drug X"
    assert "the drug" not in explain_terms(text)
