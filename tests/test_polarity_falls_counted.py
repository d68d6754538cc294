"""People falling down are what is counted, not a decrease: in "More people on the exercise
plan fell than on usual care" the comparative gives the direction, and "fell" is the event, so
the sentence is caught against the paper's "Fewer people on the exercise plan fell than on
usual care". A fall of a measure ("scores fell by 5 points") stays a decrease. Sentences written
for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in

PAPER = ["Fewer people on the exercise plan fell than on usual care (18 of 90 versus 33 of 91)."]


@pytest.mark.parametrize(
    "sentence, directions",
    [
        ("More people on the exercise plan fell than on usual care.", {"up"}),
        ("Fewer people on the exercise plan fell at least once than on usual care.", {"down"}),
        ("The number of people who fell went up with the new shoes.", {"up"}),
        # a measure's fall is a decrease
        ("Pain scores fell by 5 points on the exercise plan.", {"down"}),
    ],
)
def test_falling_people_are_counted_a_falling_measure_is_a_direction(sentence, directions):
    assert {c.polarity for c in claims_in(sentence)} == directions


def test_more_people_fell_against_fewer_people_fell_is_a_contradiction():
    said = "More people on the exercise plan fell than on usual care."
    assert contradiction(said, PAPER) is not None


def test_fewer_people_fell_agrees():
    said = "Fewer people on the exercise plan fell than on usual care."
    assert contradiction(said, PAPER) is None
