"""In a review's body, a difference looked for "between the two groups" before what differed
("No clear differences were shown between the two groups for relapses or quality of life"),
where nothing the reader has read sets two groups side by side, keeps its finding and loses the
pointer ("No clear differences were shown for relapses or quality of life"), as one that closes
on the groups does. Where the groups were named, it stays as written. Sentences written for
these tests."""

from __future__ import annotations

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

HEAD = "Inhaled steroids may not prevent relapses after an asthma attack"
COUNT = Line("The review included twelve trials.", (2,))


def _shown(text: str, before: list[Line] | None = None) -> list[str]:
    lines = [*(before or [COUNT]), Line(text, (7,), main=True)]
    return [x.text for x in referred(HEAD, lines, groups_only=True)]


def test_the_unnamed_groups_before_what_differed_go() -> None:
    shown = _shown(
        "No clear differences were shown between the two groups for relapses or quality of life."
    )
    assert shown[-1] == "No clear differences were shown for relapses or quality of life."


def test_groups_set_side_by_side_before_stay() -> None:
    named = Line("The trials compared inhaled steroids with a dummy inhaler.", (3,))
    text = "No clear differences were shown between the two groups for relapses or quality of life."
    assert _shown(text, [COUNT, named])[-1] == text
