"""Labels that name nothing (plainsum.checks.referent_labels): a paper's code for a group or a
treatment, used in a summary that never says what it stands for. Sentences written for these
tests, on many kinds of study."""

import pytest

from plainsum.checks.fluency import check_fluency, text_problems
from plainsum.schemas import PlainSummary, Severity


def flagged(text: str, before: str = "") -> list[str]:
    return [p.span for p in text_problems(text, before=before) if p.rule == "undefined_label"]


@pytest.mark.parametrize(
    "text",
    [
        "In treatment B, the lower blood levels of the drug gave less pain relief.",
        "People in group 2 had fewer relapses than those in group 1.",
        "Arm A showed a small benefit on walking speed.",
        "Regimen C was linked with more nausea in older women.",
        "Cohort 2 reached the full dose faster.",
        "Under condition B, the children remembered more words.",
        "People given formulation A absorbed more of the vitamin.",
        "In experiment 2, the mice were given the drug for longer.",
        "Study 3 found no change in tiredness.",
        "Those on diet B lost more weight over the year.",
        "People were randomly assigned to group A or group B. Group A walked faster.",
        "The review found that regimen 2 cut the number of clinic visits.",
    ],
)
def test_a_code_the_summary_never_explains_is_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Children with group A streptococcus infection were given penicillin.",
        "Group 1 took the new drug and group 2 took a dummy pill. Group 2 had more relapses.",
        "The second group (group B) had usual care. Group B improved less.",
        "People were split into two groups: group A got exercise training and group B got "
        "advice. Group A walked faster.",
        "Type 2 diabetes was more common in people with MS.",
        "Vitamin B12 levels were low in a third of the patients.",
        "The hepatitis B vaccine did not raise the risk of MS.",
        "A phase 2 trial tested the drug in 120 people.",
        "Complex I activity was lower in the cells from patients.",
        "Blood pressure was measured on the arm 2 cm above the elbow.",
        "The drug taken with food (treatment B) gave lower blood levels.",
        "Treatment B, a lower dose taken twice a day, gave fewer side effects.",
        "What the researchers called diet A had more fibre than the usual diet.",
        "Cohort 1 was made up of people newly diagnosed with MS.",
        "In group A: people who exercised three times a week.",
        "The study 2 years later found the same result.",
        "Each group of 20 mice got a different dose.",
    ],
)
def test_a_code_explained_where_first_used_or_no_code_passes(text):
    assert not flagged(text)


def test_an_earlier_section_may_explain_the_code():
    assert not flagged("Group 2 had more headaches.", before="Group 2 took a dummy pill.")
    assert flagged("Group 2 had more headaches.", before="Group 1 took the drug.")


def test_the_label_is_an_error_of_the_fluency_check():
    summary = PlainSummary(
        headline="A lower dose of the pain drug worked as well as the usual dose",
        what_the_study_did=(
            "Researchers gave 60 adults with nerve pain one of two doses of a pain drug. In "
            "treatment B, the lower blood levels of the drug gave less pain relief."
        ),
        why_it_matters="Nerve pain is common in MS. Talk with your doctor or care team.",
        limitations="This was one small trial. It lasted only four weeks.",
    )
    (finding,) = [f for f in check_fluency(summary) if "undefined_label" in f.message]
    assert finding.severity == Severity.ERROR and finding.span == "treatment B"
    assert finding.section == "what_the_study_did"


@pytest.mark.parametrize(
    "text",
    [
        "Most trials included people with group 1 pulmonary hypertension.",
        "In the first study 7 out of 34 people left early.",
        "Of this group 4 patients had a second scan.",
        "People took a dummy treatment 1 tablet a day for two weeks.",
        "In the larger study 12 of 40 children needed a second dose.",
    ],
)
def test_a_code_that_names_a_kind_or_starts_a_count_passes(text):
    assert not flagged(text)


def test_a_comparison_heading_is_no_use_of_its_labels():
    assert not flagged("Treatment A versus treatment B.")
    assert flagged("Treatment A versus treatment B. Treatment B gave fewer side effects.")
