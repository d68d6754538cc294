"""In a review's body, "the final trial" (or the last, the remaining, the latter one) points at
the last of trials the paper took in turn: shown where the draft met none of them one by one,
it leans on an order the reader never saw, and goes. After "One trial found ..." it stays.
Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

HEAD = "Cooling caps may not prevent hair loss"
FINAL = Line(
    "Comparing caps with no caps, the final trial did not show any clear difference.", (7,)
)


def test_the_final_trial_of_trials_never_met_one_by_one_goes() -> None:
    lines = [Line("The review included four trials with 250 people.", (2,)), FINAL]
    assert [x.text for x in referred(HEAD, lines, groups_only=True)] == [lines[0].text]


def test_the_final_trial_after_one_met_stays() -> None:
    lines = [
        Line("The review included four trials with 250 people.", (2,)),
        Line("One trial found less hair loss with the caps.", (5,)),
        FINAL,
    ]
    assert FINAL.text in [x.text for x in referred(HEAD, lines, groups_only=True)]
