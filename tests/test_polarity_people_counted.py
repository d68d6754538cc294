"""A direction that counts people is said of what happened to them: "Fewer people on the cream
had a flare-up" is about flare-ups, and the cream is who had it, not what changed. Read so, the
summary's "fewer people on the cream had a flare-up" is caught against the paper's "the cream
did not reduce flare-ups", and agrees with "the cream reduced flare-ups". Sentences written for
these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence, about, agent",
    [
        ("Fewer people on the steroid cream had a flare-up.", {"flare"}, {"steroid", "cream"}),
        ("More patients given the nasal spray reported nosebleeds.", {"noseble"}, {"spray"}),
        ("Fewer mice treated with the compound developed paralysis.", {"paralysi"}, {"compound"}),
        ("Fewer children in the vitamin group died.", {"die"}, {"vitamin"}),
    ],
)
def test_a_count_of_people_is_about_what_happened_to_them(sentence, about, agent):
    (claim,) = claims_in(sentence)
    assert about <= set(claim.about)
    assert not agent & set(claim.about)
    assert agent <= set(claim.agent)


NULL = ["The steroid cream did not reduce flare-ups of eczema compared with the base cream."]
FOUND = ["The steroid cream reduced flare-ups of eczema compared with the base cream."]


def test_fewer_people_with_it_against_no_reduction_is_a_contradiction():
    said = "Fewer people on the steroid cream had a flare-up of eczema."
    assert contradiction(said, NULL) is not None


def test_fewer_people_with_it_agrees_with_a_reduction():
    said = "Fewer people on the steroid cream had a flare-up of eczema."
    assert contradiction(said, FOUND) is None
