"""A number is right only for what the paper counts with it: the same group, the same time
point, the same step of the study (checks/number_pairs.py, number_times.py, number_roles.py).
The paper and sentences are written for these tests; plain restatements must pass."""

import pytest

from plainsum.checks.number_findings import number_findings
from plainsum.checks.number_links import misattributed_numbers
from plainsum.checks.number_moved import moved_numbers
from plainsum.checks.number_pairs import traded_numbers
from plainsum.checks.number_roles import other_step_numbers
from plainsum.checks.number_times import other_time_numbers, time_points
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

TRIAL = parse(
    """Omega-3 capsules for fatigue in multiple sclerosis: a randomised trial

Methods: Ninety adults (30 men and 60 women) with multiple sclerosis were randomly assigned
to omega-3 capsules (n = 46) or olive oil capsules (n = 44) for 6 months. Fatigue was rated
at 3 months and at 6 months.

Results: Eighty-one participants completed the study and 9 dropped out. At 3 months, 40% of
patients on omega-3 and 31% of those on olive oil reported less fatigue. At 6 months the
figures were 58% and 27% (p = 0.01). Two participants on omega-3 had mild stomach upset.

Conclusions: Omega-3 capsules may ease fatigue in people with multiple sclerosis."""
)


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # the two groups' numbers traded
        ("The 60 men and 30 women were mostly in their forties.", ["60"]),
        ("In all, 44 took omega-3 and 46 took olive oil capsules.", ["44"]),
        # each number with its own group
        ("The 30 men and 60 women were mostly in their forties.", []),
        ("In all, 46 took omega-3 and 44 took dummy olive oil capsules.", []),
        ("Twice as many women (60) as men (30) took part.", []),
    ],
)
def test_numbers_that_traded_groups(sentence, numbers):
    assert [n for n, _, _ in traded_numbers(sentence, TRIAL)] == numbers


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # a result of another time point
        ("After 6 months, 40% of people on omega-3 felt less tired.", ["40"]),
        ("At six months, 58% on omega-3 felt less tired, against 31% on olive oil.", ["31"]),
        # the paper's own time point, in the paper's numbers or in words
        ("After 6 months, 58% on omega-3 felt less tired, against 27% on olive oil.", []),
        ("At three months, 40% on omega-3 and 31% on olive oil felt less tired.", []),
        ("At 12 weeks, 40% on omega-3 felt less tired.", []),  # 12 weeks is about 3 months
        # a length of treatment is no time point
        ("People took the capsules for 6 months, and 40% felt less tired.", []),
        # a time point the paper does not name is not read
        ("After a year, 40% felt less tired.", []),
    ],
)
def test_results_of_another_time_point(sentence, numbers):
    assert [n for n, _, _ in other_time_numbers(sentence, TRIAL)] == numbers


def test_time_points_read_lists_and_weeks_after_the_unit():
    points = time_points("at eight weeks and 24 months; at week 12; 26 weeks' follow-up")
    assert [round(d) for d, _, _ in points] == [56, 730, 84, 182]


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # the finishers given as the people who entered, and the other way round
        ("In this trial, 81 adults were split into two groups by chance.", ["81"]),
        ("The trial included 81 adults with MS.", ["81"]),
        ("Ninety adults completed the trial.", ["Ninety"]),
        # each count with its own step, or a part and its whole
        ("Ninety adults took part, and 81 finished.", []),
        ("Of the 90 adults, 81 completed the study.", []),
        ("Only 81 of the 90 adults finished.", []),
        ("Nine people dropped out.", []),
        ("Ninety adults with MS took part in the trial.", []),
    ],
)
def test_counts_of_another_step_of_the_study(sentence, numbers):
    assert [n for n, _, _ in other_step_numbers(sentence, TRIAL)] == numbers


def test_findings_name_what_the_number_belongs_to():
    link = EvidenceLink(
        section="what_the_study_did",
        index=0,
        text="After 6 months, 40% of people on omega-3 felt less tired.",
        kind="content",
        source_sentences=[],
    )
    findings = number_findings(link, TRIAL)
    assert {f.check for f in findings} == {"numbers"}
    (timed,) = [f for f in findings if "time point" in f.message]
    assert "The number 40" in timed.message and "'At 3 months'" in timed.message


REVIEW = parse(
    """Cooling garments for fatigue in multiple sclerosis: a systematic review

Main results: Of the 340 identified records, we selected 42 for full-text reading. Of the nine
included trials, seven included people with relapsing MS only. The trials enrolled 612 people.
Cooling reduced fatigue by 35% (95% CI 20% to 48%) at the end of treatment.

Authors' conclusions: Cooling garments may ease fatigue in people with MS."""
)


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # a part of a whole named before it counts the whole's kind, not the noun after it
        ("The reviewers found seven trials of people with relapsing MS.", []),
        ("Of the nine trials, seven included only people with relapsing MS.", []),
        ("The review included 42 people.", ["42"]),  # 42 counts records
    ],
)
def test_a_part_counts_what_its_whole_counts(sentence, numbers):
    assert [n for n, _, _ in misattributed_numbers(sentence, REVIEW)] == numbers


def test_the_level_of_a_confidence_interval_is_no_result():
    sentence = "Cooling cut fatigue by 35% at the end of treatment."
    assert moved_numbers(sentence, REVIEW) == []


@pytest.mark.parametrize(
    "text",
    [
        "At 12 weeks and 6 months, and 2 years later, pain was lower.",
        "AT WEEK 24 THE SCORES FELL.",
        "After one wee\u212a of treatment",  # the Kelvin sign is a "k" to the patterns
        "Pain fell by 12 points.",
        "within the first 3-month period; by day 7",
        "",
    ],
)
def test_time_points_skip_only_texts_without_a_unit(text, monkeypatch):
    from plainsum.checks import number_times

    found = number_times.time_points.__wrapped__(text)
    monkeypatch.setattr(number_times, "may_match", lambda pattern, text: True)
    assert number_times.time_points.__wrapped__(text) == found
