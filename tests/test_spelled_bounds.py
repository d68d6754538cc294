"""PubMed's older abstracts spell a bound out ("> or =2 days", "< or = 65 years"): said in words
as "at least" and "up to", as the signs are (issue 9); left as written the sentence was unfit to
show, and with it the only one that said who took part (539 patients). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.symbol_words import symbols_in_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "We studied 120 adults with a cough > or =3 weeks before the visit.",
            "We studied 120 adults with a cough at least 3 weeks before the visit.",
        ),
        ("Women aged < or = 65 years took part.", "Women aged up to 65 years took part."),
        # no amount after it: left as it is
        ("Scores > or =18 counted as severe.", "Scores > or =18 counted as severe."),
    ],
)
def test_a_spelled_bound_is_said_in_words(text: str, plain: str) -> None:
    assert symbols_in_words(text) == plain
