"""A chemical element's symbol read as a word ("K+", "K(+)", "Ca2+", "K plasma levels") is
jargon no reader can read, unless the plain name stands beside it (issue 8): a warning whose
hint names the element, an editor's light edit. Found in offline drafts of ../shared/data that
copied the paper's symbols ("... K plasma levels ..."). Sentences written for these tests."""

import pytest

from plainsum.checks.jargon import check_jargon, unexplained_terms
from plainsum.schemas import PlainSummary, Severity


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("Changes in K plasma levels may harm the heart.", "K"),
        ("Breathing in the drug lowered serum K+ after four hours.", "K+"),
        ("The infusion lowered K(+) in the blood.", "K(+)"),
        ("Muscle cells need Ca2+ to squeeze.", "Ca2+"),
        ("Salt enters through an epithelial Na channel in the kidney.", "Na"),
    ],
)
def test_a_bare_element_symbol_is_unexplained_jargon(text, symbol):
    assert flagged(text) == [symbol]


@pytest.mark.parametrize(
    "text",
    [
        "Breathing in the drug lowered blood potassium (K+) after four hours.",
        "Vitamin K levels were normal in both groups.",
        "Group K was larger than group H.",
        "Scores rose on the K-ABC test for children.",
    ],
)
def test_a_named_element_a_vitamin_or_a_label_is_no_symbol_left_unread(text):
    assert flagged(text) == []


def test_one_element_is_one_term_and_a_warning_that_names_it():
    summary = PlainSummary(
        headline="A salt pump in the kidney keeps blood salts steady, a lab study finds",
        what_the_study_did=(
            "The team studied kidney cells in a dish. Cells took up Na+ through an epithelial "
            "Na channel. Blocking the channel let less of it in."
        ),
        why_it_matters="This study did not look at MS. Ask your care team about your own care.",
        limitations="This work was done in cells in a lab, not in people.",
    )
    (finding,) = check_jargon(summary)
    assert finding.span == "Na+" and finding.severity == Severity.WARNING
    assert finding.hint.startswith("Write 'sodium' for the chemical symbol 'Na+'")
