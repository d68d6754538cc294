"""A long form written in brackets after "which stands for" is read as the long form ("EDSS
(which stands for ...)"), so a wrong one is caught and a right one passes (issue 8: wrong
expansions written in other words than the corpus's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.abbreviations import wrong_expansions

PAPER = "Disability was measured with the Expanded Disability Status Scale (EDSS)."


@pytest.mark.parametrize("opener", ["which stands for", "that stands for", "which means"])
def test_a_wrong_long_form_after_which_stands_for_is_caught(opener: str) -> None:
    summary = f"Their EDSS ({opener} Extended Disease Severity Score) rose."
    assert [w.short for w in wrong_expansions(PAPER, summary)] == ["EDSS"]


def test_the_papers_own_long_form_after_which_stands_for_passes() -> None:
    summary = "Their EDSS (which stands for Expanded Disability Status Scale) rose."
    assert wrong_expansions(PAPER, summary) == []


def test_two_names_of_one_statistic_are_the_same_long_form() -> None:
    """ "relative risk (RR)" for a paper's "risk ratio (RR)" is right: the same statistic; a
    relapse rate is not."""
    paper = "Falls were fewer with the drug (risk ratio (RR) 0.8, 95% CI 0.7 to 0.9)."
    assert wrong_expansions(paper, "The relative risk (RR) of a fall was lower.") == []
    assert [w.short for w in wrong_expansions(paper, "The RR (relapse rate) was lower.")] == ["RR"]
