"""Reversed findings said in a lay summary's own words: a result that is not an aim ("less
likely to test positive") is read against its paper; "dropped out" and "in more detail" state
no direction, and a summary that reports both directions itself is not turned round. Papers
and sentences written for these tests."""

import pytest

from plainsum.checks.negation import CONDITIONAL
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

TRIAL = parse(
    """Cooling vests for heat-related symptoms in multiple sclerosis: a randomised trial

Methods: We randomised 90 adults with multiple sclerosis to a cooling vest or a sham vest for
eight weeks.

Results: The cooling vest reduced pain. There was no clear evidence of an effect on motor
function. There was more nocturnal cramping with the cooling vest than with the sham vest.
Daytime cramping was lower with the cooling vest. Participants who reported dizziness were more
likely to test positive for low blood pressure.

Conclusions: Cooling vests reduced pain in adults with multiple sclerosis."""
)

CLEAN = PlainSummary(
    headline="A cooling vest eased pain in people with MS",
    what_the_study_did=(
        "The researchers gave 90 adults with MS a cooling vest or a dummy vest for eight weeks."
    ),
    why_it_matters="Heat can make MS symptoms worse. Ask your MS team what may help you.",
    limitations="This was one small trial, so the result needs checking in others.",
)


def _contradicted(sentence: str) -> bool:
    summary = CLEAN.model_copy(
        update={"what_the_study_did": CLEAN.what_the_study_did + " " + sentence}
    )
    design = detect_design(TRIAL)
    found = check_support(TRIAL, design, link_summary(TRIAL, summary, design))
    return any(
        f.check == "contradiction" and f.span == sentence and f.severity == Severity.ERROR
        for f in found
    )


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("People who wore the cooling vest had less pain.", False),
        ("The cooling vest made no clear difference to movement.", False),
        ("Cramping at night was more common with the cooling vest.", False),
        # not directions: leaving a study, telling more
        ("Two people dropped out of the cooling vest group.", False),
        ("The report does not give the pain results in more detail.", False),
        # a result, not an aim
        ("People who felt dizzy were less likely to test positive for low blood pressure.", True),
        ("People who felt dizzy were more likely to test positive for low blood pressure.", False),
        # the summary reports both directions itself
        ("One person said the vest raised pain, but pain did not fall overall.", False),
    ],
)
def test_reversed_in_plain_words(sentence, flagged):
    assert _contradicted(sentence) is flagged


@pytest.mark.parametrize(
    "sentence,conditional",
    [
        ("People who lost their sense of smell were more likely to test positive.", False),
        ("Fewer people with a sore throat went on to test negative.", False),
        ("The trial set out to test whether the vest helps.", True),
        ("We used a blood sample to test for the virus.", True),
    ],
)
def test_a_test_result_is_not_an_aim(sentence, conditional):
    assert bool(CONDITIONAL.search(sentence)) is conditional
