"""Why it matters to people with MS never says how much is known, how few trials were run or
what is in use when the authors say what their finding means elsewhere (issue 9: readers found
"Limited data on X exists. Only two small trials have been done." under why it matters, a
limitation). Only when nothing else is left is such a sentence said there. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.frames import DOCTOR
from plainsum.plain.headline import Headline
from plainsum.plain.pick import pick
from plainsum.plain.relevance import why_it_matters
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _why(conclusions, head):
    said = why_it_matters(
        conclusions,
        head,
        {head.origin},  # as in compose: the headline's sentence is taken
        pick,
        about_ms=True,
        design=StudyDesign.REVIEW,
        limit=2,
    )
    return [s.text for s in said]


_HEAD_TEXT = "Cooling vests did not lower tiredness in people with MS"


@pytest.mark.parametrize(
    "scene",
    [
        "Limited data on cooling vests for tiredness in people with MS exist.",
        "Only two small placebo-controlled trials of cooling vests have been done.",
        "A wide range of cooling garments are used by people with MS in hot weather.",
    ],
)
def test_the_authors_meaning_is_said_over_how_little_is_known(scene: str) -> None:
    main = measured("Cooling vests did not lower tiredness in people with MS.", (8,), 0)
    scene_p = measured(scene, (9,), 1)
    meaning = measured("People with MS may still find the vests pleasant on hot days.", (10,), 2)
    head = Headline(_HEAD_TEXT, (8,), origin=main.text)
    assert _why([main, scene_p, meaning], head) == [meaning.text, DOCTOR]


def test_how_little_is_known_is_said_when_nothing_else_is_left() -> None:
    main = measured("Cooling vests did not lower tiredness in people with MS.", (8,), 0)
    scene = measured(
        "Only two small placebo-controlled trials of cooling vests have been done.", (9,), 1
    )
    head = Headline(_HEAD_TEXT, (8,), origin=main.text)
    assert _why([main, scene], head) == [scene.text, DOCTOR]  # never the pointer alone


def test_a_finding_about_few_trials_is_no_scene() -> None:
    main = measured("Cooling vests did not lower tiredness in people with MS.", (8,), 0)
    other = measured("Only two trials found that the vests eased heat-related weakness.", (9,), 1)
    head = Headline(_HEAD_TEXT, (8,), origin=main.text)
    assert _why([main, other], head) == [other.text, DOCTOR]
