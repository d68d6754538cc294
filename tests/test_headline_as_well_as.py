"""Issue 9 (the main finding heads): a long finding's part before ", as well as ..." is offered
as a headline form when it is a whole claim and the part after holds no verb
(plain/headline/as_well_as.py). The case: a review without headings whose first conclusion
("Moderate-quality evidence supports ... yoga ... when compared with no therapy, as well as ...",
CD010802) was too long to head, so its third, very-low-certainty conclusion headed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.as_well_as import before_as_well_as
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

LONG = (
    "Moderate-certainty evidence supports tai chi as an added therapy for improving balance and "
    "reducing falls in older adults when compared with no exercise, as well as for reducing "
    "fear of falling when compared with health education."
)


def test_the_first_part_of_a_long_finding_is_offered() -> None:
    assert before_as_well_as(LONG) == (
        "Moderate-certainty evidence supports tai chi as an added therapy for improving balance "
        "and reducing falls in older adults when compared with no exercise"
    )


def test_it_is_a_headline_form() -> None:
    s = measured(LONG, (3,), 0)
    forms = [text for _, text in headline_forms(s, StudyDesign.REVIEW, "animals")]
    assert any(
        f.startswith("Moderate-certainty evidence supports tai chi") and "fear" not in f
        for f in forms
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb comes after the "as well as" phrase: the first part is only a subject
        "People who took the higher dose of the new tablet for a full year, as well as those who "
        "took the lower dose for six months, had fewer relapses than people on placebo.",
        # short enough to head whole
        "Walking improved, as well as balance.",
        # the first part holds no verb of its own
        "Fatigue scores in the group given the new tablet for one year in the main trial, as "
        "well as pain scores in the same group over the same time, were lower than before.",
        # the first part ends where a comparison still needs what follows
        "The new tablet lowered the number of relapses over two years of treatment more than, "
        "as well as earlier than, the older injection did in the same people.",
    ],
)
def test_no_first_part_where_the_cut_could_change_it(sentence: str) -> None:
    assert before_as_well_as(sentence) is None
