"""A study's or a review's size is never one group's, one arm's or one part's count (issue 9,
from the readings of stop 51): "The control group included 207 patients", "131 patients in each
of the two groups", "For breast cancer three RCTs ... 400 women" beside another part's count;
"one small trial" is still counted, and a review of one trial says its limits of that trial.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.material import gather
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _built(text: str, design: StudyDesign, opening: str) -> list[str]:
    facts = study_facts(source_sentences(parse(text)), design)
    return [f.text for f in facts if f.text.startswith(opening)]


def _sizes(results: str) -> list[str]:
    text = (
        "Objective: To describe stroke after a flu jab.\n"
        f"Results: {results} Most recovered within a month.\n"
        "Conclusions: Stroke after a flu jab was rare."
    )
    return _built(text, StudyDesign.OBSERVATIONAL, "The study included")


@pytest.mark.parametrize(
    "group",
    [
        "The control group included 310 patients with stroke before the jab was offered.",
        "The placebo arm enrolled 88 adults.",
        "The comparison cohort comprised 412 people from the same towns.",
    ],
)
def test_one_group_s_count_is_not_the_study_s_size(group: str) -> None:
    assert _sizes(f"Of 95 patients with stroke after the jab, 60 were women. {group}") == []


def test_the_study_group_is_still_the_whole() -> None:
    assert _sizes("The study group included 240 patients with stroke.") == [
        "The study included 240 patients."
    ]


def _review_sizes(results: str) -> list[str]:
    text = (
        "Objectives: To assess cooling caps for hair loss during chemotherapy.\n"
        f"Main results: {results}\n"
        "Authors' conclusions: Cooling caps may reduce hair loss."
    )
    return _built(text, StudyDesign.REVIEW, "The review included")


def test_a_count_in_each_group_is_no_total() -> None:
    results = "Four trials were included with a total of 90 women in each of the two groups."
    assert _review_sizes(results) == ["The review included four trials."]


def test_each_part_s_count_is_not_the_review_s() -> None:
    results = (
        "For breast cancer three RCTs were identified, enrolling a total of 400 women. "
        "In bowel cancer, two RCTs enrolling 210 people found less hair loss."
    )
    assert _review_sizes(results) == []


def test_one_count_opening_on_its_setting_is_still_the_size() -> None:
    results = "In this review, five trials with 612 women were included. Hair loss was less."
    assert _review_sizes(results) == ["The review included five trials with 612 women."]


def test_small_trials_are_counted() -> None:
    assert _review_sizes("We included one small trial (involving 30 women). Hair loss fell.") == [
        "The review included one trial with 30 women."
    ]
    assert _review_sizes("We included nine small trials (944 women) from five countries.") == [
        "The review included nine trials with 944 women."
    ]


def test_a_review_of_one_trial_says_its_limits_of_that_trial() -> None:
    text = (
        "Objectives: To assess cooling caps for hair loss during chemotherapy.\n"
        "Main results: We included one small study (involving 24 women). The study was a "
        "single-centre trial with a high risk of bias. Hair loss was less with the cap.\n"
        "Authors' conclusions: Cooling caps may reduce hair loss."
    )
    source = parse(text)
    limits = [x.text for x in gather(source, detect_design(source)).limits]
    assert "The authors say the study was done in one centre." in limits
    assert not any("some trials" in x or "the studies" in x for x in limits)
