"""What "It" stands for in the authors' advice under why it matters: the one thing the
conclusion just before it opened on, when that conclusion heads the draft and "It" would point
at nothing ("It should not yet be used alone ..."). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.ms_pointer import with_subject_named
from plainsum.plain.simplify import measured

_ADVICE = "It should not yet be used alone to choose a treatment."


@pytest.mark.parametrize(
    "before, sources, advice, expected",
    [
        (  # the level and the time are said of the thing: "it" is the thing itself
            "High serum ferritin at diagnosis was linked to more relapses later.",
            (4,),
            _ADVICE,
            "Serum ferritin should not yet be used alone to choose a treatment.",
        ),
        (  # a gloss in brackets is no part of the name
            "The walking test (a timed walk of two minutes) was quick to do in clinic.",
            (4,),
            "It may help to decide who needs physiotherapy first.",
            "The walking test may help to decide who needs physiotherapy first.",
        ),
        (  # plural, before modal verbs only: the "it" after it is "they"
            "Eye scans at the first visit were accurate in most people.",
            (4,),
            "It may help to decide who needs a brain scan, but it cannot replace it.",
            "It may help to decide who needs a brain scan, but it cannot replace it.",
        ),
        (
            "Eye scans at the first visit were accurate in most people.",
            (4,),
            "It may help to decide who needs a brain scan, but it cannot replace a full visit.",
            "Eye scans may help to decide who needs a brain scan, but they cannot replace a full "
            "visit.",
        ),
        (  # plural before "is": "Eye scans is" would not read
            "Eye scans at the first visit were accurate in most people.",
            (4,),
            "It is a quick way to decide who needs a brain scan.",
            "It is a quick way to decide who needs a brain scan.",
        ),
        (  # the study itself, not a thing it studied
            "This study was small and short.",
            (4,),
            _ADVICE,
            _ADVICE,
        ),
        (  # not the sentence just before it in the paper
            "High serum ferritin at diagnosis was linked to more relapses later.",
            (2,),
            _ADVICE,
            _ADVICE,
        ),
        (  # an "it" that stands for the clause after it
            "High serum ferritin at diagnosis was linked to more relapses later.",
            (4,),
            "It is unclear whether lowering it would help.",
            "It is unclear whether lowering it would help.",
        ),
    ],
)
def test_it_names_the_thing_the_conclusion_before_opened_on(
    before: str, sources: tuple[int, ...], advice: str, expected: str
) -> None:
    first = measured(before, sources, order=1)
    p = measured(advice, (5,), order=2)
    assert with_subject_named(p, [first]).text == expected
