"""Reversed findings said in varied words, and results said without the limit the paper puts on
them: a subgroup's or one trial's result does not back the same result said of everyone when
the paper says how it went for everyone; a claim about one word of its own ("balance got
better") is read against the paper's claims about that word. Papers and sentences written for
these tests."""

import pytest

from plainsum.checks.claim_scope import limited, limited_at
from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

TRIAL = parse(
    """Treadmill training and walking speed in relapsing multiple sclerosis: a randomised trial

Background: Walking problems are common in multiple sclerosis (MS).

Methods: We randomly assigned 120 adults with relapsing MS to 12 weeks of supervised treadmill
training or to a waiting list. The primary outcome was walking speed over 25 feet. Secondary
outcomes were fatigue, balance and quality of life.

Results: Treadmill training increased walking speed compared with the waiting list. Fatigue did
not differ between groups. Balance scores were worse in the training group at 12 weeks. In
participants older than 50 years, walking speed did not improve.

Conclusions: Supervised treadmill training improved walking speed but did not reduce fatigue in
adults with relapsing MS."""
)

CLEAN_TRIAL = PlainSummary(
    headline="Treadmill training helped people with MS walk faster",
    what_the_study_did=(
        "The researchers put 120 adults with relapsing MS into two groups by chance. One group "
        "did treadmill training for 12 weeks, and the other waited."
    ),
    why_it_matters=(
        "Walking problems are common in MS. Ask your MS team whether exercise could help you."
    ),
    limitations="This was one trial, so the result needs checking in others.",
)

REVIEW = parse(
    """Vitamin D supplements for multiple sclerosis: a systematic review

Background: Low vitamin D levels have been linked with MS activity.

Methods: We searched for randomised trials comparing vitamin D with placebo in people with MS.
We included 10 trials with 860 participants.

Results: Vitamin D did not reduce the annual relapse rate (9 trials, 780 participants). One
small trial of 40 participants found fewer new brain lesions with high-dose vitamin D. Across
the other nine trials, new brain lesions did not differ between the groups.

Conclusions: Vitamin D probably makes little or no difference to relapses in people with MS."""
)

CLEAN_REVIEW = PlainSummary(
    headline="Taking vitamin D probably does not reduce relapses in MS",
    what_the_study_did=(
        "The researchers looked for trials that compared vitamin D with a dummy pill in people "
        "with MS. They found 10 trials with 860 people."
    ),
    why_it_matters=(
        "Many people with MS take vitamin D. Talk to your MS team before changing what you take."
    ),
    limitations="The evidence was of low certainty.",
)


def _contradicted(source, clean, sentence: str) -> bool:
    summary = clean.model_copy(
        update={"what_the_study_did": clean.what_the_study_did + " " + sentence}
    )
    design = detect_design(source)
    found = check_support(source, design, link_summary(source, summary, design))
    return any(
        f.check == "contradiction" and f.span == sentence and f.severity == Severity.ERROR
        for f in found
    )


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        # reversed, in the summary's own words
        ("Training made people less tired.", True),
        ("Training did not make people walk faster.", True),
        ("Training failed to speed up walking.", True),
        ("Walking speed was no faster with training.", True),
        ("Balance got better with training.", True),
        ("Balance improved in the training group.", True),
        ("People who trained had better balance than those who waited.", True),
        ("Training eased tiredness.", True),
        # a subgroup's result said of everyone
        ("Training did not improve walking speed.", True),
        # true, near misses
        ("Balance was worse in the training group after 12 weeks.", False),
        ("Training did not lessen tiredness.", False),
        ("Tiredness was about the same in both groups.", False),
        ("In people over 50, training did not speed up walking.", False),
        ("People older than 50 did not walk any faster after training.", False),
        ("The training group walked faster than the waiting group.", False),
        ("Training sped up walking.", False),
        # the comparison arm as the subject, the treatment after "than"
        ("Those on the waiting list walked more slowly than those who trained.", False),
    ],
)
def test_trial_findings(sentence, flagged):
    assert _contradicted(TRIAL, CLEAN_TRIAL, sentence) is flagged


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Vitamin D cut the number of relapses.", True),
        ("People who took vitamin D had fewer relapses.", True),
        # one small trial's result said of vitamin D in general
        ("Vitamin D led to fewer new brain lesions.", True),
        ("People who took vitamin D had fewer new lesions on brain scans.", True),
        ("Vitamin D made little or no difference to relapses.", False),
        ("In one small trial, people taking a high dose had fewer new brain lesions.", False),
        ("One small trial found fewer new brain lesions with a high dose.", False),
        ("Across the other trials, new brain lesions were about the same in both groups.", False),
    ],
)
def test_review_findings(sentence, flagged):
    assert _contradicted(REVIEW, CLEAN_REVIEW, sentence) is flagged


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        # a paper's result limited to part of what it studied
        ("One small trial of 40 participants found fewer lesions.", "fewer", True),
        ("The largest study reported more falls.", "more", True),
        ("In participants older than 50 years, walking speed did not improve.", "improve", True),
        ("Among patients with high baseline levels, the drug lowered pain.", "lowered", True),
        ("A subgroup analysis found less fatigue in women.", "less", True),
        ("At the higher dose, relapses were fewer.", "fewer", True),
        ("In patients over 65, falls were fewer.", "fewer", True),
        ("Pain fell in younger people but not in older people.", "fell", True),
        # said of everyone studied
        ("Treadmill training increased walking speed.", "increased", False),
        ("Across all ten trials, relapses did not differ.", "differ", False),
        ("In adults with relapsing MS, the drug lowered relapses.", "lowered", False),
        ("In people who have MS, vitamin D did not reduce relapses.", "reduce", False),
        ("In women with MS, the drug lowered relapses.", "lowered", False),
        ("In adults undergoing surgery, blood loss was lower.", "lower", False),
        # the limit reaches its own clause only
        (
            "One small trial found fewer lesions; the other trials found no difference.",
            "fewer",
            True,
        ),
        (
            "One small trial found fewer lesions; the other trials found no difference.",
            "no difference",
            False,
        ),
        (
            "One small trial found fewer lesions with vitamin D. The other trials did not.",
            "not",
            False,
        ),
        (
            "In people older than 50, speed did not improve, but it rose in younger people.",
            "improve",
            True,
        ),
        ("Speed rose overall, whereas in people aged over 70 it fell.", "rose", False),
        ("Speed rose overall, whereas in people aged over 70 it fell.", "fell", True),
    ],
)
def test_limited_at(sentence, word, expected):
    assert limited_at(sentence, sentence.index(word)) is expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a summary sentence is read broadly: any part named is a limit
        ("In one small trial, people taking a high dose had fewer new brain lesions.", True),
        ("Surgery tended to harm participants with less than 30% narrowing.", True),
        ("In women with MS, the drug lowered relapses.", True),
        ("People who took vitamin D had fewer relapses.", False),
        ("The higher dose lowered relapses.", True),
        ("High-dose vitamin D led to fewer new brain lesions.", True),
        ("The 14 mg tablet lowered relapses.", True),
        ("Both doses lowered relapses.", False),
        ("Training did not improve walking speed.", False),
        ("Vitamin D led to fewer new brain lesions.", False),
        ("Women and men had the same results.", False),
    ],
)
def test_summary_names_a_part(sentence, expected):
    assert limited(sentence) is expected


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        ("Walking speed was no faster with training.", ["null"]),
        ("Training sped up recovery.", ["up"]),
        ("The drug brought down the number of relapses.", ["down"]),
        ("Pain scores went up.", ["up"]),
        ("Training failed to speed up walking.", ["null"]),
        # a bound, not a result
        ("The walk took no longer than 20 minutes.", []),
        ("The cells were no longer able to divide.", []),
    ],
)
def test_direction_words(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # said of the comparison arm against the treatment: the treatment's direction turned
        ("People who had usual care reported less pain than those who meditated.", ["up"]),
        ("The placebo group had more relapses than the drug group.", ["down"]),
        ("Those on the waiting list walked faster than those who trained.", ["down"]),
        # said of the treatment, or of the arm alone
        ("People taking the drug had fewer relapses than those on placebo.", ["down"]),
        ("In the placebo group, relapses fell over the year.", ["down"]),
        ("Compared with placebo, the drug lowered relapses.", ["down"]),
        ("The drug lowered relapses more often than the placebo did.", ["down"]),
    ],
)
def test_comparison_arm_as_subject(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities
