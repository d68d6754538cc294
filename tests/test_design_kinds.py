"""Designs of kinds readers meet (issue 9): a review of studies is never a lab study, and a
paper whose design is not known gets none rather than a wrong one. Every abstract is written
for these tests (design.py, design_lab.py)."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.design_lab import reports_no_experiment
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign as D

ABSTRACTS = {
    "narrative_review_herbs": (
        "Many people with COVID-19 use herbal medicines. This article reviews what is known "
        "about herbs as prevention or treatment of the infection. Liquorice root in vitro "
        "blocks the growth of several viruses, and its main compound in vitro binds the "
        "receptors the virus uses to enter cells. In clinical studies, a herbal capsule added"
        " to standard care shortened hospital stays and eased symptoms. Other herbs are not "
        "effective or have no proper data. Liquorice could be used as a complementary "
        "treatment."
    ),
    "case_series": (
        "We describe five patients with MS who developed severe skin rashes within two weeks "
        "of starting a new oral drug. All five were women aged 25 to 48 years. The rash "
        "resolved in four patients after the drug was stopped; one needed a short course of "
        "steroids. Clinicians should be aware of this rare reaction."
    ),
    "survey": (
        "We sent an online questionnaire to 1,200 members of a national MS society about "
        "bladder symptoms. Of 640 respondents, 71% reported at least one bladder symptom, and"
        " 22% were receiving treatment for it. Women and people with higher disability were "
        "more likely to report symptoms. Bladder symptoms are common and often untreated in "
        "MS."
    ),
    "registry_cohort": (
        "Using a national MS registry, we followed 4,310 people who started a disease-"
        "modifying drug between 2010 and 2018. Over a median of 5 years, 18% had a disability"
        " increase. People who started a high-efficacy drug first had a lower risk of "
        "disability increase (hazard ratio 0.72) than those who started a moderate-efficacy "
        "drug. Early high-efficacy treatment may slow disability."
    ),
    "diagnostic": (
        "We assessed the accuracy of a central vein sign on MRI for telling MS apart from "
        "other conditions. 210 people referred for suspected MS had a 3T MRI scan, and the "
        "final diagnosis was made by a panel blind to the sign. The sign had a sensitivity of"
        " 89% and a specificity of 92%. The central vein sign may help diagnose MS."
    ),
    "economic": (
        "We estimated the cost-effectiveness of a home exercise programme compared with usual"
        " care for people with MS, using a Markov model over ten years from the health "
        "service's perspective. The programme cost 420 pounds per person and gained 0.05 "
        "quality-adjusted life years, an incremental cost-effectiveness ratio of 8,400 pounds"
        " per QALY. The programme is likely to be cost-effective."
    ),
    "protocol": (
        "This protocol describes a randomised controlled trial that will test whether a "
        "cooling vest improves walking in people with MS who are sensitive to heat. We will "
        "recruit 120 people and randomly assign them to a cooling vest or a sham vest for "
        "eight weeks. The primary outcome will be walking speed. The trial will be registered"
        " and its results published."
    ),
    "lab": (
        "We grew human astrocytes in culture and exposed them to serum from people with MS. "
        "Cells were stained for markers of damage after 24 hours. Serum from people with "
        "relapsing MS increased astrocyte damage compared with serum from healthy donors. "
        "These cells may help explain how MS damages the brain."
    ),
    "narrative_review_ms": (
        "Fatigue is one of the most common symptoms of MS. This review summarises current "
        "knowledge on the causes of MS fatigue and its treatment. Both drug and non-drug "
        "treatments have been studied. Exercise and cognitive behavioural therapy have the "
        "best evidence. Drugs such as amantadine and modafinil have shown mixed results in "
        "small trials. More research on the causes of fatigue is needed."
    ),
    # accuracy given in brackets, with blood proteins and bacteria named: people, not a lab
    "diagnostic_bracketed": (
        "Joint pain is a common reason adults visit their family doctor, and gout is easy to "
        "miss. We studied a bedside urine strip that measures two proteins and gives a result in "
        "ten minutes. Adults with a new painful joint were enrolled at six clinics. Each strip "
        "result was compared with crystal findings in joint fluid, read by staff who did not "
        "know the strip result. Of 640 adults, 212 had gout. The strip found 190 of them "
        "(sensitivity 90%) and was negative in 370 of 428 adults without gout (specificity "
        "86%). The strip could help doctors decide who needs a joint fluid test."
    ),
    # a computer model that sorts scans, judged by how many it sorted rightly: no sensitivity
    # or specificity named, still a study of a test's accuracy
    "diagnostic_model": (
        "Objective: To find out whether a machine learning model can tell migraine from "
        "cluster headache using a short symptom questionnaire. Methods: We trained the model on "
        "answers from 930 patients at four headache clinics and tested it on 240 patients from "
        "two other clinics. Results: In the second group of clinics, the model correctly "
        "classified 84% of patients, compared with 76% for general practitioners. Accuracy was "
        "lower in patients with both kinds of headache. Conclusions: The model could help "
        "family doctors recognise cluster headache sooner."
    ),
    # a trial that reports how accurately people answered a memory task is still a trial
    "trial_accuracy_task": (
        "We randomly assigned 90 adults with MS to 8 weeks of computer memory training or to "
        "computer games. The main outcome was the accuracy of recall on a word-list task. "
        "After 8 weeks, accuracy was 71% with training and 64% with games. Memory training "
        "may improve recall in people with MS."
    ),
    # a review's results-only extract about its one trial: still a review, never "a trial"
    "review_one_trial_extract": (
        "Only one study (98 adults with a sprained ankle) met the eligibility criteria for "
        "inclusion. Participants were randomised to an elastic brace or a plaster cast. Pain "
        "fell faster with the brace. Since only one study was eligible for inclusion, the "
        "evidence is not enough to guide care."
    ),
    # a systematic review of a test's accuracy is still a review of earlier studies
    "diagnostic_review": (
        "We searched four databases for studies of a skin-prick test for peanut allergy in "
        "children. We included 38 studies with 6,120 children. Two review authors assessed the "
        "risk of bias of each study. Across the included studies, the sensitivity of the test "
        "was 92% and the specificity 61%. The certainty of the evidence was low. The test "
        "rules out allergy well but many children with a positive test are not allergic."
    ),
}

# What each may be called: every name in the set is true of it.
TRUE_DESIGNS = {
    "narrative_review_herbs": {D.UNKNOWN, D.NARRATIVE_REVIEW},
    "case_series": {D.CASE_REPORT},
    "survey": {D.UNKNOWN, D.OBSERVATIONAL},
    "registry_cohort": {D.OBSERVATIONAL},
    "diagnostic": {D.DIAGNOSTIC},
    "diagnostic_bracketed": {D.DIAGNOSTIC},
    "diagnostic_review": {D.REVIEW},
    "diagnostic_model": {D.DIAGNOSTIC},
    "review_one_trial_extract": {D.REVIEW},
    "trial_accuracy_task": {D.TRIAL},
    "economic": {D.ECONOMIC},
    "protocol": {D.PROTOCOL},
    "lab": {D.LAB},
    "narrative_review_ms": {D.REVIEW, D.NARRATIVE_REVIEW},
}


@pytest.mark.parametrize("kind", sorted(TRUE_DESIGNS))
def test_each_kind_of_paper_gets_a_true_design(kind: str) -> None:
    assert detect_design(parse(ABSTRACTS[kind])).design in TRUE_DESIGNS[kind]


@pytest.mark.parametrize(
    ("text", "none"),
    [
        # an overview of what a herb is known to do: lab words, no experiment
        (
            "Liquorice root in vitro blocks the growth of several viruses. Its main compound binds "
            "the receptors the virus uses.",
            True,
        ),
        ("These molecules are thought to help the faulty protein reach the cell membrane.", True),
        # a lab paper says what was done or found
        ("Cells were cultured with the compound for two days.", False),
        ("We grew human astrocytes and exposed them to serum.", False),
        ("The protein was purified and its structure determined.", False),
        ("Our data show that the receptor binds the drug.", False),
        ("We co-expressed the two forms of the receptor.", False),
        ("The broken form was tagged by the working one.", False),
    ],
)
def test_reports_no_experiment(text: str, none: bool) -> None:
    assert reports_no_experiment(text) is none


def test_an_accuracy_study_of_people_is_never_done_in_the_lab() -> None:
    """Blood proteins and bacteria are lab words, but 640 enrolled adults are people: the draft
    must not say the work was done in the lab, not in people."""
    from offline_repairs import first_draft

    assert detect_design(parse(ABSTRACTS["diagnostic_bracketed"])).in_people
    summary = first_draft(ABSTRACTS["diagnostic_bracketed"])[2].summary
    assert "in the lab" not in summary.limitations
    assert "not in people" not in summary.limitations


def test_participants_from_two_phase_3_trials_are_no_review():
    """ "two phase 3 trials" counts two trials, not three: an analysis of a marker in the
    participants of two trials was drafted as "This was a review of earlier studies"."""
    text = (
        "Objective: To find whether a blood marker predicts worsening in progressive MS.\n\n"
        "Methods: We measured the marker at baseline in 1,380 participants from two phase 3 "
        "trials (placebo and active arms pooled) and related it to worsening over two years.\n\n"
        "Results: A high marker level was linked with a greater risk of worsening.\n\n"
        "Conclusions: The marker identifies groups at greater risk."
    )
    assert detect_design(parse(text)).design != D.REVIEW
