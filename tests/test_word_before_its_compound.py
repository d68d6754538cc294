"""A word before a compound it opens is no doubled word: "no difference in in-hospital deaths"
is whole English, and the drafter had cut it to "no difference in-hospital deaths" (reader59_w2,
CD006667) while the fluency check called the paper's own words a doubled word. A real doubled
word is still said once and still flagged. Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.tidy import tidy
from plainsum.plain.wholeness import broken

COMPOUND = "Pooled data from four trials showed no difference in in-hospital deaths."


def test_tidy_keeps_a_word_before_the_compound_it_opens() -> None:
    assert tidy(COMPOUND) == COMPOUND
    assert tidy("The rate of of in-hospital deaths fell.") == "The rate of in-hospital deaths fell."


def test_tidy_still_says_a_doubled_word_once() -> None:
    assert tidy("Deaths were lower in in the treated group.") == (
        "Deaths were lower in the treated group."
    )


def test_the_wholeness_check_passes_the_compound_and_flags_the_double() -> None:
    assert broken(COMPOUND) is None
    assert "doubled word" in (broken("Deaths were lower in in the treated group.") or "")
