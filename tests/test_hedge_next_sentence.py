"""A dropped hedge is excused by the sentence after it only when that sentence doubts the result
before it ("But this benefit is uncertain."), not when it doubts a result of its own ("Walking
speed improved, though this is not certain."). Texts written for these tests."""

import pytest

from plainsum.checks.claims_hedge import find_dropped_hedges
from plainsum.ingest import parse

REVIEW = parse(
    "Background: Many adults with multiple sclerosis feel tired. Objectives: To assess the "
    "effects of cycling classes on fatigue and walking in adults with MS. Main results: We "
    "included seven trials with 480 adults. Cycling classes may reduce fatigue compared with "
    "usual care (low-certainty evidence). Cycling classes improve walking speed compared with "
    "usual care (moderate-certainty evidence). Authors' conclusions: Cycling classes may reduce "
    "fatigue and improve walking speed in adults with MS."
)


@pytest.mark.parametrize(
    "text",
    [
        "Cycling classes reduced fatigue. Walking speed improved, though this is not certain.",
        "Cycling classes reduced fatigue. It is not certain how long the faster walking lasts.",
    ],
)
def test_a_doubt_on_the_next_sentences_own_result_does_not_excuse(text):
    assert [d.sentence for d in find_dropped_hedges(text, REVIEW)] == [
        "Cycling classes reduced fatigue."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cycling classes reduced fatigue. But this is not certain.",
        "Cycling classes reduced fatigue. But this benefit is uncertain.",
        "Cycling classes reduced fatigue. The benefit was small and uncertain.",
        "Cycling classes reduced fatigue. The evidence for this is of low certainty.",
    ],
)
def test_a_doubt_on_the_result_before_excuses(text):
    assert find_dropped_hedges(text, REVIEW) == []
