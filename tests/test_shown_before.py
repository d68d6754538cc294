"""A sentence that leans on the one before it is kept only after what the finished section shows
before it (issue 9: "Infectivity decreases thereafter", "None was at low risk of bias" and "It
showed no clear difference" were read after lines they did not lean on)."""

from __future__ import annotations

import pytest

from plainsum.plain.lines import Line
from plainsum.plain.shown_before import stands_after, without_unmet_leans
from plainsum.plain.simplify import measured

FRAME = Line("This was a review of earlier studies.", kind="frame")
COUNT = Line("The review included 12 trials with 900 people.", (3,))


@pytest.mark.parametrize(
    "text",
    [
        "It showed no clear difference in pain between the groups.",
        "None was at low risk of bias.",
        "This might have changed the results.",
        "Pain relief decreases thereafter to nothing after about ten days.",
        "But the drug did not change sleep.",
        "Neither agent raised the risk of serious harm.",
    ],
)
def test_a_leaning_sentence_after_a_line_it_does_not_lean_on_goes(text: str) -> None:
    leaning = Line(text, (9,))
    other = Line("Sleep improved with the drug.", (5,))
    assert without_unmet_leans([FRAME, other, leaning]) == [FRAME, other]


def test_it_stays_right_after_the_sentence_it_leans_on() -> None:
    named = Line("One trial compared the drug with a dummy pill in 80 adults.", (8,))
    leaning = Line("It showed no clear difference in pain between the groups.", (9,))
    assert without_unmet_leans([FRAME, named, leaning]) == [FRAME, named, leaning]


def test_an_earlier_piece_of_its_own_sentence_is_what_it_leans_on() -> None:
    first = Line("Infectivity is highest when symptoms start.", (4,))
    second = Line("Infectivity decreases thereafter to nothing after about ten days.", (4,))
    assert stands_after(second, first)
    assert without_unmet_leans([first, second]) == [first, second]


def test_a_chain_whose_first_link_is_missing_goes_whole() -> None:
    # the sentence the first leans on is not shown: the one leaning on it has nothing either
    other = Line("The review looked at creams for leg ulcers.", (1,))
    first = Line("It showed no clear difference in healing.", (7,))
    second = Line("This might have changed the results.", (8,))
    assert without_unmet_leans([other, first, second]) == [other]


def test_a_quantifier_after_a_line_that_names_the_group_stays() -> None:
    most = Line("Most were small and short.", (6,))
    assert stands_after(most, COUNT)
    assert without_unmet_leans([FRAME, COUNT, most]) == [FRAME, COUNT, most]


def test_a_time_its_own_words_name_is_no_lean() -> None:
    own = Line("Pain peaked on day 3 and fell thereafter.", (9,))
    assert without_unmet_leans([FRAME, own]) == [FRAME, own]


def test_the_main_result_and_the_aim_are_never_left_out() -> None:
    lead = Line("It reduced relapses by a third.", (9,), lead=True)
    aim = Line("Their aim was to test the drug.", (2,), keep=True)
    assert without_unmet_leans([FRAME, aim, lead]) == [FRAME, aim, lead]


def test_a_sentence_that_stands_alone_stays_anywhere() -> None:
    alone = Line("The drug reduced relapses compared with a dummy pill.", (12,))
    assert without_unmet_leans([FRAME, alone]) == [FRAME, alone]


def test_the_design_frame_is_no_leaning_sentence() -> None:
    design = Line("This was a review of earlier studies.", (0,))
    assert without_unmet_leans([design, COUNT]) == [design, COUNT]


def test_the_sentence_it_leans_on_is_shown_before_it_when_the_paper_has_it() -> None:
    first = measured("Infectivity is highest when symptoms start.", (4,), 10)
    second = measured("Infectivity decreases thereafter to nothing after about ten days.", (4,), 11)
    other = Line("The review looked at how long people stay infectious.", (1,))
    lines = [other, Line(second.text, second.sources)]
    assert without_unmet_leans(lines, [first, second]) == [
        other,
        Line(first.text, first.sources),
        Line(second.text, second.sources),
    ]
    # ... never a second time, nor one that leans itself on what is not shown
    shown = [Line(first.text, first.sources), other, Line(second.text, second.sources)]
    assert without_unmet_leans(shown, [first, second]) == shown[:2]


def test_a_pointer_at_what_the_line_before_names_stands() -> None:
    frame = Line("A review can only be as good as the studies it includes.", kind="frame")
    small = Line("All of these studies were small or at high risk of bias.", (9,))
    assert without_unmet_leans([frame, small]) == [frame, small]
    people = Line("These people were older.", (9,))
    assert without_unmet_leans([frame, people]) == [frame]


def test_a_stress_on_its_own_clause_is_no_lean() -> None:
    even = Line("Even in a slow-release form, the drug showed no clear benefit.", (9,))
    assert without_unmet_leans([FRAME, even]) == [FRAME, even]


def test_an_also_after_a_line_it_does_not_add_to_goes() -> None:
    also = Line("There were also fewer falls with the drug.", (9,))
    other = Line("Sleep improved with the drug.", (5,))
    assert without_unmet_leans([other, also]) == [
        other,
        Line("There were fewer falls with the drug.", (9,)),
    ]
    # right after the finding it adds to, it stays as written
    eight = Line("Walking improved with the drug.", (8,))
    assert without_unmet_leans([eight, also]) == [eight, also]
