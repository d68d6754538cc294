"""Issue 9: in a review's body, "between the two groups" where nothing the reader has read sets
two things side by side points at nothing (readers found "both groups" with no groups named);
such a line goes, but a main result stays whatever it points at. Sentences written for this
test."""

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

_FRAME = Line("This was a review of earlier studies.", (), kind="frame")
_COUNT = Line("The review included nine trials with 800 people.", (2,))
_POINTS = Line("Wound infection was similar between the two groups.", (6,))


def test_a_reviews_line_on_two_groups_nothing_named_goes() -> None:
    out = referred("Stitches may heal cuts faster", [_FRAME, _COUNT, _POINTS], groups_only=True)
    assert _POINTS not in out
    assert out == [_FRAME, _COUNT]


def test_it_stays_where_the_reader_has_met_the_comparison() -> None:
    compared = Line("The trials compared stitches with skin glue.", (3,))
    out = referred("Stitches may heal cuts faster", [_FRAME, compared, _POINTS], groups_only=True)
    assert _POINTS in out
    # or the headline sets the two side by side
    out = referred("Stitches healed cuts faster than glue", [_FRAME, _POINTS], groups_only=True)
    assert _POINTS in out


def test_a_main_result_stays_whatever_it_points_at() -> None:
    main = Line("Deaths did not differ between the two groups.", (7,), main=True)
    out = referred("Stitches may heal cuts faster", [_FRAME, _COUNT, main], groups_only=True)
    assert main in out
