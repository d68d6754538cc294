"""Limits the authors state that the drafter said nothing of (issue 9, CD002819, CD001332,
CD009350 shapes): a review's own "only" on its count of studies, aims it could not meet,
evidence it calls poorly documented, and studies that only observed people; what an
unanswerable question means for a reader. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.evidence_size import said_few
from plainsum.plain.limits import stated_limits
from plainsum.plain.observed_studies import (
    OBSERVED,
    ONE_OBSERVED,
    ONE_OF_THEM_OBSERVED,
    SOME_OBSERVED,
    observed_caveat,
)
from plainsum.plain.source import source_sentences
from plainsum.plain.unknown_effect import what_it_means
from plainsum.schemas import StudyDesign


def _sentences(results: str, conclusions: str = "Cooling vests may ease tiredness."):
    text = (
        "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
        f"Main results: {results}\n"
        f"Authors' conclusions: {conclusions}"
    )
    return source_sentences(parse(text))


@pytest.mark.parametrize(
    ("results", "count", "few"),
    [
        ("Of 300 reports we kept 40: only four randomised trials were included.", "four", True),
        ("Only five studies (210 people) met the inclusion criteria.", "five", True),
        ("We included only six trials of cooling vests.", "six", True),
        # "only" said of some of the studies, not of how many the review took in
        ("We included six trials. Only two trials reported side effects.", "six", False),
        ("We included six trials. Only four studies were included in the pooled analysis.",
         "six", False),
        ("We included six trials with 400 people.", "six", False),
    ],
)  # fmt: skip
def test_the_authors_own_only_on_their_count_of_studies(results, count, few):
    assert said_few(_sentences(results), count) is few


@pytest.mark.parametrize(
    ("conclusions", "name"),
    [
        ("We were unable to achieve all of the objectives set for this review.", "unmet_aims"),
        ("The review could not answer all of its questions on safety.", "unmet_aims"),
        ("The benefit of cooling vests for tiredness is poorly documented.", "weak_evidence"),
        ("Limited evidence suggests cooling vests can ease tiredness.", "weak_evidence"),
        ("There is limited evidence to support cooling vests for tiredness.", "weak_evidence"),
    ],
)
def test_aims_not_met_and_poorly_documented_evidence_are_stated_limits(conclusions, name):
    found = stated_limits(_sentences("We included six trials.", conclusions), StudyDesign.REVIEW)
    assert name in {x.name for x in found}


@pytest.mark.parametrize(
    "conclusions",
    [
        "We were able to achieve all of the objectives set for this review.",
        "Cooling vests eased tiredness in all of the trials.",
        "How cooling vests were used was well documented in every trial.",
        "There is limited evidence of harm from cooling vests.",  # a finding: little harm
    ],
)
def test_no_unmet_aims_or_weak_evidence_the_authors_do_not_state(conclusions):
    found = stated_limits(_sentences("We included six trials.", conclusions), StudyDesign.REVIEW)
    assert not {"unmet_aims", "weak_evidence"} & {x.name for x in found}


@pytest.mark.parametrize(
    ("results", "caveat"),
    [
        ("We included six cohort studies with 9000 adults.", OBSERVED),
        ("Five studies used a prospective cohort design and two were case-control studies.",
         OBSERVED),
        # beside randomised trials: some of them, never "studies that only observed people"
        # as if all did (reader59_w2, CD009350)
        ("We included four randomised trials and three observational studies.", SOME_OBSERVED),
        ("Six used a cohort design, two were case-control studies and one an RCT.",
         SOME_OBSERVED),
        ("We included one case-control study and three randomised trials.",
         ONE_OF_THEM_OBSERVED),
        ("Only one case-control study was included.", ONE_OBSERVED),
        # studies of other kinds, or cohort studies the review did not take in
        ("We included six randomised trials with 400 adults.", None),
        ("We included six trials; future cohort studies should follow people for longer.", None),
        ("We excluded two cohort studies that had no control group.", None),
        ("We included six cross-sectional studies of a tiredness questionnaire.", None),
    ],
)  # fmt: skip
def test_a_review_that_counts_studies_which_only_observed_people(results, caveat):
    assert observed_caveat(_sentences(results)) == caveat


def test_a_review_of_cohort_studies_carries_both_caveats() -> None:
    source = parse(
        "Objectives: To assess whether coffee is linked with fewer relapses in MS.\n"
        "Main results: We included seven cohort studies with 12,000 adults. Relapses were less "
        "common in people who drank more coffee.\n"
        "Authors' conclusions: Drinking coffee may be linked with fewer relapses."
    )
    _, sections = compose(gather(source, detect_design(source)))
    said = [line.text for line in sections["limitations"]]
    assert "A review can only be as good as the studies it includes." in said
    assert OBSERVED in said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "On the basis of this review no conclusions can be drawn whether or not cooling "
            "vests ease tiredness in MS.",
            "This means it is not yet clear whether cooling vests ease tiredness in MS.",
        ),
        (
            "No conclusions can be stated whether yoga improves balance in older adults.",
            "This means it is not yet clear whether yoga improves balance in older adults.",
        ),
    ],
)
def test_a_question_the_authors_cannot_answer_is_said_as_still_open(said, expected):
    line = what_it_means(said, (9,), None)
    assert line is not None and line.text == expected


def test_a_conclusion_that_says_which_way_things_went_gets_no_built_meaning() -> None:
    assert what_it_means("Cooling vests eased tiredness in people with MS.", (9,), None) is None


def _study(methods: str, conclusions: str) -> list:
    text = (
        "Objectives: To test a cooling vest for tiredness in adults with MS.\n"
        f"Methods: {methods}\n"
        "Results: Tiredness eased with the vest.\n"
        f"Conclusions: {conclusions}"
    )
    return source_sentences(parse(text))


@pytest.mark.parametrize(
    ("methods", "conclusions", "stated"),
    [
        # "uncontrolled" of the study: no control group
        ("This was an uncontrolled pilot study in 20 adults.", "Vests may ease tiredness.", True),
        ("We ran an uncontrolled open-label trial.", "Vests may ease tiredness.", True),
        # ... of a growth, a bleeding or a symptom: no design at all
        (
            "We measured heat in 20 adults.",
            "Cooling may stop uncontrolled nerve cell firing and uncontrolled bleeding.",
            False,
        ),
    ],
)
def test_uncontrolled_is_no_control_group_only_said_of_a_study(methods, conclusions, stated):
    found = stated_limits(_study(methods, conclusions), StudyDesign.TRIAL)
    assert ("no_control" in {x.name for x in found}) is stated
