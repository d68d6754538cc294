"""A case report's body tells its case (issue 9): who the patient was, what happened to them and
what was done, from the report's own sentences. A long sentence that says what happened ("...,
each had a severe attack ...; two needed ...") is the case's main event, never left out for its
length; a case under an inline "Case presentation:" heading inside an "Objectives:" section is the
case too; a unit's last letter ("2,400 IU/L.") ends a sentence. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
from composed_draft import drafted

from plainsum.plain.case_story import case_sentences, opens_on_case
from plainsum.plain.sentences import Role, split_sentences
from plainsum.plain.source import SourceSentence

# A small case series whose main event is one long sentence joined by a semicolon.
SERIES = (
    "We report four men with relapsing multiple sclerosis who stopped fingolimod on their own "
    "after a year of stable disease. None had had an attack in the two years before stopping. "
    "Between 6 and 12 weeks after the last tablet, each had a severe attack with many new "
    "lesions on the brain scan; three needed steroid infusions and one spent a week in "
    "hospital. All four slowly regained their walking over the next six months. Later, two "
    "men went back on fingolimod and two moved to another drug. These cases show that "
    "stopping fingolimod can be followed by a severe return of disease activity within weeks. "
    "People on fingolimod who wish to stop should plan it with their neurologist."
)


def test_a_case_series_body_says_what_happened_to_the_patients() -> None:
    summary = drafted(SERIES)
    body = summary.what_the_study_did
    assert "four men with relapsing" in body  # who
    assert "each had a severe attack" in body  # what happened, whatever its length


def _sentences(*pairs: tuple[str, Role]) -> list[SourceSentence]:
    return [SourceSentence(i, text, role, 0, 0) for i, (text, role) in enumerate(pairs)]


def test_a_case_heading_inside_an_objectives_section_opens_the_case() -> None:
    sentences = _sentences(
        ("Tick bites need early care to avoid a spreading infection.", Role.AIM),
        ("Case presentation: A 41-year-old farmer was admitted with fever.", Role.AIM),
        ("He had a red ring on his leg.", Role.AIM),
        ("Early antibiotics can prevent harm.", Role.CONCLUSION),
    )
    assert case_sentences(sentences) == frozenset({1, 2})


def test_an_opening_that_says_the_patient_was_diagnosed_is_the_case() -> None:
    assert opens_on_case(
        "A 29-year-old woman who had a sore throat was diagnosed with a rare heart infection."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her enzyme level was 2,400 IU/L. Her liver scan was normal.",
            ["Her enzyme level was 2,400 IU/L.", "Her liver scan was normal."],
        ),
        (
            "Sodium was 128 mmol/L. It rose to 135 mmol/L within two days.",
            ["Sodium was 128 mmol/L.", "It rose to 135 mmol/L within two days."],
        ),
        # an initial is no sentence end
        (
            "The scale of J. Smith was used. It has ten items.",
            ["The scale of J. Smith was used.", "It has ten items."],
        ),
    ],
)
def test_a_units_last_letter_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected
