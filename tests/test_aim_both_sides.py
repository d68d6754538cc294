"""An aim that compares "one X versus another" is never said as "looked at one X": said alone,
the one side is false (a review of many regimens read as a review of one)."""

from __future__ import annotations

import pytest

from plainsum.plain.aim import short_aim


@pytest.mark.parametrize(
    ("aim", "compact"),
    [
        (
            "The review authors wanted to compare the effect of one cooling regimen versus "
            "another cooling regimen on fatigue in adults with MS.",
            "The review authors looked at one cooling regimen versus another cooling regimen in "
            "adults with MS.",
        ),
        (
            "The review authors wanted to compare the effects of one exercise schedule with "
            "another exercise schedule on walking in people with stroke.",
            "The review authors looked at one exercise schedule versus another exercise schedule "
            "in people with stroke.",
        ),
        # the other side is not said as "another": no short form rather than a false one
        (
            "The review authors wanted to compare the effect of one antibiotic versus two "
            "antibiotics on cure in children with ear infections.",
            None,
        ),
        # a named side stays as before: "looked at X" of "X versus placebo" is true
        (
            "The review authors wanted to compare the effects of cooling vests with fans in "
            "adults with MS.",
            "The review authors looked at cooling vests in adults with MS.",
        ),
    ],
)
def test_a_one_versus_another_aim_says_both_sides(aim, compact):
    assert short_aim(aim, compact=True) == compact
