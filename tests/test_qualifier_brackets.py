"""A bracket that says how the treatment was given is part of the claim (issue 9): "the effect
of X (administered as intensive schedule) does not support its use" said without it is said of
every way of giving X, and a reader called CD002819's headline false for it. It stays, as a
comma aside; every other bracket goes as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import drop_brackets


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The effect of the drug (given as a high-dose course) in progressive MS was small.",
            "The effect of the drug, given as a high-dose course, in progressive MS was small.",
        ),
        (
            "Steroids (administered by mouth) did not shorten relapses in this trial.",
            "Steroids, administered by mouth, did not shorten relapses in this trial.",
        ),
        # statistics, a definition, a dose in figures: dropped as before
        (
            "Relapses fell with the drug (RR 0.5, 95% CI 0.3 to 0.8) in two trials.",
            "Relapses fell with the drug in two trials.",
        ),
        (
            "Pain fell with the cream (a lotion made from pepper) in most people.",
            "Pain fell with the cream in most people.",
        ),
        ("The drug (given at 10 mg) lowered pain.", "The drug lowered pain."),
        # at the end of the sentence
        (
            "Pain fell with the cream (given twice daily).",
            "Pain fell with the cream, given twice daily.",
        ),
    ],
)
def test_how_a_treatment_was_given_stays(text: str, plain: str) -> None:
    assert drop_brackets(text) == plain
