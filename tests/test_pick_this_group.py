"""A sentence that points at "this group" inside it leans on the sentence that named the group:
"More ulcers remained healed at two years in this group" shown after another result, its own
sentence left out for the grade, read as a result of the wrong group (the lead's reading at the
freeze, devaraj CD002302: a false statement). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.pick import leans_back


@pytest.mark.parametrize(
    "text",
    [
        "Fewer people relapsed over two years in this group.",
        "Walking speed rose by a third in that arm of the trial.",
        "Side effects were rare in this subgroup.",
    ],
)
def test_this_group_inside_a_sentence_leans_back(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "People in the exercise group walked further than those in the waiting-list group.",
        "In this study, fatigue fell in both groups.",
    ],
)
def test_a_named_group_or_the_study_itself_does_not(text: str) -> None:
    assert not leans_back(text)


def test_a_bare_not_measured_leans_on_what_it_was_not_measured_in() -> None:
    from plainsum.plain.pick import leans_in_paper

    # "Pain was not measured." after "There were two studies in this group": alone, it reads as
    # never measured anywhere (a review whose other comparisons measured pain)
    assert leans_in_paper("Pain was not measured.")
    assert not leans_in_paper("Pain was not measured in any of the trials.")
    assert not leans_in_paper("None of the studies measured pain.")
