"""Issue 9 (jargon kept in non-MS bodies): the research terms the drafts kept unexplained most
often get a vetted explanation in brackets where a sentence first uses them (data/
explanations.tsv), and the gate's jargon check then counts them as explained. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.jargon import find_terms, unexplained_terms
from plainsum.plain.explain import explain_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The random-effects model showed a small benefit for walking.", "random-effects model"),
        ("There was no sign of publication bias in the trials.", "publication bias"),
        ("The effect sizes were small in most trials.", "effect sizes"),
    ],
)
def test_a_research_term_is_explained_where_it_is_first_used(text: str, term: str) -> None:
    explained = explain_terms(text)
    assert explained.startswith(text[: text.index(term) + len(term)] + " (")
    left = {t.text.lower() for t in unexplained_terms(explained, find_terms(explained))}
    assert term not in left


@pytest.mark.parametrize(
    "text",
    [
        # "statistical significance (a result unlikely to be due to chance)" would say the
        # opposite of "did not reach statistical significance": no explanation row for it
        "The drop in falls did not reach statistical significance.",
        # a long explanation inside "schizophrenia-like psychoses" cost drafts their findings
        "People with schizophrenia-like psychoses were studied.",
    ],
)
def test_terms_whose_explanation_misleads_are_left_as_they_are(text: str) -> None:
    assert explain_terms(text) == text


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hypogammaglobulinaemia was more frequent with the infusions.", "hypogammaglobulinaemia"),
        ("Side effects were mainly hypertriglyceridaemia and tiredness.", "hypertriglyceridaemia"),
        ("Nine people developed hypothyroidism during the trial.", "hypothyroidism"),
        # before an adverb the term ends its noun phrase ("amenorrhoea often occurred")
        ("Two people died; sepsis and amenorrhoea often occurred with the drug.", "amenorrhoea"),
        # a drug review's list of common harms (the gate failed the list, the repair cut it)
        ("The most common harms were headache, flushing and dyspepsia.", "dyspepsia"),
    ],
)
def test_a_harm_named_by_a_lab_term_is_explained(text: str, term: str) -> None:
    """A drug trial's harms named by lab terms (the gate failed them as unexplained jargon and
    the repair cut the harms from the draft) are explained where first used."""
    said = explain_terms(text)
    assert term not in {t.text.lower() for t in unexplained_terms(said)}
    assert f"{term} (" in said.lower()
