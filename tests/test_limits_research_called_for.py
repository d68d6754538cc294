"""A call for more research in the words the rules missed (issue 9): the studies called for as
the subject with no "further" before them, "more evidence/data is needed", "a well-designed
trial is needed", "needs further studies", "reinforces the need for further research". Never a
call for something that is not research, a study of the paper's own that needed something, nor
one the authors deny. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign


def _kinds(
    sentence: str, design: StudyDesign = StudyDesign.REVIEW, role: Role = Role.CONCLUSION
) -> set[str]:
    sentences = [
        SourceSentence(0, "We included eight trials with 950 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, role, 0, 0),
    ]
    return {x.name for x in stated_limits(sentences, design, 8)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Randomised controlled trials of splinting are urgently needed.",
        "Trials are needed that compare low and high doses of the ointment.",
        "Large, long-term randomised trials in older adults with gout are needed.",
        "Well-designed evaluations of school walking programmes are needed.",
        "Multicentre trials (with blinded assessors) are required to settle the question.",
        "Ideally, a well-designed RCT is needed to compare the two creams.",
        "A large trial would be needed to confirm this effect on falls.",
        "Cold packs may ease the pain, but more evidence is needed.",
        "More data are needed before the longer course can be recommended.",
        "Further rigorous evaluation is needed, with attention to cost.",
        "The extract may help wound healing and needs further studies.",
        "The small number of trials reinforces the need for further research on massage.",
        "Other randomised trials will be needed to resolve its role in preventing falls.",
    ],
)
def test_a_call_for_more_research_is_a_stated_limit(sentence: str) -> None:
    assert "more_research" in _kinds(sentence)


def test_a_call_in_a_trial_or_a_lab_study_counts_too() -> None:
    sentence = "Larger trials with longer follow-up are needed to confirm the benefit."
    assert "more_research" in _kinds(sentence, StudyDesign.TRIAL)
    assert "more_research" in _kinds(
        "Clinical trials of the compound are warranted.", StudyDesign.LAB
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # not research: care, drugs or doses called for
        "Education, support and follow-up are required to help women change their diet.",
        "Multifaceted interventions are needed to prevent asthma in children.",
        # the studies are not the subject of the call
        "In trials of older adults lower doses are required to avoid dizziness.",
        "In the two trials, higher doses were needed to stop the pain.",
        "Meta-analyses of studies have shown that several treatments are required.",
        # a need the paper's result removes
        "Early surgery removed the need for further trials of splints in this group.",
        # the authors say the opposite
        "No further randomised trials are needed.",
    ],
)
def test_what_is_no_call_for_more_research_is_not_read_as_one(sentence: str) -> None:
    assert "more_research" not in _kinds(sentence)


def test_a_call_in_the_background_is_why_they_did_it() -> None:
    sentence = "Randomised trials of splinting are urgently needed."
    assert "more_research" not in _kinds(sentence, role=Role.BACKGROUND)
