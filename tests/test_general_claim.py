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
