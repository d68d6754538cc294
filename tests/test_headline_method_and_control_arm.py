"""A headline never reports how something was graded or measured ("Level-of-evidence was
determined by the X classification system") nor what happened in the control arm alone ("The
waiting list group got worse"): a step of the method, and the arm the treatment was measured
against (issue 9: an unheaded review of rehabilitation after knee surgery was headlined with how
its level of evidence was graded, above its first finding). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "Study quality was graded by the national nursing college rating system",
        "Fatigue was rated using a ten-point visual scale",
        "Each trial was classified according to the Oxford evidence criteria",
        "The waiting list group showed an overall decline in grip strength",
        "Sham-TMS had no clear effect on walking speed",
        "Control-yoga showed no changes except in reported sleep",
    ],
)
def test_a_method_step_or_the_control_arm_alone_is_no_finding(text: str) -> None:
    assert is_procedural(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walking speed was determined by muscle strength in the legs",
        "The control group had more falls than the exercise group",
        "The placebo group did as well as the group given the new cream",
        "Sham stimulation and real stimulation gave similar relief",
        "Controlled breathing improved sleep in adults with MS",
        "Control of blood sugar was linked with fewer eye problems",
    ],
)
def test_a_finding_that_names_a_cause_or_compares_the_arms_is_one(text: str) -> None:
    assert not is_procedural(text)


def test_the_first_finding_heads_over_how_the_evidence_was_graded() -> None:
    graded = "Level-of-evidence was determined by the national nursing college rating system."
    finding = "Balance training may lower the number of falls after hip surgery."
    conclusions = [measured(graded, (4,), 0), measured(finding, (5,), 1)]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, said={4: graded, 5: finding})
    assert head.origin == finding
