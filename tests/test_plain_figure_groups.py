"""A bracket right after a figure that names whose figure it is stays as words when the
statistics go: "was 40% and 25%" says nothing of which group had which (issue 9). Sentences
written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import strip_statistics


@pytest.mark.parametrize(
    "text, stripped",
    [
        (
            "Walking aids were needed by 40% (exercise group) and 25% (usual care group, "
            "P = 0.03) at one year.",
            "Walking aids were needed by 40% in the exercise group and 25% in the usual care "
            "group at one year.",
        ),
        (
            "Fatigue scores fell by 12 points (the yoga arm) and by 5 points (the control arm).",
            "Fatigue scores fell by 12 points in the yoga arm and by 5 points in the control "
            "arm.",
        ),
        (
            "Relapses were seen in 18% (high dose group) and 31% (low dose group).",
            "Relapses were seen in 18% in the high dose group and 31% in the low dose group.",
        ),
        # statistics are still dropped, and a group named apart from a figure is no label
        ("Relapses fell by 30% (95% CI 10 to 50) in the drug group.", "Relapses fell by 30% in "
         "the drug group."),
        ("Pain eased in 14 people (treatment group) and in few others.",
         "Pain eased in 14 people in the treatment group and in few others."),
        ("Scores rose by 3 points (exercise vs control group).", "Scores rose by 3 points."),
        ("The dose was 20 mg (each group).", "The dose was 20 mg."),
    ],
)  # fmt: skip
def test_the_group_a_figure_belongs_to_stays(text, stripped):
    assert strip_statistics(text) == stripped
