"""Overreach in other words: cause said with a plain verb for a link ("poor sleep brings on low
mood", "sets off flares"), a change promised as sure from a study that only watched people
("Giving children vitamin D will bring their blood sugar down"), and MS itself named as what a
lab or animal finding changes ("will make MS milder"). What such studies may say, hedged or
of the mice, passes. Sentences written for these tests."""

import pytest

from plainsum.checks.overreach import overreach
from plainsum.schemas import StudyDesign

OBS, ANIMAL, LAB = StudyDesign.OBSERVATIONAL, StudyDesign.ANIMAL, StudyDesign.LAB

FLAGGED = [
    (OBS, "It shows that long shifts bring on back pain in nurses."),
    (OBS, "The study shows that cold weather sets off flares of joint pain."),
    (OBS, "It shows that heavy drinking speeds up memory loss."),
    (OBS, "Giving older people more fruit will bring their blood pressure down."),
    (OBS, "Cutting down on salt will lower the number of strokes."),
    (ANIMAL, "It shows that a fasting diet will make MS milder."),
    (LAB, "This means the compound repairs MS damage."),
]
PASSED = [
    (OBS, "People who worked long shifts more often had back pain."),
    (OBS, "Whether cutting down on salt will lower the number of strokes is not known."),
    (OBS, "Trials will be needed to see if more fruit brings blood pressure down."),
    (OBS, "This study will help doctors spot who is at risk."),
    (OBS, "Cutting down on salt may lower the number of strokes, but this needs testing."),
    (ANIMAL, "A fasting diet made an MS-like illness milder in mice."),
    (ANIMAL, "In mice, the diet will need testing before anyone with MS tries it."),
    (LAB, "This study did not look at people with MS."),
    (LAB, "This study looked at how the virus grows, not at MS itself."),
    # a trial in people may say so
    (StudyDesign.TRIAL, "Taking the tablets will lower blood pressure in most people."),
]


@pytest.mark.parametrize("design,sentence", FLAGGED)
def test_a_cause_or_a_sure_change_in_other_words_is_overreach(design, sentence):
    assert overreach(sentence, design, []) is not None


@pytest.mark.parametrize("design,sentence", PASSED)
def test_a_link_a_hedge_or_a_finding_in_animals_passes(design, sentence):
    assert overreach(sentence, design, []) is None


def test_the_paper_saying_it_the_same_way_is_no_overreach():
    paper = ["Long shifts bring on back pain in nurses, we conclude."]
    assert overreach("It shows that long shifts bring on back pain in nurses.", OBS, paper) is None
