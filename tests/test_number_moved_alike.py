"""A number the paper gives in a sentence of its own is not 'moved' when the summary gives it
for the same thing: beside the same other number ("8 trials, involving 2310 adults") or after
the same word ("involving 2310 adults"), even when the summary sentence's words draw more on a
result with another count. The same number said of another result is still caught. Paper and
sentences written for these tests."""

import pytest

from plainsum.checks.number_moved import moved_numbers
from plainsum.ingest import parse

REVIEW = parse(
    """Menthol gel for knee pain: a systematic review

Results: Eight trials, involving 2310 adults, were included. Menthol gel reduced knee pain
compared with a placebo gel (six trials, 1875 adults). Skin irritation with the menthol gel
was reported by 310 adults in four trials.

Conclusions: Menthol gel may ease knee pain a little."""
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The review covered 8 trials, involving 2310 adults, of menthol gel against a placebo "
        "gel for knee pain.",
        "The review found eight trials, involving 2310 adults with knee pain who used menthol "
        "gel or a placebo gel.",
    ],
)
def test_a_count_said_as_the_paper_says_it_is_not_moved(sentence: str) -> None:
    assert moved_numbers(sentence, REVIEW) == []


def test_a_count_of_another_result_is_still_moved() -> None:
    sentence = "Menthol gel eased knee pain more than a placebo gel in 310 adults."
    assert [n for n, _, _ in moved_numbers(sentence, REVIEW)] == ["310"]


def test_the_same_unit_alone_does_not_make_it_the_same_count() -> None:
    # 310 adults are those with skin irritation, not those whose pain was compared
    sentence = "In four trials of menthol gel against a placebo gel, 310 adults had less knee pain."
    assert [n for n, _, _ in moved_numbers(sentence, REVIEW)] == ["310"]
