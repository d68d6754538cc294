"""The care-team pointer in the words readers use for the people who care for them (issue 8:
correct summaries of a development set in leaflet and news wording failed for them): a ward
team, a dietician, a physio, a cardiologist, and a question taken to the next appointment. The
research team is no care team, and a treatment asked for at a visit stays advice. Sentences
written for these tests."""

import pytest

from plainsum.checks.caveats import CAVEATS
from plainsum.checks.safety import find_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "If you have questions about sleep medicines in hospital, talk to the ward team.",
        "Ask your dietician before you change what you eat.",
        "Your physio can tell you whether this training is safe for you.",
        "If you have chest pain, see your cardiologist.",
        "Talk to your podiatrist if your feet are numb.",
        "If you are worried about your mood, speak to your psychiatrist or GP.",
        "Ask the diabetes team at your clinic whether this suits you.",
    ],
)
def test_the_people_who_care_for_the_reader_are_a_care_pointer(text: str) -> None:
    assert CAVEATS["care_team"].present(text)


@pytest.mark.parametrize(
    "text",
    [
        "The MS research team plans to study diet next.",
        "If you took part, the research team may call you again.",
        "The ward team recorded every fall.",
        "A cardiologist read each heart scan.",
    ],
)
def test_researchers_and_staff_at_work_are_no_care_pointer(text: str) -> None:
    assert not CAVEATS["care_team"].present(text)


def test_a_question_taken_to_the_next_appointment_is_no_advice() -> None:
    assert find_unsafe("If you sleep badly, raise it at your next MS appointment.") == []
    assert find_unsafe("If you have pain, mention this at your next clinic visit.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Raise your dose at your next appointment.",
        "Ask for this drug at your next visit.",
        "If the pills upset you, stop them at your next check-up.",
    ],
)
def test_a_treatment_change_at_a_visit_is_still_advice(text: str) -> None:
    assert [u.rule.name for u in find_unsafe(text)] == ["advice"]
