"""Substance check: a thin or undescribed body, a hollow "why it matters", stock-only
limitations. Papers and sentences written for these tests."""

import pytest

from plainsum.checks import run_gate
from plainsum.checks.substance import check_substance, describes_study, stated_limits
from plainsum.checks.why_meaning import conclusion_to_carry, names_topic
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

MS_TRIAL = parse(
    """Cooling vests for heat-related fatigue in multiple sclerosis: a randomised trial

Objective: To find out whether a cooling vest worn for one hour a day eases fatigue in people
with multiple sclerosis who are sensitive to heat.

Methods: We randomly assigned 48 adults with relapsing multiple sclerosis to a cooling vest or
a sham vest for 8 weeks. Fatigue was rated on a 0 to 100 scale each week.

Results: Fatigue scores fell by 14 points with the cooling vest and by 3 points with the sham
vest. Walking speed did not differ between the groups. The small sample and the short
follow-up limit these findings.

Conclusions: A cooling vest eased heat-related fatigue in people with multiple sclerosis over 8
weeks. Longer trials in more people are needed."""
)

BODY = (
    "The researchers gave 48 adults with MS either a cooling vest or a vest that did not cool, "
    "for 8 weeks. Fatigue scores fell by 14 points with the cooling vest and by 3 points with "
    "the other vest. Walking speed was the same in both groups."
)
WHY = (
    "A cooling vest may ease fatigue for people with MS who feel worse in the heat. If you have "
    "questions about your own care, talk with your doctor or care team."
)
LIMITS = (
    "This was one small trial that lasted only 8 weeks, so the results need to be confirmed in "
    "more people over a longer time."
)
HEADLINE = "A cooling vest eased heat-related tiredness in people with MS"


def _summary(**changes: str) -> PlainSummary:
    parts = {
        "headline": HEADLINE,
        "what_the_study_did": BODY,
        "why_it_matters": WHY,
        "limitations": LIMITS,
    }
    parts.update(changes)
    return PlainSummary(**parts)


def _rules(summary: PlainSummary, source=MS_TRIAL) -> dict[str, Severity]:
    design = detect_design(source)
    found = check_substance(source, design, link_summary(source, summary, design))
    return {f.message.rsplit("(", 1)[-1].rstrip(")."): f.severity for f in found}


def test_a_whole_summary_has_substance():
    assert _rules(_summary()) == {}


def test_the_gate_runs_the_substance_check():
    design = detect_design(MS_TRIAL)
    result = run_gate(MS_TRIAL, _summary(why_it_matters=WHY.split(". ")[1]), design)
    assert "substance" in result.checks_run
    assert any(f.check == "substance" for f in result.findings)


def test_a_body_of_one_sentence_is_thin():
    body = "Fatigue scores fell by 14 points with the cooling vest and by 3 with the other vest."
    assert _rules(_summary(what_the_study_did=body)).get("thin_body") == Severity.WARNING


def test_a_design_statement_does_not_make_a_body_whole():
    body = (
        "This was a clinical trial in people. Fatigue scores fell by 14 points with the cooling "
        "vest and by 3 points with the other vest."
    )
    assert "thin_body" in _rules(_summary(what_the_study_did=body))


def test_a_body_that_never_says_how_the_study_was_done_is_undescribed():
    body = (
        "Fatigue scores fell by 14 points with the cooling vest. They fell by 3 points with the "
        "vest that did not cool. Walking speed was the same either way."
    )
    rules = _rules(_summary(what_the_study_did=body))
    assert rules.get("undescribed") == Severity.WARNING
    assert "thin_body" not in rules


@pytest.mark.parametrize(
    "sentence,described",
    [
        ("The team followed 200 nurses for five years.", True),
        ("Mice given the drug lived longer than mice given water.", True),  # a comparison
        ("The review included nine trials.", True),
        ("It was a study in rats.", True),
        ("Tiredness scores fell by a third.", False),
        ("The drug was safe and worked well.", False),
    ],
)
def test_what_describes_a_study(sentence, described):
    assert describes_study(sentence) is described


@pytest.mark.parametrize(
    "why",
    [
        "If you have questions about your own care, talk with your doctor or care team.",
        "The researchers wanted to find out whether a cooling vest eases fatigue in MS. Please "
        "talk with your doctor or care team if you have questions about your own care.",
        "The paper does not say what this means for people with MS. If you have questions about "
        "your own care, talk with your doctor or care team.",
    ],
)
def test_a_why_it_matters_with_nothing_of_its_own_is_hollow_on_an_ms_paper(why):
    # the paper concludes something a summary could say, so the hollow section is an error
    assert _rules(_summary(why_it_matters=why)).get("hollow_why") == Severity.ERROR


MS_OVERVIEW = parse(
    """Blood markers of nerve damage in multiple sclerosis: a narrative review

Background: Markers in blood could help doctors follow multiple sclerosis.

Conclusions: This review describes the blood markers of nerve damage studied in multiple
sclerosis so far. It also aims to set out what a marker must show before clinics can use it.
Larger studies are needed."""
)


def test_a_hollow_why_is_a_warning_when_the_paper_concludes_nothing_to_carry():
    summary = _summary(
        headline="Blood markers of nerve damage may help doctors follow MS",
        why_it_matters=(
            "The paper does not say what this means for people with MS. If you have questions "
            "about your own care, talk with your doctor or care team."
        ),
    )
    assert _rules(summary, MS_OVERVIEW).get("hollow_why") == Severity.WARNING


@pytest.mark.parametrize(
    ("conclusion", "carried"),
    [
        ("A cooling vest eased heat-related fatigue in people with MS over 8 weeks.", True),
        ("Larger and longer trials of cooling vests are needed.", False),
        ("This review summarises what is known about cooling garments in MS.", False),
        ("We aimed to find out whether cooling vests ease fatigue.", False),
    ],
)
def test_which_conclusions_a_why_it_matters_could_carry(conclusion, carried):
    source = parse(
        "Cooling vests in multiple sclerosis\n\nMethods: We gave 48 adults with multiple "
        "sclerosis a cooling vest or a sham vest and rated their fatigue each week.\n\n"
        f"Conclusions: {conclusion}"
    )
    assert (conclusion_to_carry(source) is not None) is carried


def test_a_why_it_matters_in_other_words_is_not_hollow():
    why = (
        "People with MS who tire in hot weather might get some relief from wearing a cooling "
        "vest. Ask your doctor or care team about your own care."
    )
    assert "hollow_why" not in _rules(_summary(why_it_matters=why))


def test_a_caveat_that_names_what_it_is_about_is_a_conclusion():
    assert names_topic("There is only weak evidence that cooling vests ease fatigue.")
    assert not names_topic("This means it is not yet clear how much this helps people with MS.")


def test_a_paper_not_about_ms_is_not_held_to_an_ms_meaning():
    source = parse(
        """Cooling vests for heat stress in firefighters: a randomised trial

Methods: We randomly assigned 48 firefighters to a cooling vest or a sham vest for 8 weeks.

Results: Heart rate during drills fell by 9 beats per minute with the cooling vest.

Conclusions: A cooling vest lowered heat strain in firefighters."""
    )
    why = "If you have questions about your own care, talk with your doctor or care team."
    summary = _summary(
        headline="A cooling vest lowered heat strain in firefighters",
        what_the_study_did=(
            "The researchers gave 48 firefighters a cooling vest or a vest that did not cool. "
            "Heart rate during drills fell by 9 beats per minute with the cooling vest. The "
            "trial lasted 8 weeks."
        ),
        why_it_matters=why,
    )
    assert "hollow_why" not in _rules(summary, source)


def test_limitations_of_only_the_stock_caveat_miss_the_papers_own_limits():
    limits = "A single trial can only tell us so much, so the results need confirming."
    rules = _rules(_summary(limitations=limits))
    assert rules.get("stock_limits") == Severity.WARNING


def test_limitations_that_name_a_limit_the_paper_states_are_not_stock():
    limits = "Only 48 people took part, so the results need confirming."
    assert "stock_limits" not in _rules(_summary(limitations=limits))


def test_the_papers_stated_limits_are_read_by_kind():
    kinds = stated_limits(MS_TRIAL)
    assert "few people or studies" in kinds and "a short time" in kinds
    assert "bias or flaws" not in kinds


def test_a_sentence_said_twice_is_repeated():
    why = (
        "The researchers gave 48 adults with MS either a cooling vest or a vest that did not "
        "cool, for 8 weeks. If you have questions about your own care, talk with your doctor."
    )
    assert _rules(_summary(why_it_matters=why)).get("repeated") == Severity.ERROR
    limits = LIMITS + " " + LIMITS
    assert _rules(_summary(limitations=limits)).get("repeated") == Severity.ERROR


@pytest.mark.parametrize(
    "second",
    [
        # the same frame with other numbers: two results
        "Fatigue scores fell by 9 points with the cooling vest and by 2 points with the other "
        "vest.",
        # the same words, one negated
        "Fatigue scores did not fall with the cooling vest or with the other vest.",
    ],
)
def test_two_results_in_the_same_words_are_not_repeated(second):
    assert "repeated" not in _rules(_summary(what_the_study_did=BODY + " " + second))


def test_a_headline_said_again_in_the_body_is_not_repeated():
    body = "A cooling vest eased heat-related tiredness in people with MS. " + BODY
    assert "repeated" not in _rules(_summary(what_the_study_did=body))


def test_the_papers_background_as_why_it_matters_is_hollow():
    paper = parse(
        """Cooling vests for heat-related fatigue in multiple sclerosis: a randomised trial

Background: Many people with multiple sclerosis feel more tired when they are hot, and cooling
garments are widely sold to them.

Objective: To find out whether a cooling vest worn for one hour a day eases fatigue in people
with multiple sclerosis who are sensitive to heat.

Methods: We randomly assigned 48 adults with relapsing multiple sclerosis to a cooling vest or
a sham vest for 8 weeks. Fatigue was rated on a 0 to 100 scale each week.

Results: Fatigue scores fell by 14 points with the cooling vest and by 3 points with the sham
vest. Walking speed did not differ between the groups.

Conclusions: A cooling vest eased heat-related fatigue in people with multiple sclerosis over 8
weeks."""
    )
    why = (
        "Many people with MS feel more tired when they are hot, and cooling garments are widely "
        "sold to them. If you have questions about your own care, talk with your doctor."
    )
    assert _rules(_summary(why_it_matters=why), paper).get("hollow_why") == Severity.ERROR
    assert "hollow_why" not in _rules(_summary(), paper)


CARER_SURVEY = parse(
    """Strain among partners of people with MS: a survey

Methods: We surveyed 300 partners of people with MS through a national charity.

Results: Four in ten reported high strain, more often when the person with MS had bladder
problems. Because the survey was cross-sectional, it cannot show what causes the strain.
"""
)


def test_limitations_in_the_papers_own_words_are_not_stock():
    # the paper's limit said in its own term ("cross-sectional") names it as well as plain words
    limits = (
        "This kind of study can find a link, but it cannot show cause and effect. Because the "
        "survey was cross-sectional, it cannot show what causes the strain."
    )
    assert "stock_limits" not in _rules(_summary(limitations=limits), CARER_SURVEY)
    stock = "This kind of study can find a link, but it cannot show cause and effect."
    assert _rules(_summary(limitations=stock), CARER_SURVEY).get("stock_limits")


WORK_INTERVIEWS = parse(
    """Staying in work with progressive MS: an interview study

We interviewed 19 people with progressive MS about whether to keep working. An understanding
manager and flexible hours often decided whether people stayed in work. Employers and health
services could help people with progressive MS stay in work by offering flexible hours early."""
)


def test_the_papers_own_conclusion_is_not_a_care_team_pointer():
    # its "health services could help people" reads like the pointer, yet the paper says it
    why = (
        "Employers and health services could help people with progressive MS stay in work by "
        "offering flexible hours early. If you have questions about your own care, talk with "
        "your doctor or care team."
    )
    summary = _summary(
        headline="Flexible hours often decided whether people with progressive MS stayed in work",
        why_it_matters=why,
    )
    assert "hollow_why" not in _rules(summary, WORK_INTERVIEWS)
