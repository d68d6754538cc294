"""A design named only for work still to do is not the paper's own ("Whether treating it helps
should be tested in a randomised trial"), and a cost-effectiveness model that takes its inputs
from published studies and meta-analyses is no review of earlier studies."""

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

SURVEY = (
    "Restless legs may add to poor sleep in multiple sclerosis. We surveyed 310 adults with MS "
    "attending two clinics with a sleep questionnaire and a restless legs screening interview. "
    "Of 262 who completed both, 58 (22%) had restless legs, and they reported worse sleep "
    "quality than those without (adjusted difference 2.4 points, 95% CI 1.1-3.7). "
    "Restless legs were common and linked to poor sleep. "
)
CALLS = [
    "Whether treating restless legs improves sleep should be tested in a randomised trial.",
    "A randomised controlled trial of iron treatment is now planned.",
    "These findings must be confirmed in a larger randomised trial.",
]


@pytest.mark.parametrize("call", CALLS)
def test_a_trial_only_called_for_leaves_a_clinic_survey_observational(call: str) -> None:
    info = detect_design(parse(SURVEY + call))
    assert info.design == StudyDesign.OBSERVATIONAL


def test_a_trial_that_reports_its_results_is_still_a_trial() -> None:
    text = (
        "In this randomised, double-blind trial, 140 adults with MS and restless legs were "
        "randomly assigned to iron or placebo for 12 weeks. Restless legs scores fell more with "
        "iron than with placebo (difference 3.1 points, 95% CI 1.0-5.2). Iron should be tested "
        "in a longer trial."
    )
    assert detect_design(parse(text)).design == StudyDesign.TRIAL


MODEL = (
    "Objectives: We estimated the cost-effectiveness of home physiotherapy compared with clinic "
    "physiotherapy for people with MS, from the health service's perspective. "
    "Methods: A Markov model followed a simulated group of 5,000 adults with MS over 20 years. "
    "Effects on walking and falls were taken from published cohort studies and a network "
    "meta-analysis of trials. Costs and quality-adjusted life years (QALYs) were discounted "
    "at 3.5% a year. "
    "Results: Home physiotherapy gained 0.12 QALYs and saved 1,900 pounds per person; the "
    "incremental cost-effectiveness ratio showed it dominated clinic care in 71% of simulations. "
    "Conclusions: Home physiotherapy is likely to be cost-effective for people with MS."
)


def test_a_cost_model_with_published_inputs_is_an_economic_evaluation() -> None:
    assert detect_design(parse(MODEL)).design == StudyDesign.ECONOMIC


def test_a_systematic_review_of_costs_is_still_a_review() -> None:
    text = (
        "We searched MEDLINE and Embase for economic evaluations of disease-modifying drugs for "
        "MS. Twelve studies were included; eight were cost-effectiveness analyses using Markov "
        "models with QALYs, and the incremental cost-effectiveness ratio varied widely across "
        "studies. The certainty of the evidence was low. Costs of the drugs drove the results "
        "of most included studies."
    )
    assert detect_design(parse(text)).design == StudyDesign.REVIEW
