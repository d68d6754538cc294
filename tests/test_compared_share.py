"""A share in brackets after a count is kept when the sentence sets another share against it
(issue 9: "212 described alopecia, against 0.5%" set a count against a share); a share that no
later share is set against goes with the other asides. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import drop_brackets


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Of 9,120 reports for drug X, 143 (1.6%) described hair loss, against 0.4% of "
            "reports for all other drugs.",
            "Of 9,120 reports for drug X, 143 (1.6%) described hair loss, against 0.4% of "
            "reports for all other drugs.",
        ),
        (
            "Of the 60 adults, 41 (68%) improved, while 12% of the controls did.",
            "Of the 60 adults, 41 (68%) improved, while 12% of the controls did.",
        ),
        (
            "Falls were reported by 30 (25%) of those who trained, compared with 40% of those "
            "who did not.",
            "Falls were reported by 30 (25%) of those who trained, compared with 40% of those "
            "who did not.",
        ),
    ],
)
def test_a_share_set_against_another_share_stays(text: str, kept: str) -> None:
    assert drop_brackets(text) == kept


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # no share after it: an aside
        (
            "Of the 60 adults, 41 (68%) improved, and 12 (20%) got worse.",
            "Of the 60 adults, 41 improved, and 12 got worse.",
        ),
        # the share after it is in brackets too: both go, as they did
        (
            "Relapses occurred in 12 of 40 (30%) with the drug compared with 20 of 41 (49%) "
            "with placebo.",
            "Relapses occurred in 12 of 40 with the drug compared with 20 of 41 with placebo.",
        ),
        # a share that follows no count is no compared figure
        (
            "Most adults (68%) improved, against 12% of the controls.",
            "Most adults improved, against 12% of the controls.",
        ),
    ],
)
def test_a_share_no_other_share_is_set_against_goes(text: str, dropped: str) -> None:
    assert drop_brackets(text) == dropped
