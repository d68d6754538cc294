"""Repair keeps a headline made from the authors' conclusion: a hard word alone does not trade
it for a side point, and a body sentence that repeats it goes without taking the headline's
source with it (issue 9: true > whole > the main finding > plain)."""

from __future__ import annotations

import asyncio

import pytest

from plainsum.design import detect_design
from plainsum.drafters import DrafterResult, DraftRequest
from plainsum.drafters.keep_head import head_source_kept, keeps_headline, repeated
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink, Finding, Severity
from plainsum.settings import Settings

CONCLUSION = (
    "Intranasal desmopressin may reduce night-time urination in people with MS, but the "
    "evidence is of low certainty."
)
REVIEW = (
    "Objectives: To assess the effects of intranasal desmopressin for bladder urgency in people "
    "with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included four trials with 212 participants. Desmopressin reduced "
    "night-time urination in two trials. Serum sodium fell below the normal range in three "
    "participants.\n"
    f"Authors' conclusions: {CONCLUSION}"
)


def _first_draft() -> tuple[OfflineDrafter, DraftRequest, DrafterResult]:
    source = parse(REVIEW)
    settings = Settings()
    request = DraftRequest(source=source, design=detect_design(source), settings=settings)
    drafter = OfflineDrafter(settings)
    return drafter, request, asyncio.run(drafter.draft(request))


def _finding(check: str, span: str, message: str = "x", section: str = "headline") -> Finding:
    return Finding(
        check=check, severity=Severity.ERROR, section=section, span=span, message=message
    )


def test_a_hard_word_does_not_drop_the_conclusion_headline():
    drafter, request, first = _first_draft()
    # (the conclusion, "intranasal" said as "nasal")
    assert first.summary.headline.startswith("Nasal desmopressin may reduce night-time urination")
    repaired = asyncio.run(drafter.repair(request, first, [_finding("jargon", "desmopressin")]))
    assert repaired.summary.headline == first.summary.headline


@pytest.mark.parametrize(
    "check, span",
    [
        ("fluency", "Intranasal desmopressin"),  # broken
        ("faithfulness", "night-time urination"),  # false
    ],
)
def test_a_false_or_broken_conclusion_headline_still_goes(check: str, span: str):
    drafter, request, first = _first_draft()
    repaired = asyncio.run(drafter.repair(request, first, [_finding(check, span)]))
    assert repaired.summary.headline != first.summary.headline


REPEAT = "This sentence says again what the summary already said in x: 'y'. (repeated)"
HEAD = "The conclusion as edited."


@pytest.mark.parametrize(
    "finding, section, text, head_from, keeps, source_kept",
    [
        (_finding("jargon", "word"), "headline", "A headline.", HEAD, True, False),
        (_finding("abbreviations", "AB"), "headline", "A headline.", HEAD, True, False),
        (_finding("jargon", "word"), "headline", "A headline.", "", False, False),
        (_finding("fluency", "word"), "headline", "A headline.", HEAD, False, False),
        (_finding("substance", HEAD, REPEAT), "why_it_matters", HEAD, HEAD, False, True),
        (_finding("jargon", "word"), "why_it_matters", HEAD, HEAD, False, True),
        (_finding("jargon", "word"), "why_it_matters", "Another.", HEAD, False, False),
        (_finding("faithfulness", "as"), "why_it_matters", HEAD, HEAD, False, False),
        (_finding("substance", HEAD, "Too thin."), "why_it_matters", HEAD, HEAD, False, False),
    ],
)
def test_which_findings_leave_the_headline_in_place(
    finding: Finding, section: str, text: str, head_from: str, keeps: bool, source_kept: bool
):
    link = EvidenceLink(section=section, index=0, text=text)
    assert keeps_headline(finding, link, head_from) is keeps
    assert head_source_kept(finding, link, head_from) is source_kept


@pytest.mark.parametrize(
    "check, message, expected",
    [("substance", REPEAT, True), ("substance", "Too thin.", False), ("jargon", REPEAT, False)],
)
def test_repeated(check: str, message: str, expected: bool):
    assert repeated(_finding(check, "s", message)) is expected


@pytest.mark.parametrize(
    "check, message, kept",
    [
        ("substance", REPEAT, True),  # only the body's repeat goes
        ("jargon", "a technical term", True),  # only the body's copy goes; the gate names it
        ("faithfulness", "not what the paper says", False),  # false: the headline goes too
    ],
)
def test_dropping_the_body_copy_of_the_conclusion(check: str, message: str, kept: bool):
    drafter, request, first = _first_draft()
    origin = first.head_from  # type: ignore[attr-defined]
    assert origin
    # the body says the headline's conclusion whole under why it matters
    copy = EvidenceLink(section="why_it_matters", index=0, text=origin, source_sentences=[7])
    first.links.append(copy)
    span = "desmopressin" if check == "jargon" else origin
    finding = _finding(check, span, message, section="why_it_matters")
    repaired = asyncio.run(drafter.repair(request, first, [finding]))
    assert (repaired.summary.headline == first.summary.headline) is kept
