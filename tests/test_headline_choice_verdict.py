"""A review's verdict that one thing is the one of choice is its finding, and a result said as
one more on top of it ("X further reduces Y") does not head over it (issue 9: a stent review
whose authors concluded that metal stents are the treatment of choice was headed by their
side caveat about short survival, with an unled "their"; a blood-sampling review was headed by
"a sweet solution further reduces the pain" over its verdict on the method). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import states_finding
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import headline_forms, ties_back
from plainsum.plain.simplify import measured
from plainsum.plain.subject import concluded_subject
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "sentence",
    [
        "Coated stents are the treatment of choice now in people with a blocked bile duct.",
        "Finger pricking appears to be the method of choice for checking sugar in older children.",
        "Surgery remains the treatment of choice for a torn tendon in young athletes.",
    ],
)
def test_a_verdict_of_choice_states_a_finding(sentence: str) -> None:
    assert states_finding(sentence)


def test_the_verdict_of_choice_heads_over_a_side_caveat() -> None:
    conclusions = [
        measured(
            "Coated stents are the treatment of choice now in people with a blocked bile duct.",
            (5,),
        ),
        measured(
            "In people expected to live only weeks, their longer life may not matter.", (6,), 1
        ),
    ]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, studies="9 trials")
    assert head.text.startswith("Coated stents are the treatment of choice")


@pytest.mark.parametrize(
    "sentence",
    [
        "Giving a sweet drink further reduces the pain of the needle.",
        "Adding the second drug could further lower blood pressure in adults.",
    ],
)
def test_a_further_change_ties_back(sentence: str) -> None:
    assert ties_back(sentence)
    forms = [t for _, t in headline_forms(measured(sentence, (1,)), StudyDesign.REVIEW, "mice")]
    assert " further " not in forms[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug needs further research before it is used in children.",
        "These results need further trials in larger groups of adults.",
        "Finger pricking was further from the ideal than the other method.",
    ],
)
def test_a_further_that_is_no_tie_stays(sentence: str) -> None:
    assert not ties_back(sentence)


def test_a_further_result_gives_no_subject_for_what_was_studied() -> None:
    # "This review looked at the use of a sweet drink further." was drafted once the verdict
    # headed: "further" is no part of what was studied, and the result is a side point
    assert concluded_subject("The use of a sweet drink further reduces the pain.") is None
    assert concluded_subject("Zinc drops in children probably reduce the length of colds.") == (
        "Zinc drops in children"
    )
