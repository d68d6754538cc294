"""A sentence that counts within a group ("All were treated with steroids", "All had an eye
scan") leans on the group, not on the sentence the paper put just before it (issue 9): after a
line that counts the group ("The researchers describe 8 teenagers ...", "The study included 150
adults.") it is shown; it was dropped since 'All were' was read as leaning on a sentence the
draft did not show. Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.lines import Line
from plainsum.plain.pick import pick
from plainsum.plain.simplify import measured

DESCRIBED = "The researchers describe 8 teenagers, aged 13 to 17 years, seen at one clinic."
BETWEEN = "Three had a spinal tissue sample before the diagnosis was made."
ALL = "All were treated with high-dose steroids, and 6 recovered fully within 3 months."


def _pool(*texts: str):
    return [measured(t, (i + 1,), i + 1) for i, t in enumerate(texts)]


def test_all_after_a_chosen_sentence_that_counts_the_group_is_shown() -> None:
    pool = _pool(DESCRIBED, BETWEEN, ALL)
    chosen = [p.text for p in pick(pool, 2, 60, set(), None, True)]
    assert DESCRIBED in chosen and ALL in chosen


def test_all_after_a_count_line_shown_before_is_shown() -> None:
    pool = _pool(BETWEEN, ALL)
    after = Line("The study included 150 adults.", (9,))  # a count made from another sentence
    chosen = [p.text for p in pick(pool[1:], 1, 60, set(), None, True, after=after)]
    assert chosen == [ALL]


def test_all_with_no_count_before_it_is_not_shown_alone() -> None:
    pool = _pool(BETWEEN.replace("Three", "Some"), ALL)
    chosen = [p.text for p in pick(pool[1:], 1, 60, set(), None, True)]
    assert chosen == []
