"""Why it matters for a paper not about MS that studied a medicine people with MS use (issue 9):
the not-about-MS statement says what people with MS use it for, never that the result holds in
MS, in one sentence the gate reads as that statement. Every sentence here is written for these
tests."""

from __future__ import annotations

import asyncio

import pytest

from plainsum.design import detect_design
from plainsum.drafters.base import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.evidence_frames import frame_kind
from plainsum.ingest import parse
from plainsum.plain.frames import NOT_ABOUT_MS, NOT_MS
from plainsum.plain.lines import Line
from plainsum.plain.ms_bearing import _USES, bearing, with_bearing
from plainsum.plain.not_about_ms import not_ms
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["To test whether gabapentin eases pain after shingles in older adults."],
            "Some people with MS take gabapentin for nerve pain, but this study did not look "
            "at MS, so its meaning for them is unknown.",
        ),
        (
            ["Baclofen lowered muscle tone in children with cerebral palsy."],
            "Some people with MS take baclofen for muscle stiffness, but this study did not "
            "look at MS, so its meaning for them is unknown.",
        ),
        (
            ["Rituximab kept lymphoma away for longer than chemotherapy alone."],
            "Some people with MS are treated with rituximab, but this study did not look at MS, "
            "so its meaning for them is unknown.",
        ),
        (
            ["Vitamin D supplements did not prevent falls in older women."],
            "Some people with MS take vitamin D, but this study did not look at MS, so its "
            "meaning for them is unknown.",
        ),
        # a medicine few people with MS use, or a symptom alone, says nothing of MS
        (["Metformin lowered blood sugar in adults with diabetes."], None),
        (["Tiredness was common after heart surgery."], None),
        ([], None),
    ],
)
def test_a_medicine_people_with_ms_use_is_said_honestly(
    texts: list[str], expected: str | None
) -> None:
    assert bearing(texts) == expected


@pytest.mark.parametrize("pattern_use", _USES)
def test_every_statement_is_read_as_the_not_about_ms_statement_and_is_short(
    pattern_use,
) -> None:
    _, use = pattern_use
    name = "medicine"  # one word, as each name of the list is but two
    said = (
        f"Some people with MS {use.format(name=name)}, but this study did not look at MS, so "
        "its meaning for them is unknown."
    )
    assert frame_kind(said) == "not_about_ms"
    assert len(said.split()) <= 25


def test_the_statement_takes_the_place_of_the_stock_one() -> None:
    said = bearing(["Pregabalin eased nerve pain after shingles."])
    assert said is not None
    studied = Line("This study looked at pregabalin for pain after shingles.", (2,))
    lines = [not_ms(studied.text, studied.sources), Line("Other.", (3,))]
    assert [x.text for x in with_bearing(lines, said)] == [studied.text, said, "Other."]
    assert [x.text for x in with_bearing([Line(NOT_MS, kind="frame")], said)] == [said]
    assert [x.text for x in with_bearing([Line(NOT_ABOUT_MS, kind="frame")], said)] == [said]
    # nothing to say: the lines as they were
    assert with_bearing(lines, None) == lines


SHINGLES = (
    "Pregabalin for pain after shingles: a randomised trial\n\n"
    "Background: Pain after shingles can last for months in older adults.\n"
    "Objective: To test whether pregabalin eases pain after shingles in adults over 60.\n"
    "Methods: We randomly assigned 140 adults over 60 with pain after shingles to pregabalin or "
    "dummy tablets for eight weeks.\n"
    "Results: Pain scores fell more with pregabalin than with dummy tablets. Dizziness was more "
    "common with pregabalin.\n"
    "Conclusions: Pregabalin eased pain after shingles in adults over 60 but often caused "
    "dizziness.\n"
)


def test_a_draft_of_a_trial_of_a_medicine_people_with_ms_use_says_so() -> None:
    source = parse(SHINGLES)
    request = DraftRequest(source=source, design=detect_design(source), settings=Settings())
    summary = asyncio.run(OfflineDrafter(Settings()).draft(request)).summary
    assert "Some people with MS take pregabalin for nerve pain" in summary.why_it_matters
    assert "did not look at MS" in summary.why_it_matters
