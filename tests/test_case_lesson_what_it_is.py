"""A case report's lesson said as what a condition or a treatment is ("X is a rare cause of Y",
"X represents an extremely rare complication of Y") heads over what happened to the patient
("An exam revealed a painful mass"), though it names no change. Text written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.headline.form_fit import lesson_form
from plainsum.settings import Settings

CASE = (
    "Introduction: Tumefactive demyelination is a rare form of multiple sclerosis that can look "
    "like a brain tumour on scans. "
    "Case presentation: A 31-year-old woman came to the emergency department with weakness of "
    "her left arm for five days. An exam revealed reduced strength and brisk reflexes on the "
    "left side. A brain scan showed a single large lesion with a ring around it. A biopsy "
    "showed loss of myelin without tumour cells. She was treated with high-dose steroids and "
    "her weakness improved over three weeks. "
    "Conclusion: Tumefactive demyelination represents an uncommon presentation of multiple "
    "sclerosis that is easily mistaken for a brain tumour."
)


def test_the_lesson_of_what_a_condition_is_heads() -> None:
    d = draft(CASE, Settings(backend="offline"))
    assert d.summary.headline.startswith("Tumefactive demyelination represents an uncommon")


@pytest.mark.parametrize(
    ("text", "lesson"),
    [
        ("Cooling-vest burns are a rare and under-recognised harm of heat treatment", True),
        ("Surgery represents the appropriate treatment of a blocked shunt in adults", True),
        # what it points back at is unsaid, or it is no lesson of what a thing is
        ("This condition is a rare cause of weakness in young adults", False),
        ("The patient was a keen runner before the illness began", False),
    ],
)
def test_what_a_lesson_says(text: str, lesson: bool) -> None:
    assert (lesson_form([(False, text)], frozenset(), 30) is not None) is lesson
