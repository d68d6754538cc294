"""A contrast opener ("But", "However,", "In contrast,") never opens a line whose contrasted
sentence the body left out (issue 9): the opener goes and the clause stays whole; kept where the
sentence it answers is the line right before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.contrasts import unorphaned
from plainsum.plain.lines import Line
from plainsum.settings import Settings

BEFORE = Line("Both groups had similar pain scores when the trial began.", (7,))
AFTER = Line("But at 4 and 8 weeks the gel group had lower pain scores.", (7,), leans=True)


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in unorphaned(lines)]


def test_the_but_half_alone_loses_its_but():
    other = Line("Every person rated their pain on a 10-point scale.", (4,))
    assert _texts([other, AFTER])[1] == "At 4 and 8 weeks the gel group had lower pain scores."
    assert not unorphaned([other, AFTER])[1].leans


def test_the_but_half_after_its_own_first_half_keeps_its_but():
    assert _texts([BEFORE, AFTER])[1] == AFTER.text


def test_a_contrast_opening_the_section_loses_it():
    line = Line("However, fewer people in the gel group stopped early.", (9,))
    assert _texts([line]) == ["Fewer people in the gel group stopped early."]


def test_a_whole_sentence_after_the_one_it_answers_keeps_its_opener():
    said = Line("Pain fell in both groups over the first month.", (8,))
    turn = Line("In contrast, sleep improved only with the gel.", (9,))
    assert _texts([said, turn])[1] == turn.text


def test_the_design_frame_is_not_what_a_contrast_answers():
    frame = Line("This was a clinical trial in people.", (8,))
    turn = Line("But sleep improved only with the gel.", (9,))
    assert _texts([frame, turn])[1] == "Sleep improved only with the gel."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Yet another trial found the same.", "Yet another trial found the same."),
        ("But mRNA levels rose with the gel.", "mRNA levels rose with the gel."),
        ("Nevertheless, walking got better.", "Walking got better."),
        (
            "Butter intake was the same in both groups.",
            "Butter intake was the same in both groups.",
        ),
    ],
)
def test_only_an_opener_goes(text, said):
    assert _texts([Line(text, (12,))]) == [said]


# A trial whose ", but" sentence starts with a half the body leaves out: its groups are named
# nowhere before it, so the first half goes and the second must not open with "But".
TRIAL = (
    "Objective: To find out whether a cooling gel added to usual painkillers eases nerve pain "
    "in adults with MS.\n"
    "Design: Randomised, double-blind, placebo-controlled trial.\n"
    "Setting: Two outpatient clinics.\n"
    "Participants: Adults with MS and nerve pain for at least three months.\n"
    "Interventions: Every participant rated their pain on a 10-point scale. Participants then "
    "used the cooling gel or a dummy gel twice a day for 8 weeks, beside their usual "
    "painkillers. Pain was rated again at 4 and 8 weeks.\n"
    "Results: Sixty adults took part; 31 used the cooling gel and 29 the dummy gel. The two "
    "groups had similar pain scores at the start (gel, 6.2 +/- 1.4; dummy, 6.0 +/- 1.6, "
    "P = .61), but at 4 and 8 weeks the gel group had lower pain scores (3.1 +/- 1.2 and "
    "2.4 +/- 1.0 versus 5.6 +/- 1.5 and 5.2 +/- 1.3; P < .001 at each visit). Side effects "
    "were mild and equally common in both groups.\n"
    "Conclusion: Adding a cooling gel to usual painkillers eases nerve pain in adults with MS."
)


def test_a_drafted_body_never_opens_a_result_with_a_dangling_but():
    summary = draft(TRIAL, Settings(backend="offline")).summary
    body = summary.what_the_study_did
    assert "gel group had lower pain scores" in body
    # its "But" only right after the half it answers (the headline's finding put back in the
    # body once stood before that half: "But at 4 and 8 weeks ... The two groups had ...")
    if "But at 4 and 8 weeks" in body:
        assert "similar pain scores at the start. But at 4 and 8 weeks" in body


def test_an_aim_built_from_the_same_sentence_is_not_what_it_answers():
    aim = Line("The review authors looked at the gel for pain.", (9,), keep=True)
    turn = Line("But the effects of the gel on pain remain unclear.", (9,))
    assert _texts([aim, turn])[1] == "The effects of the gel on pain remain unclear."
