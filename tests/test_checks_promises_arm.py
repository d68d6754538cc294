"""A comparison's other arm that names everyone it treats ("compared with giving antiviral
medicine to everyone from the start") is a way of treating, not a benefit claimed for everyone.
Sentences written for these tests."""

import pytest

from plainsum.checks.promises import find_promises


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with giving antiviral medicine to everyone from the start, early treatment "
        "prevented illness about as well.",
        "Screening first worked as well as treating everyone with the drug.",
    ],
)
def test_an_arm_that_treats_everyone_is_no_claim(sentence):
    assert find_promises(sentence, None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Early treatment works for everyone.",
        "Giving the drug to everyone after a transplant prevents illness.",
    ],
)
def test_a_benefit_for_everyone_is_still_a_claim(sentence):
    assert [p.words for p in find_promises(sentence, None)][-1] == "everyone"
