""" "those with ..." names people by what follows it, within the sentence; it points back at
nothing (plainsum.plain.standalone.POINTER). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.standalone import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "Surgery helped people with moderate narrowing, and was best for those with severe "
        "narrowing",
        "The programme helped most in those with long disease duration",
    ],
)
def test_those_with_names_its_own_people(text):
    assert not leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain scores were similar to those with placebo",
        "Relapse rates were lower than those with usual care",
        "These patients walked further after treatment",
    ],
)
def test_those_standing_for_a_thing_said_before_still_leans_back(text):
    assert leans_back(text)


def test_those_with_after_a_verb_stands_for_things_said_before():
    assert leans_back("Other questions worth a trial include those with a diet arm")
