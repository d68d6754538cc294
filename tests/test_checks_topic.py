"""A tool the paper only used is not what it studied (plainsum.checks.topic), and the support
check reports a summary that says otherwise. Paper and sentences written for these tests."""

import pytest

from plainsum.checks.support import check_support
from plainsum.checks.topic import method_as_topic
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

PAPER = parse(
    """Gut bacteria and T cells in multiple sclerosis

Background: T cells that attack myelin drive multiple sclerosis (MS).

Methods: We took blood from 40 people with MS and 20 healthy people. T cell subsets were
measured using flow cytometry. Gut bacteria were profiled by 16S sequencing of stool samples.

Results: People with MS had more Th17 cells than healthy people. Two gut bacteria were linked
to Th17 cell counts.

Conclusions: Gut bacteria may shape T cell responses in MS."""
)


@pytest.mark.parametrize(
    "sentence,tool",
    [
        ("The researchers looked at flow cytometry in people with MS.", "flow cytometry"),
        ("The study examined 16S sequencing of stool.", "16S sequencing of stool"),
        ("Researchers studied flow cytometry to learn about MS.", "flow cytometry"),
    ],
)
def test_a_tool_said_to_be_the_topic_is_named(sentence, tool):
    assert method_as_topic(PAPER, sentence) == tool


@pytest.mark.parametrize(
    "sentence",
    [
        "The researchers looked at T cells and gut bacteria in people with MS.",
        "They studied Th17 cells in blood.",
        "Researchers looked at gut bacteria in 40 people with MS.",
        "The team looked at whether gut bacteria shape T cells.",  # a question, not a thing
        "The team measured T cells using flow cytometry.",  # the tool as a tool
        "Researchers looked at it closely.",  # too light to judge
    ],
)
def test_what_the_paper_studied_or_a_tool_as_a_tool_passes(sentence):
    assert method_as_topic(PAPER, sentence) is None


def test_a_treatment_given_with_a_word_of_means_is_still_a_topic():
    trial = parse(
        "Methods: Adults with relapsing MS were given vitamin D or a dummy pill for two years. "
        "Results: People treated with vitamin D had fewer relapses. Relapses were counted by "
        "neurologists who did not know which pill each person took."
    )
    assert method_as_topic(trial, "The trial looked at vitamin D in people with MS.") is None
    measured = parse(
        "Methods: Adults with relapsing MS were followed for two years. Results: Relapses were "
        "fewer in people with higher blood levels, measured using vitamin D tests. Relapses "
        "were counted by neurologists who did not know the blood levels."
    )
    assert method_as_topic(measured, "The study looked at vitamin D in people with MS.") == (
        "vitamin D"
    )


def _support_errors(did: str) -> list:
    summary = PlainSummary(
        headline="Two gut bacteria were linked to immune cells that drive MS",
        what_the_study_did=did,
        why_it_matters="Talk with your care team about your own care.",
        limitations="This was a small study that can show a link, not a cause.",
    )
    design = detect_design(PAPER)
    findings = check_support(PAPER, design, link_summary(PAPER, summary, design))
    return [f for f in findings if f.severity == Severity.ERROR and f.check == "support"]


def test_the_support_check_reports_a_method_said_to_be_the_topic():
    (error,) = _support_errors(
        "The researchers looked at flow cytometry in 40 people with MS and 20 healthy people."
    )
    assert "'flow cytometry'" in error.message and "means of its work" in error.message
    assert (
        _support_errors(
            "The researchers looked at gut bacteria and T cells in 40 people with MS and 20 "
            "healthy people."
        )
        == []
    )
