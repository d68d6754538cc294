"""A result that closes on "between the two groups" where nothing the reader has read set two
groups side by side loses the pointer and keeps its finding (issue 9), in a paper of any design,
not only a review: "were not clearly different between the two groups" of a paper whose design
the drafter could not tell, after a line that names no comparison. Where the groups were named
("compared with placebo"), the pointer stays. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

HEAD = "Giving newborns a low dose of an antibiotic lowers the rate of blood infections"


@pytest.mark.parametrize("groups_only", [False, True])
def test_groups_nothing_named_lose_their_pointer(groups_only: bool) -> None:
    lines = [
        Line("A low dose of the antibiotic lowered the rate of blood infections.", (3,), main=True),
        Line(
            "Deaths and length of stay were not clearly different between the two groups.",
            (4,),
            main=True,
        ),
    ]
    texts = [x.text for x in referred(HEAD, lines, groups_only=groups_only)]
    assert texts[1] == "Deaths and length of stay were not clearly different."


def test_groups_a_line_before_named_keep_their_pointer() -> None:
    lines = [
        Line("The antibiotic was compared with placebo in 300 newborns.", (2,)),
        Line(
            "Deaths and length of stay were not clearly different between the two groups.",
            (3,),
            main=True,
        ),
    ]
    texts = [x.text for x in referred(HEAD, lines)]
    assert texts[1].endswith("between the two groups.")
