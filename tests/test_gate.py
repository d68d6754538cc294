"""The whole gate over clean summaries and summaries with one planted problem each."""

import pytest
from gate_texts import (
    LAB_DESIGN,
    LAB_SOURCE,
    LAB_SUMMARY,
    OBS_DESIGN,
    OBS_SOURCE,
    OBS_SUMMARY,
    edit,
)

from plainsum.checks import CHECKS, has_errors, run_checks
from plainsum.schemas import Severity, StudyDesign


def errors(findings):
    return [f for f in findings if f.severity == Severity.ERROR]


def test_designs_detected():
    assert LAB_DESIGN.design == StudyDesign.LAB
    assert OBS_DESIGN.design == StudyDesign.OBSERVATIONAL


@pytest.mark.parametrize(
    "source,summary,design",
    [(LAB_SOURCE, LAB_SUMMARY, LAB_DESIGN), (OBS_SOURCE, OBS_SUMMARY, OBS_DESIGN)],
    ids=["lab", "observational"],
)
def test_clean_summaries_pass(source, summary, design):
    findings = run_checks(source, summary, design)
    assert not has_errors(findings), findings


# Two sentences: a body of one is thin (an error of its own, the finding check's).
GRADE_14 = (
    "Quantitative polymerase chain reaction demonstrated substantially elevated intracellular "
    "viral genome concentrations following inoculation, indicating productive replication "
    "within differentiated cultured populations under standardised experimental conditions. "
    "Pharmacological inhibition attenuated intracellular accumulation considerably."
)

PLANTED = [
    ("grade-14", {"what_the_study_did": GRADE_14}, "readability", "what_the_study_did", True),
    (
        "missing-lab-caveat",
        {"limitations": "The team ran only 3 experiments. Other labs should repeat the work."},
        "caveats",
        "limitations",
        False,
    ),
    (
        "no-doctor",
        {"why_it_matters": "Some scientists think this virus may play a part in MS today."},
        "caveats",
        "why_it_matters",
        False,
    ),
    (
        "invented-number",
        {"limitations": LAB_SUMMARY.limitations.replace("only 3", "only 12")},
        "faithfulness",
        "limitations",
        True,
    ),
    (
        "invented-drug",
        {
            "what_the_study_did": LAB_SUMMARY.what_the_study_did.replace(
                "ganciclovir", "valaciclovir"
            )
        },
        "faithfulness",
        "what_the_study_did",
        True,
    ),
    (
        "cure",
        {"headline": "A lab drug may be the cure for a virus linked to MS"},
        "claims",
        "headline",
        True,
    ),
    (
        "breakthrough",
        {"headline": "A breakthrough lab drug slows a virus linked to MS"},
        "claims",
        "headline",
        True,
    ),
    (
        "advice",
        {
            "why_it_matters": LAB_SUMMARY.why_it_matters
            + " You should stop taking your current drug and ask for ganciclovir."
        },
        "safety",
        "why_it_matters",
        True,
    ),
    (
        "unexplained-abbreviation",
        {
            "what_the_study_did": LAB_SUMMARY.what_the_study_did.replace(
                "a herpes virus called HHV-6A", "HHV-6A"
            )
        },
        "shape",
        "what_the_study_did",
        True,
    ),
]


@pytest.mark.parametrize(
    "changes,check,section,has_span", [p[1:] for p in PLANTED], ids=[p[0] for p in PLANTED]
)
def test_planted_problem_is_caught(changes, check, section, has_span):
    findings = run_checks(LAB_SOURCE, edit(LAB_SUMMARY, **changes), LAB_DESIGN)
    caught = [f for f in errors(findings) if f.check == check]
    assert caught, findings
    assert caught[0].section == section
    assert caught[0].hint and caught[0].message
    if has_span:
        assert caught[0].span
    # the problem planted is the only reason the gate fails
    assert {f.check for f in errors(findings)} == {check}


def test_missing_observational_caveat():
    summary = edit(
        OBS_SUMMARY,
        limitations="The study followed people for years. Some people left the study early on.",
    )
    findings = run_checks(OBS_SOURCE, summary, OBS_DESIGN)
    assert any(f.check == "caveats" and "link_not_cause" in f.message for f in errors(findings))


def test_lab_caveat_not_required_for_observational():
    findings = run_checks(OBS_SOURCE, OBS_SUMMARY, OBS_DESIGN)
    assert not any("not_in_people" in f.message for f in findings)


@pytest.mark.parametrize(
    "changes",
    [
        {"why_it_matters": "There is no cure for MS yet. " + LAB_SUMMARY.why_it_matters},
        {"limitations": LAB_SUMMARY.limitations + " This does not prove that the drug works."},
        {"limitations": LAB_SUMMARY.limitations + " It cannot prove the virus causes MS."},
        {"why_it_matters": LAB_SUMMARY.why_it_matters.replace("MS.", "multiple sclerosis (MS).")},
    ],
    ids=["no-cure", "does-not-prove", "cannot-prove", "spelled-out"],
)
def test_hedged_wording_passes_the_gate(changes):
    findings = run_checks(LAB_SOURCE, edit(LAB_SUMMARY, **changes), LAB_DESIGN)
    assert not has_errors(findings), errors(findings)


def test_findings_come_in_check_order():
    summary = edit(
        LAB_SUMMARY,
        headline="A breakthrough cure for a virus linked to MS and EBV",
        why_it_matters="Some scientists think this virus may play a part in MS today.",
    )
    checks = [f.check for f in run_checks(LAB_SOURCE, summary, LAB_DESIGN)]
    assert checks == sorted(checks, key=list(CHECKS).index)
    assert {"caveats", "claims", "faithfulness", "shape"} <= set(checks)
