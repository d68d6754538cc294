"""Repair keeps the main result: a hard word drops it only when a result that says how an
outcome went takes its place, and never the first result that gives its figures (issue 9:
true > whole > the main finding > plain); the gate names the word."""

from __future__ import annotations

import asyncio

import pytest
from offline_repairs import first_draft, repaired_for_word

from plainsum.drafters import DrafterResult
from plainsum.drafters.offline import stands_in
from plainsum.schemas import Finding, Severity

LEAD = "Cryotherapy vests with thermoelectric panels reduced tiredness over the summer."


def _review(second: str) -> str:
    return (
        "Objectives: To assess the effects of cryotherapy vests for tiredness in people with MS.\n"
        "Search methods: We searched trial registers up to 3 May 2024.\n"
        f"Main results: We included six trials with 310 participants. {LEAD} {second}\n"
        "Authors' conclusions: Cooling vests may reduce tiredness in people with MS, but the "
        "evidence is of low certainty."
    )


def _repaired(text: str, span: str = "thermoelectric") -> tuple[DrafterResult, DrafterResult]:
    return repaired_for_word(text, span)


def test_a_side_effect_aside_never_takes_the_place_of_the_main_result():
    first, repaired = _repaired(_review("Two trials reported no serious side effects."))
    assert LEAD in first.summary.what_the_study_did
    # the body would be left with only the safety aside: the main result stays whole
    assert LEAD in repaired.summary.what_the_study_did


def test_a_hard_main_result_may_go_when_another_result_says_how_an_outcome_went():
    first, repaired = _repaired(
        _review("Cooling vests improved walking speed more than fans in two trials.")
    )
    did = repaired.summary.what_the_study_did
    assert LEAD in first.summary.what_the_study_did
    assert LEAD not in did
    assert "improved walking speed" in did  # the result that takes its place


FIGURED = (
    "Pooled data from three trials suggested that thermoelectric vests reduced fatigue scores "
    "by 14% compared with no vest."
)


def _figured_review(second: str) -> str:
    """The composer leads with the later result, the one that echoes the conclusion's words
    (as CD003882's bowel result led over its 17% better prolapse stage)."""
    return (
        "Objectives: To assess the effects of cooling garments for tiredness in people with MS.\n"
        "Search methods: We searched trial registers up to 3 May 2024.\n"
        f"Main results: We included seven trials with 356 participants. {FIGURED} {second}\n"
        "Authors' conclusions: There is now some evidence of a positive effect of cooling "
        "garments on tiredness and mood in people with MS. Larger trials are needed."
    )


MOOD = (
    "One trial reported mood outcomes, showing less low mood in the cooling garment group "
    "compared to the control group."
)


def test_the_first_result_with_its_figures_stays_for_a_hard_word():
    first, repaired = _repaired(_figured_review(MOOD))
    assert FIGURED in first.summary.what_the_study_did
    assert MOOD in first.summary.what_the_study_did
    assert FIGURED in repaired.summary.what_the_study_did


def test_a_hard_side_result_still_goes():
    side = "Vests with Peltier cells improved walking speed more than fans in two trials."
    first, repaired = _repaired(_review(side), span="Peltier")
    assert side in first.summary.what_the_study_did
    assert side not in repaired.summary.what_the_study_did
    assert LEAD in repaired.summary.what_the_study_did


def test_the_result_that_was_to_stay_must_stay():
    """The main result may go for a hard word only because another finding stays; "It also
    ..." leans on the sentence that goes, so it goes too, and then the main result stays."""
    text = (
        "Phenethyl isothiocyanate (PEITC) is the main sulphur compound found in watercress. We "
        "studied its effect on two human bladder cancer cell lines grown in dishes. Cells were "
        "treated with PEITC at four doses for 24, 48 and 72 hours. PEITC reduced the number of "
        "living cancer cells in a dose-dependent way, by up to 55% at the highest dose after 72"
        " hours. It also increased the share of cells undergoing programmed cell death and "
        "lowered the levels of proteins that drive cell division. Normal bladder cells treated "
        "in the same way were much less affected. The doses that worked in this study are "
        "higher than those reached in the blood after eating watercress. Whether PEITC has any "
        "effect on bladder cancer in people remains to be tested."
    )
    lead = "reduced the number of living cancer cells"
    first, repaired = _repaired(text, span="isothiocyanate")
    assert lead in first.summary.headline + first.summary.what_the_study_did
    assert lead in repaired.summary.headline + repaired.summary.what_the_study_did


def test_a_broken_main_result_still_goes():
    drafter, request, first = first_draft(_review("Two trials reported no serious side effects."))
    broken = Finding(
        check="fluency",
        severity=Severity.ERROR,
        section="what_the_study_did",
        span=LEAD,
        message="broken",
    )
    repaired = asyncio.run(drafter.repair(request, first, [broken]))
    assert LEAD not in repaired.summary.what_the_study_did  # whole comes before the finding


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        ("Cooling vests improved walking speed more than fans.", True),
        ("There was no clear difference in tiredness between the groups.", True),
        ("Two trials reported no serious side effects.", False),  # a safety aside
        ("Live birth rates were not reported in any of the studies.", False),
        ("The vests were worn for two hours a day.", False),  # how it ran
        ("The data did not allow them to report changes in tiredness scores.", False),
        ("There was evidence of a helpful effect of cooling on tiredness.", True),
    ],
)
def test_what_can_stand_in_for_the_main_result(text, stands):
    assert stands_in(text) is stands
