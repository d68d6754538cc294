"""Repair keeps what was studied: a hard word or an unexplained abbreviation does not drop the only
sentence saying what was studied, in whom (issue 9: true > whole > the main finding > plain);
the gate names the word instead. A sentence found broken or false still goes."""

from __future__ import annotations

import asyncio

import pytest

from plainsum.design import detect_design
from plainsum.drafters import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.schemas import Finding, Severity
from plainsum.settings import Settings

REVIEW = (
    "Objectives: To assess the effects of cryotherapy vests for tiredness in people with MS.\n"
    "Search methods: We searched trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 310 participants. Cooling vests reduced "
    "tiredness over the summer. Walking speed improved in two trials.\n"
    "Authors' conclusions: Cooling vests may reduce tiredness in people with MS, but the "
    "evidence is of low certainty."
)
AIM = "cryotherapy vests for tiredness in people with MS"


def _repaired(check: str, span: str) -> tuple[str, str]:
    source = parse(REVIEW)
    settings = Settings()
    request = DraftRequest(source=source, design=detect_design(source), settings=settings)
    drafter = OfflineDrafter(settings)
    first = asyncio.run(drafter.draft(request))
    finding = Finding(
        check=check,
        severity=Severity.ERROR,
        section="what_the_study_did",
        span=span,
        message=f"'{span}' was named.",
    )
    repaired = asyncio.run(drafter.repair(request, first, [finding]))
    return first.summary.what_the_study_did, repaired.summary.what_the_study_did


@pytest.mark.parametrize(
    ("check", "span", "stays"),
    [
        ("jargon", "cryotherapy", True),  # a hard word: the gate names it, the aim stays
        ("abbreviations", "cryotherapy", True),
        ("shape", "cryotherapy", True),  # an unexplained abbreviation (one word)
        ("fluency", "wanted to check the effects", False),  # broken: it goes
        ("faithfulness", "wanted to check the effects", False),  # false: it goes
    ],
)
def test_the_only_aim_survives_a_hard_word_but_not_a_broken_sentence(check, span, stays):
    first, repaired = _repaired(check, span)
    assert AIM in first
    assert (AIM in repaired) == stays
    assert "Cooling vests reduced tiredness" in repaired  # the main result stays either way


def test_a_hard_word_the_kept_aim_holds_drops_no_other_sentence():
    # the word stays in the draft in the aim anyway: leaving out a result for it hides nothing
    text = REVIEW.replace(
        "Cooling vests reduced tiredness", "Vests with cryotherapy panels reduced tiredness"
    )
    source = parse(text)
    settings = Settings()
    request = DraftRequest(source=source, design=detect_design(source), settings=settings)
    drafter = OfflineDrafter(settings)
    first = asyncio.run(drafter.draft(request)).summary.what_the_study_did
    jargon = Finding(
        check="jargon",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span="cryotherapy",
        message="'cryotherapy' is a technical term.",
    )
    drafted = asyncio.run(drafter.draft(request))
    repaired = asyncio.run(drafter.repair(request, drafted, [jargon])).summary.what_the_study_did
    assert AIM in first and "Vests with cryotherapy panels reduced tiredness" in first
    assert AIM in repaired
    assert "Vests with cryotherapy panels reduced tiredness" in repaired
