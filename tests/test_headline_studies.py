"""Headlines that say what the studies were, not what they found, and headlines with no subject
(texts written for these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_shape import predicate_only
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Relaxation training for fatigue in multiple sclerosis: a systematic review

Objectives: To assess whether relaxation training reduces fatigue in people with multiple
sclerosis.

Methods: We searched MEDLINE and Embase to June 2021. Fourteen randomised trials with 820
participants met the inclusion criteria. Most trials had a high risk of performance bias.

Results: Pooled across trials, relaxation training reduced fatigue compared with usual care.
One trial found that eight weeks of relaxation did not change walking speed.

Conclusions: Relaxation training probably reduces fatigue in people with multiple sclerosis."""
)

ONE_TRIAL_REVIEW = parse(
    """Relaxation training for fatigue in multiple sclerosis: a systematic review

Objectives: To assess whether relaxation training reduces fatigue in people with multiple
sclerosis.

Methods: We searched MEDLINE and Embase to June 2021. Fourteen randomised trials with 820
participants met the inclusion criteria.

Results: One trial reported fatigue; relaxation training reduced it compared with usual care.

Conclusions: Evidence from a single small trial suggests relaxation training may reduce
fatigue in people with multiple sclerosis."""
)

QUALITY_REVIEW = parse(
    """Reporting in trials of rehabilitation for multiple sclerosis: a methods review

Objectives: To assess how well trials of rehabilitation in multiple sclerosis report their
methods.

Methods: We searched MEDLINE to June 2021. Sixty trials met the inclusion criteria.

Results: Forty trials did not describe how they concealed allocation.

Conclusions: Most rehabilitation trials in multiple sclerosis have a high risk of bias."""
)

BODY = {
    "what_the_study_did": "Reviewers pooled fourteen trials of relaxation in people with MS.",
    "why_it_matters": "Fatigue is common in MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def _messages(headline: str, source=REVIEW) -> list[str]:
    found = check_headline(source, PlainSummary(headline=headline, **BODY))
    assert all(f.severity.value == "error" and f.section == "headline" for f in found)
    return [f.message for f in found]


@pytest.mark.parametrize(
    "headline,words",
    [
        ("Clearly lower than that of the usual care groups", "Clearly lower than"),
        ("Significantly higher in people with MS than in healthy controls", "higher in"),
        ("Not different between the two groups after eight weeks", "Not different between"),
        ("Similar to usual care for walking speed after eight weeks", "Similar to"),
        ("Associated with less fatigue in people who were younger", None),
    ],
)
def test_a_headline_with_no_subject_is_an_error(headline, words):
    opening = predicate_only(headline)
    if words is None:
        assert opening is None  # "who were younger" holds a verb: too unsure to call
    else:
        assert opening is not None and words.lower() in opening.lower()
        assert any("no subject" in m for m in _messages(headline))


@pytest.mark.parametrize(
    "headline",
    [
        "More than half of the people with MS had less fatigue",
        "Less than one in ten people stopped relaxation training",
        "Similar to usual care, relaxation training did not change walking speed",
        "Lower fatigue scores were seen with relaxation training",
        "Higher doses of relaxation training eased fatigue more",
        "Relaxation training probably lowers fatigue in people with MS",
    ],
)
def test_a_predicate_with_its_subject_is_a_statement(headline):
    assert predicate_only(headline) is None


@pytest.mark.parametrize(
    "headline,words",
    [
        ("Most trials had a high risk of selective reporting", "selective reporting"),
        ("Many of the trials were of poor quality", "poor quality"),
        ("The trials were small and poorly reported", "poorly reported"),
        ("Most trials had a high risk of performance bias", "risk of performance bias"),
    ],
)
def test_the_studies_quality_alone_is_an_error(headline, words):
    messages = _messages(headline)
    assert len(messages) == 1 and "how good the studies were" in messages[0]
    assert words in messages[0]


@pytest.mark.parametrize(
    "headline",
    [
        "Low-quality evidence suggests relaxation training may ease fatigue in MS",
        "The trials were poorly reported, so we cannot be sure whether relaxation helps",
        "Despite a high risk of bias, relaxation training reduced fatigue in MS",
        "There is low quality evidence that relaxation training has an important effect on fatigue",
        "There is moderate quality evidence on relaxation against fatigue in MS",
        "Relaxation training probably reduces fatigue in people with MS",
    ],
)
def test_quality_beside_a_finding_passes(headline):
    assert _messages(headline) == []


def test_quality_is_the_finding_of_a_review_about_quality():
    headline = "Most rehabilitation trials in MS have a high risk of bias"
    assert _messages(headline, QUALITY_REVIEW) == []


@pytest.mark.parametrize(
    "headline,source,flagged",
    [
        ("One trial found eight weeks of relaxation did not change walking speed", REVIEW, True),
        ("In a single trial, relaxation did not change walking speed", REVIEW, True),
        (
            "One small trial suggests relaxation training may reduce fatigue",
            ONE_TRIAL_REVIEW,
            False,
        ),
        ("Relaxation training probably reduces fatigue, across fourteen trials", REVIEW, False),
        # one or two studies cited by name, as a review cites them
        ("Okafor 2015 and Lindqvist 2019 found relaxation eased fatigue", REVIEW, True),
        ("Okafor et al. (2015) showed less fatigue with relaxation training", REVIEW, True),
        ("Relaxation training found favour with nurses in 2015 and 2019", REVIEW, False),
    ],
)
def test_one_studys_result_heads_a_review_only_when_its_conclusions_do(headline, source, flagged):
    messages = _messages(headline, source)
    assert any("single study's result" in m for m in messages) is flagged


def test_a_conclusion_that_opens_with_one_study_speaks_of_it():
    source = parse(
        """Relaxation training for fatigue in multiple sclerosis: a systematic review

Methods: Fourteen randomised trials with 820 participants met the inclusion criteria.

Results: Most trials did not measure walking speed.

Conclusions: One showed less fatigue with relaxation training than with usual care."""
    )
    headline = "One trial found less fatigue with relaxation training than with usual care"
    assert not any("single study's result" in m for m in _messages(headline, source))


def test_one_study_may_lead_when_the_conclusions_only_ask_for_research():
    source = parse(
        """Relaxation training for fatigue in multiple sclerosis: a systematic review

Methods: Fourteen randomised trials with 820 participants met the inclusion criteria.

Results: Most trials did not measure walking speed.

Conclusions: Future research should use larger samples and longer follow-up."""
    )
    headline = "One trial found less fatigue with relaxation training than with usual care"
    assert not any("single study's result" in m for m in _messages(headline, source))


def test_a_study_cited_by_name_may_lead_when_the_conclusions_cite_it():
    source = parse(
        """Relaxation training for fatigue in multiple sclerosis: a systematic review

Methods: Fourteen randomised trials with 820 participants met the inclusion criteria.

Results: Most trials did not measure walking speed.

Conclusions: Only Okafor 2015 found less fatigue with relaxation training than with usual care."""
    )
    headline = "Okafor 2015 found less fatigue with relaxation training than with usual care"
    assert not any("single study's result" in m for m in _messages(headline, source))


@pytest.mark.parametrize(
    "headline,flagged",
    [
        # the grade of the evidence alone, said of what it was about
        ("The evidence for relaxation training was all low- or very low-certainty", True),
        ("The evidence on relaxation for fatigue is very low certainty", True),
        # a finding with its grade
        ("Low-certainty evidence suggests relaxation training reduces fatigue", False),
        ("The evidence for relaxation was low-certainty, but it probably eases fatigue", False),
    ],
)
def test_the_grade_of_the_evidence_alone_is_not_the_finding(headline, flagged):
    assert any("how good the studies were" in m for m in _messages(headline)) is flagged
