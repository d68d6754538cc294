"""A preprint (posted before peer review) is said to be one: a summary of it without that caveat
fails the gate, and the offline drafter says it first in the limitations (papers written for the
project)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.checks.caveats import caveats_for, check_caveats
from plainsum.design import detect_design
from plainsum.ingest import Source, parse
from plainsum.preprints import is_preprint
from plainsum.schemas import PlainSummary, Severity
from plainsum.settings import Settings

TEXT = (
    "Background: Cool rooms may ease fatigue in MS. Methods: We asked 40 adults with MS to work "
    "in a cool room and a warm room on two days. Results: Fatigue scores were 20% lower in the "
    "cool room. Conclusions: A cool room eased fatigue for a day."
)


def _source(**details: str) -> Source:
    source = parse(TEXT)
    return Source(**{**source.__dict__, **details})


@pytest.mark.parametrize(
    "details",
    [
        {"doi": "10.1101/2026.03.11.26301234"},  # medRxiv / bioRxiv
        {"doi": "10.21203/rs.3.rs-1234567/v1"},  # Research Square
        {"journal": "medRxiv"},
        {"url": "https://www.biorxiv.org/content/10.1101/2026.01.02.123456v1"},
    ],
)
def test_a_preprint_servers_papers_are_preprints(details: dict[str, str]) -> None:
    assert is_preprint(_source(**details))


def test_the_servers_notice_says_so() -> None:
    notice = "This article is a preprint and has not been certified by peer review.\n\n"
    assert is_preprint(parse(notice + TEXT))


@pytest.mark.parametrize(
    "details",
    [
        {"doi": "10.1101/gad.351234.123"},  # a Cold Spring Harbor journal: peer reviewed
        {"journal": "Multiple Sclerosis Journal"},
        {"url": "https://pubmed.ncbi.nlm.nih.gov/40000002/"},
    ],
)
def test_published_papers_are_not(details: dict[str, str]) -> None:
    assert not is_preprint(_source(**details))


def test_a_paper_that_only_discusses_preprints_is_not_one() -> None:
    text = TEXT + " Many preprints that have not been peer reviewed were cited during the pandemic."
    assert not is_preprint(parse(text))


def _summary(limitations: str) -> PlainSummary:
    return PlainSummary(
        headline="A cool room eased fatigue for a day in people with MS",
        what_the_study_did="Forty adults with MS worked in a cool room and a warm room.",
        why_it_matters="Keeping cool may help with fatigue. Talk with your care team.",
        limitations=limitations,
    )


def test_the_gate_wants_the_caveat_for_a_preprint_only() -> None:
    preprint = detect_design(_source(journal="medRxiv"))
    published = detect_design(_source(journal="Multiple Sclerosis Journal"))
    assert "preprint" in [c.name for c in caveats_for(preprint)]
    assert "preprint" not in [c.name for c in caveats_for(published)]
    bare = _summary("This was a small study of 40 people.")
    missing = [f for f in check_caveats(bare, preprint) if "(preprint)" in f.message]
    assert missing and missing[0].severity == Severity.ERROR
    said = _summary("It has not yet been peer reviewed. This was a small study of 40 people.")
    assert not [f for f in check_caveats(said, preprint) if "(preprint)" in f.message]


def test_the_offline_draft_says_it_is_a_preprint() -> None:
    notice = "This article is a preprint and has not been certified by peer review.\n\n"
    summary = draft(notice + TEXT, Settings(backend="offline")).summary
    assert summary.limitations.startswith("This paper is a preprint")
