""" "Ease" as a verb in the present ("Stretching may ease leg cramps") states a direction, as
"eased" and "eases" do; the noun ("with ease", "ease of use") states none. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "sentence",
    ["Stretching classes may ease leg cramps.", "Several creams ease the itching of eczema."],
)
def test_ease_as_a_verb_is_a_direction(sentence):
    assert [c.polarity for c in claims_in(sentence)] == ["better"]


@pytest.mark.parametrize(
    "sentence",
    [
        "People used the pen with ease.",
        "Ease of use was rated highly.",
        "Nurses were at ease with the new pump.",
    ],
)
def test_ease_as_a_noun_is_none(sentence):
    assert claims_in(sentence) == []


def test_a_present_ease_against_a_paper_that_found_none_is_caught():
    paper = ["Stretching classes did not reduce leg cramps compared with no classes."]
    assert contradiction("Stretching classes ease leg cramps.", paper)
