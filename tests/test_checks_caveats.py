import pytest
from gate_texts import LAB_DESIGN, LAB_SUMMARY, OBS_DESIGN, edit

from plainsum.checks.caveats import CAVEATS, check_caveats, required_caveats
from plainsum.design import DesignInfo
from plainsum.schemas import Severity, StudyDesign


def missing(summary, design):
    return {f.message.split("(")[1].split(")")[0] for f in check_caveats(summary, design)}


@pytest.mark.parametrize(
    "design,names",
    [
        (StudyDesign.LAB, {"not_in_people", "care_team"}),
        (StudyDesign.ANIMAL, {"not_in_people", "care_team"}),
        (StudyDesign.OBSERVATIONAL, {"link_not_cause", "care_team"}),
        (StudyDesign.REVIEW, {"review_quality", "care_team"}),
        (StudyDesign.CASE_REPORT, {"few_people", "care_team"}),
        (StudyDesign.TRIAL, {"single_trial", "care_team"}),
        (StudyDesign.UNKNOWN, {"care_team"}),
    ],
)
def test_required_by_design(design, names):
    assert {c.name for c in required_caveats(design)} == names


def test_every_example_satisfies_its_own_caveat():
    for caveat in CAVEATS.values():
        assert caveat.present(caveat.example), caveat.name


@pytest.mark.parametrize(
    "name,text",
    [
        ("not_in_people", "The results in mice may not hold in humans."),
        ("not_in_people", "It has not been tested in people yet."),
        ("not_in_people", "The tests were done in cells, not in people."),
        ("link_not_cause", "It cannot prove that vitamin D causes fewer relapses."),
        ("link_not_cause", "This shows a link, not that one thing causes the other."),
        ("review_quality", "The evidence was of low certainty."),
        ("review_quality", "Most of the studies were small and had flaws."),
        ("few_people", "This report is about one person, so it may not apply to others."),
        ("care_team", "Ask your neurologist about it."),
    ],
)
def test_phrasings_accepted(name, text):
    assert CAVEATS[name].present(text)


@pytest.mark.parametrize(
    "name,text",
    [
        ("not_in_people", "This proves it works in people."),
        ("link_not_cause", "Smoking causes faster worsening."),
        ("review_quality", "The review found that exercise helps."),
    ],
)
def test_claims_are_not_caveats(name, text):
    assert not CAVEATS[name].present(text)


def test_lab_summary_without_caveat_fails():
    summary = edit(LAB_SUMMARY, limitations="The team ran only 3 experiments in total here.")
    findings = check_caveats(summary, LAB_DESIGN)
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "not in people" in findings[0].hint


def test_trial_caveat_is_a_warning():
    design = DesignInfo(StudyDesign.TRIAL, about_ms=True, mentions_ms=True, in_people=True)
    summary = edit(LAB_SUMMARY, limitations="The people in it were followed for a while only.")
    findings = check_caveats(summary, design)
    assert [f.severity for f in findings] == [Severity.WARNING]


def test_observational_summary_with_lab_wording_misses_its_caveat():
    assert "link_not_cause" in missing(LAB_SUMMARY, OBS_DESIGN)
