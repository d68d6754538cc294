"""A sentence is split at ', but' only when the second half has a verb of its own: "but no
difference when X is compared with Y" (the verb is the 'when' clause's) stays whole rather
than become the fragment "But no difference when X is compared with Y." (issue 9; a reader
found it in a draft the gate passed). Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.splits import split_long


@pytest.mark.parametrize(
    "text",
    [
        "Pooled results from the trials suggest less pain with the cream than with the plaster "
        "over the first week, but no difference when the cream is compared with the gel.",
        "Walking speed improved with training in the first trial and the second trial, but no "
        "change if the sessions were held at home.",
    ],
)
def test_a_verbless_second_half_keeps_the_sentence_whole(text: str) -> None:
    assert split_long(text) == [text]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Pain fell more in the exercise group than in the control group over twelve weeks, "
            "but fatigue rose when the sessions were longer than an hour.",
            "But fatigue rose when the sessions were longer than an hour.",
        ),
        (  # the head's own verb comes after the 'when' clause
            "Pooled analysis of the trials suggested that flare-ups were less frequent than with "
            "placebo; the quality of this evidence when the usual criteria were applied was "
            "rated as moderate.",
            "The quality of this evidence when the usual criteria were applied was rated as "
            "moderate.",
        ),
    ],
)
def test_a_second_half_with_a_verb_of_its_own_is_split(text: str, second: str) -> None:
    assert split_long(text)[-1] == second
