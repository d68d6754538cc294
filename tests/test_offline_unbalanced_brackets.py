"""A statistical aside whose brackets the paper did not balance goes whole: no "(412 people."
left at a sentence's end, no stray ")" after a word, no orphaned tail ("; two trials; 300
births)"). Without it the sentence was refused as broken, and with it often the main result."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import strip_statistics
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        # an aside never closed: it runs to the sentence's end
        (
            "Adding the booster shot lowers deaths (2410 participants; HR 0.81 (95% confidence "
            "interval (CI) 0.66 to 0.99; high-certainty evidence).",
            "Adding the booster shot lowers deaths.",
        ),
        # an aside closed twice
        (
            "Although rashes may be more common with the cream (812 participants, RR 2.10 (95% "
            "CI 1.20 to 3.60); low-certainty evidence)), there is no evidence of a difference "
            "in infections.",
            "Although rashes may be more common with the cream, there is no evidence of a "
            "difference in infections.",
        ),
        # an aside closed early: its tail of counts goes with it
        (
            "Zinc had a protective effect for repeat infections (RR 0.40, 95% CI 0.20 to 0.70); "
            "three studies; 950 children). Nothing else changed.",
            "Zinc had a protective effect for repeat infections. Nothing else changed.",
        ),
    ],
)
def test_an_unbalanced_statistical_aside_goes_whole(text: str, stripped: str) -> None:
    assert strip_statistics(text) == stripped


@pytest.mark.parametrize(
    "text",
    [
        # list markers and an aside that is no statistic are left as written
        "The steps were i) washing and ii) drying.",
        "Pain eased (see the second table.",
        # a short form whose opening bracket was lost: taken out, its long form would be said
        # twice once it is written out
        "When we compared rest to graded exercise therapy GET), we found no clear differences.",
    ],
)
def test_brackets_that_are_no_unbalanced_statistics_are_left(text: str) -> None:
    assert strip_statistics(text) == text


def test_the_result_behind_an_unclosed_aside_is_drafted_whole() -> None:
    text = (
        "Adding the booster shot lowers deaths (2410 participants; HR 0.81 (95% confidence "
        "interval (CI) 0.66 to 0.99; high-certainty evidence)."
    )
    assert [p.text for p in plain_sentences(text, review=True, sources=(3,))] == [
        "Adding the booster shot lowers deaths."
    ]
