"""Issue 9 (the main finding heads): a dose-ranging trial's results never head with a result
that names no treatment and no outcome ("The difference from placebo was clear for 15 mg and
30 mg", the lead's held-out w5; dangling.py), nor with a side effect seen more often on one
dose after the result on what the trial measured (rank.raises_a_risk). Abstract sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.headline.rank import raises_a_risk
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The difference from placebo was clear for 15 mg and 30 mg", True),
        ("The difference between the groups was small at one year", True),
        ("The difference compared with usual care was seen only at 12 weeks", True),
        # what the difference is in, named
        ("The difference in walking speed from placebo was clear for 15 mg", False),
        ("Remylin shortened nerve signal delay more than placebo at 15 mg and 30 mg", False),
    ],
)
def test_a_difference_of_nothing_named_dangles(text: str, expected: bool) -> None:
    assert dangles(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headache and nausea were more common with 30 mg", True),
        ("Dizziness was more frequent on the higher dose", True),
        # (a gain more common in a group is no harm)
        ("Freedom from relapses was more common in the treated group", False),
        ("Walking speed improved more with 30 mg", False),
    ],
)
def test_more_common_with_a_dose_is_a_harm(text: str, expected: bool) -> None:
    assert raises_a_risk(text) is expected


def test_a_dose_ranging_trial_heads_with_its_measured_result() -> None:
    measured_result = measured(
        "Nerve signal delay in the eye fell by 1 millisecond with placebo, 2 milliseconds with 5 "
        "mg and 6 milliseconds with 15 mg of clemastine.",
        (6,),
        6,
    )
    hollow = measured("The difference from placebo was clear for 15 mg but not 5 mg.", (7,), 7)
    harm = measured("Headache and nausea were more common with 15 mg.", (8,), 8)
    head = choose_headline([], [measured_result, hollow, harm], StudyDesign.TRIAL)
    assert head.origin == measured_result.text
