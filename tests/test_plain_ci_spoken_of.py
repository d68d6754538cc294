"""Issue 9 (broken sentences): a confidence interval the sentence speaks of ("had a very wide
95% CI, suggesting an imprecise estimate") is no aside: taken out, the sentence is broken ("had
a very wide, suggesting"); it stays, and the statistic keeps the sentence out of the draft.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import has_statistics, strip_statistics
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The one small trial alone had a very wide 95% CI, suggesting an imprecise estimate.",
        "The 95% CI includes the chance of a large benefit of the diet.",
        "Its 95% confidence interval was wide.",
    ],
)
def test_an_interval_spoken_of_stays_and_keeps_the_sentence_out(text: str) -> None:
    assert has_statistics(strip_statistics(text))
    assert plain_sentences(text) == []


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Pain fell by 2 points, 95% CI 1 to 3, with the drug.", "Pain fell by 2 points, with"),
        ("Sleep rose by 20 minutes, 95% CI 5 to 35.", "Sleep rose by 20 minutes."),
    ],
)
def test_an_interval_given_as_an_aside_still_goes(text: str, stripped: str) -> None:
    assert strip_statistics(text).startswith(stripped)
