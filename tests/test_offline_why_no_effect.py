"""Why it matters for a trial whose one conclusion is that the treatment did not work (issue 9):
the headline takes that conclusion, so why it matters says what it means in a reader's words
("This means the trial did not show that X can reduce Y."), linked to the conclusion, rather
than hold the care-team pointer alone (the gate's hollow_why). Never for a conclusion with a
second claim, a comparison or a subject that names nothing. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.unknown_effect import what_no_effect_means
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("conclusion", "kind", "meaning"),
    [
        (
            "Adding fish oil capsules to interferon beta did not reduce relapses in early MS.",
            "trial",
            "This means the trial did not show that adding fish oil capsules to interferon beta "
            "can reduce relapses in early MS.",
        ),
        (
            "Cooling vests did not ease fatigue in people with MS.",
            "review",
            "This means the review did not show that cooling vests can ease fatigue in people "
            "with MS.",
        ),
        (
            "MRI-guided dosing did not delay disability in relapsing MS.",
            "",
            "This means the study did not show that MRI-guided dosing can delay disability in "
            "relapsing MS.",
        ),
    ],
)
def test_a_negative_conclusion_says_what_it_means(conclusion: str, kind: str, meaning: str):
    line = what_no_effect_means(conclusion, (7,), kind)
    assert line is not None
    assert line.text == meaning
    assert line.sources == (7,)  # linked to the authors' conclusion


@pytest.mark.parametrize(
    "conclusion",
    [
        # a second claim, a limit or a comparison beside it: said as the authors said it
        "The pill did not reduce relapses but it lowered new lesions on MRI.",
        "Vitamin D did not lower relapses, and it was safe in high doses.",
        "Yoga did not improve balance more than stretching in people with MS.",
        "Exercise did not improve fatigue compared with usual care.",
        # a subject that names nothing
        "The drug did not reduce relapses in relapsing MS.",
        "This treatment did not ease pain in people with MS.",
        # it says which way something went
        "Adding fish oil to interferon beta reduced relapses in early MS.",
        "Fish oil did not differ from olive oil in its effect on relapses.",
    ],
)
def test_no_meaning_is_made_of_other_conclusions(conclusion: str):
    assert what_no_effect_means(conclusion, (3,), "trial") is None


def test_no_sources_no_meaning():
    assert what_no_effect_means("Cooling vests did not ease fatigue in MS.", (), "trial") is None


NEGATIVE_TRIAL = (
    "Background: Fish oil has anti-inflammatory effects and has been suggested as an add-on "
    "treatment in multiple sclerosis (MS).\n\n"
    "Objective: To test whether fish oil capsules added to interferon beta reduce relapses in "
    "early MS.\n\n"
    "Methods: In this double-blind trial, 160 adults with early MS taking interferon beta were "
    "randomly assigned to fish oil capsules or sunflower oil capsules for two years. The "
    "primary outcome was the annualised relapse rate.\n\n"
    "Results: The annualised relapse rate was 0.42 with fish oil and 0.40 with sunflower oil. "
    "New lesions on MRI did not differ between the fish oil and sunflower oil groups. Side "
    "effects were mild and equally common in both groups.\n\n"
    "Conclusion: Adding fish oil capsules to interferon beta did not reduce relapses in early "
    "MS."
)


def test_a_negative_trial_says_what_its_result_means():
    result = draft(NEGATIVE_TRIAL, Settings(backend="offline"))
    summary = result.summary
    assert summary.headline.startswith("Adding fish oil capsules to interferon beta did not")
    assert "did not show that adding fish oil capsules to interferon beta can reduce relapses" in (
        summary.why_it_matters
    )
    assert not any("hollow_why" in f.message for f in result.findings)


def test_a_measure_that_did_not_change_is_no_treatment_that_failed():
    """ "Disability Status Scale scores did not change over the study" (a safety study's
    outcome) was said "This means the trial did not show that expanded Disability Status Scale
    scores can change over the study": the subject was what was measured, not a treatment, and
    its name lost its capital."""
    said = "Expanded Disability Status Scale scores did not change over the study."
    assert what_no_effect_means(said, (4,), "trial") is None
    named = what_no_effect_means("Tai Chi did not reduce falls in older adults.", (4,), "trial")
    assert named is not None and "that Tai Chi can reduce falls" in named.text
