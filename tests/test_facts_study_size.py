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


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        (
            "In this trial, 1,200 adults with relapsing MS were randomly assigned to one of two "
            "tablets.",
            "The study included 1,200 adults.",
        ),
        (
            "In a placebo-controlled trial, 240 people with early relapsing MS taking interferon "
            "beta were assigned to a supplement or placebo.",
            "The study included 240 people.",
        ),
        (
            "Overall, 96 children from nine hospitals were consecutively enrolled.",
            "The study included 96 children.",
        ),
    ],
)
def test_who_they_were_may_sit_between_the_count_and_the_verb(methods, fact):
    """"were randomly assigned", a dozen plain words on who they were: still the size."""
    assert _size(methods, StudyDesign.TRIAL) == fact


@pytest.mark.parametrize(
    "methods",
    [
        # the count before a comma is those screened, not those taken in
        "Of 300 patients screened, most were randomly assigned to one of two tablets.",
        # one group's count followed by the whole study's verb, after a comma
        "Among 51 patients with low levels, fifteen were later assigned to a higher dose.",
    ],
)
def test_a_count_cut_off_by_a_comma_is_not_the_size(methods):
    assert _size(methods, StudyDesign.TRIAL) is None
