"""Unlabelled journal abstracts of MS cohort and imaging studies (issue 9), from hand-written
abstracts the drafter got wrong: a registry cohort "followed ... for a median of 19 years" and
"matched for sex" was a study of undetected design; its size was said as one group's ("The study
included 412 people." where 4,120 more were compared); a result "10 years later than" another
group was too long to keep as no result; "trials of treatments for cognition" in a conclusion's
outlook was said as what the study looked at. Abstracts written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.results import DIRECTION
from plainsum.plain.sentences import Role, classify
from plainsum.plain.unstated_aim import studied_from
from plainsum.schemas import StudyDesign

LATE_ONSET = """People who first have MS symptoms after age 50 may worsen faster. We followed 260 \
people with late-onset MS from a national registry for a median of 12 years and compared them with \
1,040 people with MS that began before 40, matched for sex and year of diagnosis. People with \
late-onset MS needed a walking stick about 6 years earlier than people with younger onset, \
after a similar number of relapses in the first years. Starting a disease-modifying drug early \
was linked with slower worsening in both groups. Late onset thus carries a faster course, which \
doctors should keep in mind."""

SCANS = """Fatigue is common in MS. In this cross-sectional study, 90 adults with MS had brain \
scans and fatigue questionnaires. A smaller putamen was linked with worse fatigue. These results \
suggest that the putamen is tied to fatigue in MS and that its volume could be a useful measure \
in trials of treatments for fatigue."""


def test_a_cohort_followed_for_years_and_matched_for_sex_is_observational() -> None:
    assert detect_design(parse(LATE_ONSET)).design == StudyDesign.OBSERVATIONAL


def test_one_group_of_two_compared_is_not_the_studys_size() -> None:
    source = parse(LATE_ONSET)
    facts = [f.text for f in gather(source, detect_design(source)).facts]
    assert not any("260" in f for f in facts), facts


def test_a_result_later_than_another_group_is_kept() -> None:
    assert DIRECTION.search("They needed a stick about 6 years earlier than the others.")
    source = parse(LATE_ONSET)
    results = [p.text for p in gather(source, detect_design(source)).by_role[Role.RESULTS]]
    assert any("6 years earlier than" in t for t in results), results


def test_trials_to_come_are_not_what_the_study_looked_at() -> None:
    built = studied_from(classify(parse(SCANS)), review=False)
    assert built is None or "treatments for fatigue" not in built[0]
