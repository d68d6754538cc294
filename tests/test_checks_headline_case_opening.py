"""A case report with no headings that opens on its case ("We report a 34-year-old woman with
MS who developed ...") has that opening read as background by its place; a headline telling
the case was called "the background of the paper". The case is what a case report found: the
headline check reads that opening as the finding, as the drafter does (plain/case_story.py).
Any other paper's background is still no headline. Every abstract
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

BODY = "This is a report about one person and what happened to them. " * 2
WHY = "It may matter to people with MS who take this medicine. Talk to your care team."
LIMITS = "This is a report of one person, so what happened may not happen to others."

CASE_REPORTS = [
    (
        "We report a 34-year-old woman with relapsing MS who developed severe, widespread hair "
        "loss three months after starting cladribine tablets. Blood tests showed normal thyroid "
        "function and iron levels. A skin biopsy showed a pattern typical of drug-induced hair "
        "shedding. Her hair grew back within six months without stopping treatment.",
        "A woman with MS lost much of her hair three months after starting cladribine tablets.",
    ),
    (
        "We describe a 45-year-old man with progressive MS who developed a skin infection with a "
        "rare fungus while taking ocrelizumab. He had red, scaly patches on both legs for two "
        "months. A skin sample grew the fungus in culture. The infection cleared after twelve "
        "weeks of antifungal tablets.",
        "A man with progressive MS developed a rare fungal skin infection while taking "
        "ocrelizumab.",
    ),
    (
        "We report a 61-year-old man with MS who developed a rare brain infection called PML "
        "after eight years of dimethyl fumarate. His lymphocyte counts had been low for three "
        "years. Brain scans showed new white matter lesions and spinal fluid tested positive "
        "for JC virus. He survived with some lasting weakness after the drug was stopped.",
        "A man with MS developed the brain infection PML after eight years of dimethyl fumarate.",
    ),
    (
        "Here we present a 29-year-old woman with MS who had a severe relapse four months after "
        "stopping fingolimod in early pregnancy. She had weakness in both legs and could not "
        "walk unaided. She recovered after steroid treatment. She later gave birth to a healthy "
        "baby at full term.",
        "A pregnant woman with MS had a severe relapse four months after stopping fingolimod.",
    ),
    (
        "We report the case of a 52-year-old farmer who developed kidney failure after drinking "
        "a herbal tea for joint pain for a year. His creatinine was five times the normal level. "
        "A kidney biopsy showed scarring typical of aristolochic acid. He now needs dialysis "
        "three times a week.",
        "A farmer developed kidney failure after a year of drinking a herbal tea for joint pain.",
    ),
    (
        "We describe a 7-year-old boy who swallowed two button batteries that burned a hole in "
        "his food pipe. He had been vomiting for three days before he was brought to hospital. "
        "The batteries were removed by endoscopy. The hole was repaired by surgery and he "
        "recovered fully.",
        "A boy who swallowed two button batteries had a hole burned in his food pipe.",
    ),
    (
        "We present a 38-year-old woman with MS whose optic neuritis came back each time her "
        "natalizumab infusions were delayed by more than eight weeks. Each episode blurred the "
        "vision in her left eye. Her vision recovered after steroids each time. No episode "
        "happened while her infusions were on time.",
        "A woman with MS had optic neuritis again each time her natalizumab infusions were "
        "delayed.",
    ),
    (
        "We report a 70-year-old man who lost his sense of smell for a year after a viral "
        "infection and got it back after smell training. He sniffed four scents twice a day for "
        "six months. His smell test score rose from 12 to 30. He could taste food again.",
        "A man got back his sense of smell after six months of smell training.",
    ),
]


def _headline_findings(text: str, headline: str) -> list[str]:
    summary = PlainSummary(
        headline=headline, what_the_study_did=BODY, why_it_matters=WHY, limitations=LIMITS
    )
    return [f.message for f in check_headline(parse(text), summary)]


@pytest.mark.parametrize("text,headline", CASE_REPORTS)
def test_a_case_reports_opening_on_its_case_is_its_finding(text: str, headline: str) -> None:
    assert not [m for m in _headline_findings(text, headline) if "background" in m]


BACKGROUNDS = [
    # the workup told under a case heading is not the case's point
    (
        "Background: Hernias that trap part of the bowel are rare in adults.\n"
        "Case presentation: A 58-year-old man came to the emergency department with three "
        "days of groin pain. Examination revealed a tender lump in the right groin. A scan "
        "showed a loop of bowel inside the lump. At surgery the bowel was pushed back and the "
        "hernia was "
        "repaired with mesh. He went home after two days.\n"
        "Conclusion: Bowel trapped in a groin hernia needs urgent surgery.",
        "Examination revealed a tender lump in the right groin.",
    ),
    # a trial's background
    (
        "Fatigue affects most people with multiple sclerosis and limits their daily lives. We "
        "randomly assigned 120 adults with MS to 12 weeks of aerobic training or stretching. "
        "Fatigue scores fell more with aerobic training than with stretching. Aerobic training "
        "reduces fatigue in people with MS.",
        "Fatigue affects most people with multiple sclerosis and limits their daily lives.",
    ),
    # a cohort's background
    (
        "Smoking is common among people with multiple sclerosis in many countries. We followed "
        "2,300 adults with MS for ten years and recorded their smoking. Disability progressed "
        "faster among smokers than among people who never smoked. Quitting smoking may slow "
        "disability in MS.",
        "Smoking is common among people with multiple sclerosis in many countries.",
    ),
]


@pytest.mark.parametrize("text,headline", BACKGROUNDS)
def test_a_background_headline_is_still_flagged(text: str, headline: str) -> None:
    assert [m for m in _headline_findings(text, headline) if "background" in m]
