"""A single study's size in an offline draft: the count of the people it included, never the
count of one group it was matched or compared with. Sentences written for these tests."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _size(methods: str, design: StudyDesign = StudyDesign.OBSERVATIONAL) -> str | None:
    text = (
        "Background: Low vitamin levels may be linked with later illness.\n"
        f"Methods: {methods} We compared vitamin levels between the groups.\n"
        "Results: Low vitamin levels were more common in the first group.\n"
        "Conclusions: Low vitamin levels were linked with later illness."
    )
    facts = study_facts(source_sentences(parse(text)), design)
    return facts[0].text if facts else None


@pytest.mark.parametrize(
    "methods",
    [
        "Children who later became ill (n=193) were matched with 570 children who did not.",
        "Adults with the illness were compared with 300 adults without it.",
        "Each case was paired with 4 healthy adults of the same age.",
        "Women with the illness were contrasted with 250 women without it.",
    ],
)
def test_a_comparison_group_s_count_is_not_the_study_s_size(methods):
    assert _size(methods) is None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        ("We enrolled 120 adults with the illness.", "The study included 120 adults."),
        ("The study began with 85 adults from two clinics.", "The study included 85 adults."),
        ("A trial with 64 children was run in four schools.", "The study included 64 children."),
        ("A total of 410 women were followed for ten years.", "The study included 410 women."),
    ],
)
def test_the_study_s_own_count_is_its_size(methods, fact):
    assert _size(methods) == fact
