"""A long form that keeps a short form inside it ("rapidly recurring MS" for RRMS) spells the
abbreviation, so a wrong one set beside it with a comma is a wrong expansion (issue 8: "RRMS,
or rapidly recurring MS," passed the gate in a development set, while "RRMS (rapidly recurring
MS)" failed). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.abbreviations import wrong_expansions
from plainsum.checks.long_forms import summary_expansions

SOURCE = (
    "Objective: To examine whether diet is associated with disability in relapsing-remitting "
    "multiple sclerosis (RRMS). Methods: We followed 900 patients with RRMS for five years. "
    "Results: A high-fibre diet was associated with less disability worsening."
)


@pytest.mark.parametrize(
    "summary",
    [
        "If you have RRMS, or rapidly recurring MS, you may wonder whether diet matters.",
        "People with RRMS, short for rapidly recurring MS, were followed for five years.",
        "People with RRMS (rapidly recurring MS) were followed for five years.",
    ],
)
def test_a_wrong_long_form_with_a_short_form_inside_is_found(summary: str) -> None:
    wrong = wrong_expansions(SOURCE, summary)
    assert [w.short for w in wrong] == ["RRMS"]
    assert wrong[0].written == "rapidly recurring MS"


@pytest.mark.parametrize(
    "summary",
    [
        "If you have RRMS, or relapsing-remitting MS, you may wonder whether diet matters.",
        "People with RRMS, or relapsing remitting multiple sclerosis, were followed.",
    ],
)
def test_the_paper_s_own_long_form_passes(summary: str) -> None:
    assert wrong_expansions(SOURCE, summary) == []


def test_a_short_form_word_still_reads_as_one_letter_where_that_spells_it() -> None:
    found = summary_expansions("They measured DBP, or DNA binding protein, in blood.")
    assert found == {"DBP": "DNA binding protein"}
