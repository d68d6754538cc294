"""A headline is the finding, not the scene (issue 9): what is in use ("A wide range of
treatments are used for X") says no finding, and "such as" gives examples, pointing at nothing
said before, so a conclusion that lists them can still head the draft. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.no_finding import in_use, says_no_finding
from plainsum.plain.standalone import leans_back


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("A wide range of exercise programmes are used for tiredness in MS", True),
        ("Many drugs are available for bladder problems in MS", True),
        ("Steroids are commonly given for relapses of MS", True),
        ("Several diets are often used by people with MS", True),
        # a remark on practice after what it goes against is the scene too
        (
            "Despite advice limited to people low in iron, iron tablets are widely sold to "
            "healthy adults",
            True,
        ),
        ("Despite its cost, the new tablet reduced relapses", False),
        # a finding, or a use the sentence goes on to judge
        ("Steroids are commonly given for relapses, but they did not speed recovery", False),
        ("A wide range of exercise programmes eased tiredness in MS", False),
        ("Exercise was used in all the trials and eased tiredness", False),
    ],
)
def test_what_is_in_use_says_no_finding(text: str, scene: bool) -> None:
    assert in_use(text) is scene
    assert says_no_finding(text) is scene


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # examples given, nothing pointed at
        ("Treatments such as exercise and cooling may ease tiredness in people with MS", False),
        ("There is some evidence for aids such as cooling vests in people with MS", False),
        # a kind said before
        ("Such programmes may ease tiredness in people with MS", True),
        ("People given such support walked further", True),
    ],
)
def test_such_as_points_at_nothing_said_before(text: str, leans: bool) -> None:
    assert leans_back(text) is leans
