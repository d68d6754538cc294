"""An aim about one treatment "combined with" another keeps what it was combined with: cut
before "with", the head says "looked at X combined in people with Y" (readers found it broken,
and the other half of the treatment lost)."""

from __future__ import annotations

import pytest

from plainsum.plain.aim import short_aim


@pytest.mark.parametrize(
    ("aim", "compact"),
    [
        (
            "The researchers wanted to investigate the effect of a herbal skin cream combined "
            "with zinc powder on pain and healing in patients with deep leg wounds.",
            "The researchers looked at a herbal skin cream combined with zinc powder in patients "
            "with deep leg wounds.",
        ),
        (
            "The researchers wanted to assess the effect of vitamin D given together with "
            "calcium on relapses in people with MS.",
            "The researchers looked at vitamin D given together with calcium in people with MS.",
        ),
        # the "with" never comes: no short form rather than a half-said treatment
        (
            "The researchers wanted to assess the effect of vitamin D combined in people with MS.",
            None,
        ),
        # no combination: the head stays as before
        (
            "The researchers wanted to assess the effect of cooling vests on fatigue in adults "
            "with MS.",
            "The researchers looked at cooling vests in adults with MS.",
        ),
    ],
)
def test_a_combined_treatment_keeps_its_other_half(aim, compact):
    assert short_aim(aim, compact=True) == compact
