"""A finding said of a whole population late in an abstract without headings is the authors'
summing up, not one more result (plain/general_claim.py, plain/sequence.py). Abstracts and
sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.general_claim import general_claim
from plainsum.plain.sequence import sequence_roles


@pytest.mark.parametrize(
    "text",
    [
        "High-dose zinc did not improve disability in progressive MS.",
        "Home-based yoga reduced the number of falls in people with MS who fall often.",
        "Among adults with early relapsing MS, the tablet lowered relapse rates.",
    ],
)
def test_a_finding_said_of_a_population_is_a_general_claim(text):
    assert general_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "The programme group had fewer falls than the usual care group.",
        "Relapses fell by 30% in people with MS.",
        "Participants with progressive MS walked faster on zinc.",
    ],
)
def test_a_result_of_the_study_s_groups_or_with_a_number_is_not(text):
    assert not general_claim(text)


def test_the_summing_up_before_a_last_caveat_is_the_conclusion():
    sentences = [
        "Falls are common in multiple sclerosis and cause injuries.",
        "In this trial, 150 adults with MS were randomised to home yoga or usual care.",
        "Falls were recorded with diaries for 6 months.",
        "The yoga group had 35% fewer falls than the usual care group (rate ratio 0.65).",
        "Balance confidence improved more in the yoga group (difference 7 points).",
        "Two participants had a minor fall during a session.",
        "Home-based yoga reduced the number of falls in people with MS who fall often.",
        "Whether the effect lasts beyond 6 months is unknown.",
    ]
    roles = sequence_roles(sentences, lambda sentence, role: False)
    assert roles[6] == "conclusion"
    assert roles[3] == "results"


def test_a_finding_of_older_or_pregnant_people_is_a_general_claim():
    # the lead's hand-written v10: "In older people with ... MS, stopping ... was not associated
    # with ..." was read as one more result before its closing caveat, and a side result headed
    assert general_claim(
        "In older people with stable MS, stopping the injections did not raise relapses."
    )
    assert general_claim("Among pregnant women with MS, the vaccine was well tolerated.")


def test_the_summing_up_of_older_people_before_a_closing_caveat_is_the_conclusion():
    sentences = [
        "Whether older people with stable MS can stop treatment is debated.",
        "Using a national registry, we followed 900 people aged over 55 years.",
        "Of these, 300 stopped treatment and 600 continued.",
        "Over 4 years, relapses occurred in 8% after stopping and 7% with treatment.",
        "Walking got worse in 20% and 18%, respectively.",
        "In older people with stable MS, stopping treatment was not associated with more relapses.",
        "Confounding cannot be excluded.",
    ]
    roles = sequence_roles(sentences, lambda sentence, role: False)
    assert roles[5] == "conclusion"
    assert roles[4] == "results"


def test_an_effect_size_before_its_value_is_a_statistic():
    # "(SMD -0.21; ...)" with no "=" after it: a result with its numbers, not a summing up
    # (the lead's hand-written v5 had one read as the conclusion and head the review)
    sentences = [
        "Fatigue is common in people with multiple sclerosis.",
        "We searched four databases for randomised trials of exercise.",
        "Thirty trials with 1,500 people were included.",
        "Aerobic training reduced fatigue against usual care (SMD -0.50; 95% CI -0.8 to -0.2).",
        "Stretching alone had a smaller effect that was uncertain (SMD -0.10; -0.40 to 0.20).",
        "Exercise probably reduces fatigue in people with MS in the short term.",
    ]
    roles = sequence_roles(sentences, lambda sentence, role: False)
    assert roles[4] == "results"
    assert roles[5] == "conclusion"
    # "or" in lower case before a number is no odds ratio
    plain = sequence_roles(
        [*sentences[:4], "Some had one or 2 sessions that were uncertain.", sentences[5]],
        lambda sentence, role: False,
    )
    assert plain[5] == "conclusion"
