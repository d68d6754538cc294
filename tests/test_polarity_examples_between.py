"""A list of examples set off by commas between a subject and its verb ("Side effects, such as
coughing or a rash, were more common with the spray") leaves the claim about the subject, so it
is read against the paper's result on side effects. Sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

PAPER = ["There was no significant difference in adverse events between the spray and placebo."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Side effects, such as coughing or a rash, were more common with the spray.",
        "Side effects, including coughing and a sore throat, were less frequent with the spray.",
        "Side effects, like a cough, were more common with the spray.",
    ],
)
def test_a_difference_in_side_effects_listed_by_example_is_read(sentence):
    assert contradiction(sentence, PAPER)


def test_side_effects_listed_by_example_as_the_paper_says_pass():
    sentence = "Side effects, such as coughing or a rash, did not clearly differ with the spray."
    assert not contradiction(sentence, PAPER)


def test_the_claim_is_about_the_subject_not_the_examples():
    (claim,) = claims_in("Side effects, such as coughing or a rash, were more common with it.")
    assert claim.polarity == "up"
    assert "advers" in claim.about and "rash" not in claim.about
