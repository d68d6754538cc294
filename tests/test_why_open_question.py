"""An open question the authors set first ("Whether X needs to be tested in trials", "Whether X
was not studied") is said under why it matters as "It is not yet known whether X." (issue 9,
the lead's hand-written v4 and u6, whose why it matters said the headline again). Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import measured
from plainsum.plain.still_unknown import still_unknown


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Whether a low-salt diet is safe and helpful for people with MS needs to be tested "
            "in clinical trials.",
            "It is not yet known whether a low-salt diet is safe and helpful for people with MS.",
        ),
        (
            "Whether the benefit lasts after the sessions end was not studied.",
            "It is not yet known whether the benefit lasts after the sessions end.",
        ),
        (
            "Whether the same holds for children remains unclear.",
            "It is not yet known whether the same holds for children.",
        ),
    ],
)
def test_fronted_open_question_is_said_as_not_yet_known(said: str, expected: str):
    line = still_unknown([measured(said, (9,), 2)])
    assert line is not None and line.text == expected and line.sources == (9,)


@pytest.mark.parametrize(
    "said",
    [
        # the question was answered: no open question
        "Whether the diet helped was tested in two groups of mice.",
        # a list of questions, not one whole clause
        "Whether the diet is safe, and for whom, needs to be tested in trials.",
    ],
)
def test_no_open_question_when_none_is_stated(said: str):
    assert still_unknown([measured(said, (9,), 2)]) is None
