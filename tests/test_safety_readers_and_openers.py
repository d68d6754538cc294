"""Advice in shapes the safety check missed (issue 8: a development set in leaflet wording):
an imperative after a time or place set first ("On very hot days, take an extra dose"), young
readers told what to do ("Girls ... should get the jab"), and "without checking with anyone".
What research reports in the same words passes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.safety import find_unsafe


@pytest.mark.parametrize(
    "text, rules",
    [
        ("On very hot days, take an extra dose of your MS medicine.", ["advice"]),
        ("During a flare, double your dose of the cream.", ["advice"]),
        ("Teenagers with asthma should stop their inhaler in summer.", ["advice"]),
        (
            "Girls with MS in the family should get the jab without checking with anyone.",
            ["advice", "no_doctor"],
        ),
    ],
)
def test_advice_in_these_shapes_is_caught(text: str, rules: list[str]) -> None:
    assert [u.rule.name for u in find_unsafe(text)] == rules


@pytest.mark.parametrize(
    "text",
    [
        "In the trial, people took an extra dose on hot days.",
        "On hot days, many people with MS feel worse.",
        "In this study, children took the drug for a year.",
        "For most people, the drug was safe.",
        "Children should be seen by a doctor if they have a fever.",
    ],
)
def test_what_research_reports_in_the_same_words_passes(text: str) -> None:
    assert find_unsafe(text) == []


def test_a_number_needed_to_treat_is_no_advice() -> None:
    text = (
        "The number needed to treat was eight, meaning that eight children would need to "
        "receive the drug for one to feel better."
    )
    assert find_unsafe(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Newly diagnosed people can drop their MS nurse visits once they have a volunteer.",
        "You can cancel your neurologist appointments.",
    ],
)
def test_dropping_the_care_team_is_dismissing_it(text: str) -> None:
    assert "no_doctor" in [u.rule.name for u in find_unsafe(text)]


@pytest.mark.parametrize(
    "text",
    ["Nobody should drop their check-ups.", "No one should skip their MS nurse visits."],
)
def test_telling_readers_to_keep_their_care_is_no_dismissal(text: str) -> None:
    assert "no_doctor" not in [u.rule.name for u in find_unsafe(text)]
