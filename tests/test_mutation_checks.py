"""Gate checks at their limits and the sections they name (issue 13: tests that fail when the
code is wrong). Texts written for these tests."""

import pytest
from gate_texts import LAB_DESIGN, LAB_SUMMARY, edit
from test_checks_finding import CARE, PROCEDURE_ONLY, RESULT, _check, _summary

from plainsum.checks import run_gate
from plainsum.checks.fluency import text_problems
from plainsum.checks.readability import MAX_SENTENCE_WORDS, check_readability
from plainsum.checks.shape import HEADLINE_WORDS, check_shape
from plainsum.ingest import parse


def _sentence(words: int) -> str:
    return " ".join(["The"] + ["mice"] * (words - 2) + ["grew."])


@pytest.mark.parametrize("extra,named", [(0, False), (1, True)])
def test_a_sentence_is_long_only_past_the_limit(extra, named):
    sentence = _sentence(MAX_SENTENCE_WORDS + extra)
    summary = edit(LAB_SUMMARY, limitations=f"{LAB_SUMMARY.limitations} {sentence}")
    long = [f for f in check_readability(summary) if f.span == sentence]
    assert bool(long) is named, long
    if named:
        assert long[0].section == "limitations" and long[0].severity.value == "info"
        assert f"{MAX_SENTENCE_WORDS + 1} words" in long[0].message


@pytest.mark.parametrize(
    "words,named",
    [
        (HEADLINE_WORDS[0] - 1, True),
        (HEADLINE_WORDS[0], False),
        (HEADLINE_WORDS[1], False),
        (HEADLINE_WORDS[1] + 1, True),
    ],
)
def test_headline_length_limits_are_inclusive(words, named):
    headline = " ".join(["Mice"] + ["grew"] * (words - 1))
    found = [
        f for f in check_shape(edit(LAB_SUMMARY, headline=headline)) if "Headline has" in f.message
    ]
    assert bool(found) is named, found
    if named:
        assert found[0].section == "headline" and f"{words} words" in found[0].message


def test_results_only_under_why_it_matters_point_at_what_the_study_did():
    (found,) = _check(_summary(PROCEDURE_ONLY, f"{RESULT} {CARE}"))
    assert found.section == "what_the_study_did"  # where the results belong
    assert "Move the main results" in found.hint


LAB_WITH_DATA = parse(
    """Herpes virus replication in cultured human astrocytes

Background: Human herpesvirus 6 (HHV-6) has been proposed as a factor in multiple sclerosis.
Methods: We infected cultured human astrocytes in vitro with HHV-6A and measured viral DNA
over 72 hours in 3 independent experiments. Cells were treated with ganciclovir or vehicle.
The data are at https://example.org/hhv6-data for other researchers.
Results: Viral DNA rose 40-fold by 72 hours. Ganciclovir reduced viral DNA by 85%.
Conclusions: HHV-6A replicates in astrocytes, and ganciclovir limits it in cell culture.
"""
)


def test_the_gate_lets_the_papers_own_link_through():
    """The gate gives the paper to the foreign-text check: a link the paper holds is no
    intrusion (nor a markup error)."""
    why = f"{LAB_SUMMARY.why_it_matters} The data are at https://example.org/hhv6-data."
    gate = run_gate(LAB_WITH_DATA, edit(LAB_SUMMARY, why_it_matters=why), LAB_DESIGN)
    assert gate.findings == []
    invented = why.replace("hhv6-data", "hhv6-offer")
    gate = run_gate(LAB_WITH_DATA, edit(LAB_SUMMARY, why_it_matters=invented), LAB_DESIGN)
    assert {f.check for f in gate.findings} == {"foreign_text", "markup"}


def test_a_small_letter_after_an_opening_quote_or_bracket_is_still_a_small_start():
    for text in ('"then the cells stopped growing in the dish."', "(then the cells grew.)"):
        assert "lower_start" in {p.rule for p in text_problems(text)}, text
