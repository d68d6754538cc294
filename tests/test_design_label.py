"""A design label is no sentence (issue 9): a methods section may open "Pragmatic multicentre
randomised trial in 12 MS services." ("randomised" describes the trial; nothing is said of it),
and the offline drafter put that label in a body as if it were a sentence. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.wholeness import design_label, is_sentence


@pytest.mark.parametrize(
    "label",
    [
        "Pragmatic multicentre randomised trial in 14 stroke units.",
        "Randomised controlled trial.",
        "Double-blind placebo-controlled trial of 180 adults.",
        "Prospective, multicentre, observational study.",
    ],
)
def test_a_design_label_is_no_sentence(label: str) -> None:
    assert design_label(label)
    assert not is_sentence(label)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients were randomised in a trial.",
        "This was a randomised trial.",
        "Our study of 40 patients shows that the drug helps.",
        "The trial ran in 14 stroke units.",
        "We randomised 300 adults to yoga or rest.",
        # a verb before the design word: a sentence about the trials
        "Sixty-seven patients finished the study.",
        "The review authors judged both trials at high risk of bias.",
        "The review authors found three randomised trials.",
    ],
)
def test_a_sentence_about_a_trial_stays_a_sentence(sentence: str) -> None:
    assert not design_label(sentence)
    assert is_sentence(sentence)


def test_a_literature_review_that_cites_a_randomised_study_is_a_review() -> None:
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.schemas import StudyDesign

    text = (
        "This is a comprehensive literature review of long COVID. We describe its causes, "
        "diagnosis and management. Breathing exercises improved fatigue in a 2022 randomized "
        "controlled study. The understanding of long COVID is changing quickly."
    )
    assert detect_design(parse(text)).design == StudyDesign.NARRATIVE_REVIEW


def test_other_work_in_mice_named_as_such_makes_no_study_in_mice() -> None:
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.schemas import StudyDesign

    text = (
        "We propose a new add-on treatment for a brain tumour. Building on murine studies, "
        "several reports showed that radiation of a brain region slows tumour growth in humans. "
        "We suggest that adding an old psychiatric drug to standard treatment might prolong life."
    )
    assert detect_design(parse(text)).design != StudyDesign.ANIMAL
    mice = (
        "We gave the drug to mice with a brain tumour for four weeks. Mice given the drug lived "
        "longer than untreated mice, and their tumours grew more slowly."
    )
    assert detect_design(parse(mice)).design == StudyDesign.ANIMAL
