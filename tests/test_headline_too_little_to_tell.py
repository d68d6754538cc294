"""A review whose authors say there is too little evidence to tell which treatment is best (or
whether one works) heads with what they could not tell, not "the evidence was not clear"
(issue 9: eight reviews headed "A review of N trials found the evidence was not clear", which
the gate calls hollow). Sentences written for these tests, in the style of review conclusions."""

from __future__ import annotations

from plainsum.plain.headline.template import _too_little_for, fill_template
from plainsum.plain.simplify import plain_sentences
from plainsum.schemas import StudyDesign


def test_what_the_authors_could_not_tell() -> None:
    assert _too_little_for(
        "There were not enough data to find out which brace is best for knee pain in runners."
    ) == ("too little evidence to tell which brace is best for knee pain in runners")
    assert _too_little_for(
        "There is insufficient evidence to determine if cooling improves walking in MS."
    ) == ("too little evidence to tell whether cooling improves walking in MS")


def test_not_when_it_points_back_runs_long_or_has_no_verb() -> None:
    assert _too_little_for("There is not enough evidence to tell whether this works.") is None
    assert _too_little_for("There is not enough evidence to tell which of them.") is None
    assert (
        _too_little_for(
            "There were not enough data to find out which of the many braces, insoles, tapes or "
            "sleeves used by runners and walkers is best for long-lasting knee pain."
        )
        is None
    )


def test_a_review_heads_with_it() -> None:
    (conclusion,) = plain_sentences(
        "There were not enough data to find out which brace is best for knee pain in runners.",
        review=True,
        sources=(4,),
    )
    head = fill_template([conclusion], StudyDesign.REVIEW, "", "two trials", 1, None, None)
    assert head.text == (
        "A review of two trials found too little evidence to tell which brace is best for knee "
        "pain in runners"
    )
    assert 4 in head.sources
