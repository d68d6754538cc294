"""A result denied to be shown ("was not shown conclusively to be helpful in improving
symptoms", "has not been proven to reduce cramps") is no difference, not the result; a turn
after it ("but it improved sleep") is a result of its own. Sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "Feedback to therapists was not shown conclusively to be helpful, either in terms of "
        "improving symptoms or in shortening treatment.",
        "Magnesium has not been proven to reduce night cramps.",
        "Massage was never demonstrated to lower anxiety in these trials.",
    ],
)
def test_a_result_not_shown_is_no_difference(sentence):
    assert {c.polarity for c in claims_in(sentence)} == {"null"}


def test_a_turn_after_the_denial_is_a_result_of_its_own():
    claims = claims_in("Magnesium has not been shown to reduce cramps, but it improved sleep.")
    assert [c.polarity for c in claims] == ["null", "better"]


def test_not_shown_agrees_with_the_papers_no_difference():
    paper = ["Feedback to therapists made no difference to symptoms across 12 trials."]
    said = "Feedback to therapists was not shown to be helpful in improving symptoms."
    assert not contradiction(said, paper)
