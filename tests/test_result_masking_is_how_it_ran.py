"""Who was kept from knowing the treatment is how a trial ran, not what it found: "Although
participants were not masked, outcome assessors were" was drafted into a review's body as if it
held for the whole review (reader w2, stop 48). Sentences written for these tests."""

from plainsum.plain.results import says_a_finding, what_it_says


def test_masking_is_how_the_trial_ran():
    text = "Although the children were not masked, the nurses who scored the rash were."
    assert what_it_says(text).run
    assert not says_a_finding(text)


def test_a_result_beside_it_is_still_a_result():
    assert says_a_finding("Rash scores fell more with the cream than with the dummy cream.")
