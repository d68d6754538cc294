"""A summary that never names what the paper's aim says it tested is flagged for review (issue 8:
"A review found no clear evidence about this procedure" passed the gate for a review of one
operation). A warning: the treatment named by any of its words passes, and so does a paper
whose aim names no treatment. Texts written for these tests."""

from __future__ import annotations

from plainsum.checks.subject import untested_treatment
from plainsum.checks.substance import check_substance
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Objectives: To assess the effects of hyperbaric oxygen therapy on fatigue in people with
multiple sclerosis.

Main results: We found no randomised trials that met our inclusion criteria.

Authors' conclusions: There is no evidence from trials on whether this therapy helps fatigue."""
)

UNNAMED = "A review found no clear evidence about this therapy. No trials were found."


def test_a_summary_that_never_names_what_was_tested_is_flagged():
    assert untested_treatment(REVIEW, UNNAMED) == ["hyperbaric", "oxygen"]


def test_any_word_of_the_treatment_names_it():
    assert (
        untested_treatment(REVIEW, "No trials of oxygen in a pressure chamber were found.") is None
    )
    assert untested_treatment(REVIEW, "No trials of hyperbaric treatment were found.") is None


def test_an_aim_that_names_only_a_kind_of_treatment_asks_for_nothing():
    paper = parse(
        "Objectives: To assess the effects of pharmacological methods for fatigue in MS.\n"
        "Main results: Five trials were included. Tiredness fell a little with each drug."
    )
    assert untested_treatment(paper, "Several drugs eased tiredness a little.") is None


def test_the_gate_warns_and_does_not_fail():
    summary = PlainSummary(
        headline=UNNAMED.split(". ")[0],
        what_the_study_did="The review looked for trials of the therapy in MS and found none.",
        why_it_matters="Fatigue is common in MS. Talk with your doctor or care team.",
        limitations="With no trials, nothing is known yet.",
    )
    found = [
        f
        for f in check_substance(REVIEW, detect_design(REVIEW), link_summary(REVIEW, summary))
        if "unnamed_treatment" in f.message
    ]
    assert [f.severity.value for f in found] == ["warning"]


def test_a_member_the_aim_lists_in_brackets_names_what_was_tested():
    paper = parse(
        "Objectives: To assess the effects of disease-modifying drugs (fingolimod, natalizumab, "
        "ocrelizumab) on walking in people with multiple sclerosis.\n"
        "Main results: Nine trials were included. Walking speed did not change."
    )
    assert untested_treatment(paper, "Natalizumab did not change walking speed.") is None
    assert untested_treatment(paper, "Walking speed did not change.") is not None
