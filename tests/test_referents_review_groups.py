"""Issue 9: in a review's body, "between the two groups" where nothing the reader has read sets
two things side by side points at nothing (readers found "both groups" with no groups named);
such a line goes, but a main result stays whatever it points at. Sentences written for this
test. And one of several doses nothing set out ("The double dose ..."), and "the other main
outcome" of a first one the draft need not show ("another main outcome")."""

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred, unpointed

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
    # ... its finding whole, its closing pointer at groups nothing named gone
    main = Line("Deaths did not differ between the two groups.", (7,), main=True)
    out = referred("Stitches may heal cuts faster", [_FRAME, _COUNT, main], groups_only=True)
    assert [line.text for line in out if line.sources == (7,)] == ["Deaths did not differ."]
    inner = Line("Deaths between the two groups did not differ at one year.", (7,), main=True)
    assert inner in referred("Stitches may heal cuts faster", [_FRAME, inner], groups_only=True)
    # where the comparison was named, the pointer stays
    compared = Line("The trials compared stitches with skin glue.", (3,))
    out = referred("Stitches may heal cuts faster", [_FRAME, compared, main], groups_only=True)
    assert main in out


def test_one_of_several_doses_nothing_set_out_goes_unless_held() -> None:
    dose = Line("The double dose was linked with more nausea than the single dose.", (8,))
    out = referred("The drug eased pain", [_FRAME, _COUNT, dose], groups_only=True)
    assert dose not in out
    doses = Line("The trials gave 10 mg or 20 mg a day.", (4,))
    out = referred("The drug eased pain", [_FRAME, doses, dose], groups_only=True)
    assert dose in out
    held = Line(dose.text, dose.sources, main=True)
    assert held in referred("The drug eased pain", [_FRAME, held], groups_only=True)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Sleep did not differ for the other main outcome, time to first relapse.",
            "Sleep did not differ for another main outcome, time to first relapse.",
        ),
        (
            "The other primary outcomes, pain and mood, did not change.",
            "Other primary outcomes, pain and mood, did not change.",
        ),
        # which outcomes, it never says: it leans, and stays as it is (never a headline)
        (
            "The other outcomes were reported for 30 people.",
            "The other outcomes were reported for 30 people.",
        ),
        # the sentence names its own set: "the other" is of it
        (
            "Of the two main outcomes, pain fell and the other main outcome did not change.",
            "Of the two main outcomes, pain fell and the other main outcome did not change.",
        ),
    ],
)
def test_the_other_outcome_is_said_without_a_first_one(text: str, said: str) -> None:
    assert unpointed(text) == said


def test_a_difference_keeps_its_finding_without_the_pointer() -> None:
    # "similar between the two groups" goes (above); a difference says a comparison by itself
    line = Line("There was no clear difference in pain between the two groups.", (6,))
    out = referred("Stitches may heal cuts faster", [_FRAME, _COUNT, line], groups_only=True)
    assert out[-1].text == "There was no clear difference in pain."
