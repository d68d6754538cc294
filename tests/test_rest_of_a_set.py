""" "The remaining trials showed no change" is the rest of a set the sentences before it counted
out: shown after only some of them, it covers the ones left out too. A reader's firm false
(CD010166): "The other initiatives did not show a clear mean change." after the two that rose,
with the five that fell left out. Lines written for these tests."""

from __future__ import annotations

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred


def _line(text: str, source: int) -> Line:
    return Line(text, (source,))


def test_the_rest_of_a_set_not_all_said_is_left_out() -> None:
    lines = [
        _line("The review included ten programmes.", 0),
        _line("Two programmes showed a rise in salt intake.", 3),
        _line("The remaining programmes did not show a clear change.", 4),
    ]
    kept = [x.text for x in referred("Salt programmes had mixed results", lines)]
    assert "The remaining programmes did not show a clear change." not in kept


def test_the_rest_of_a_set_all_said_is_kept() -> None:
    lines = [
        _line("Five programmes showed a fall in salt intake.", 2),
        _line("Two programmes showed a rise in salt intake.", 3),
        _line("The remaining programmes did not show a clear change.", 4),
    ]
    kept = [x.text for x in referred("Salt programmes had mixed results", lines)]
    assert "The remaining programmes did not show a clear change." in kept


def test_the_other_group_is_no_rest_of_a_set() -> None:
    lines = [_line("The other group had more falls than the exercise group.", 4)]
    kept = [x.text for x in referred("Exercise prevented falls", lines)]
    assert kept == ["The other group had more falls than the exercise group."]
