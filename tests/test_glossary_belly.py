"""Issue 9 (true before plain): "abdominal" is of the belly, not of the stomach. The swap wrote
"stomach surgical incisions for caesarean section", "stomach radiotherapy", "Stomach computed
tomography scan showed ...": each names an organ the paper did not. Sentences written for these
tests."""

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Belly pain and nausea were the most common side effects.",
            "Belly pain and nausea were the most common side effects.",
        ),
        (
            "Abdominal pain was more common with the new tablets.",
            "Belly pain was more common with the new tablets.",
        ),
        (
            "Wound infections were rarer after abdominal surgery with the new stitches.",
            "Wound infections were rarer after belly surgery with the new stitches.",
        ),
        (
            "Two trials compared abdominal incisions for caesarean birth.",
            "Two trials compared belly incisions for caesarean birth.",
        ),
        (
            "An abdominal scan showed a small mass near the navel.",
            "A belly scan showed a small mass near the navel.",
        ),
        (
            "Women with abdominal obesity had higher blood pressure.",
            "Women with excess belly fat had higher blood pressure.",
        ),
    ],
)
def test_abdominal_is_of_the_belly(text: str, plain: str) -> None:
    out = plain_words(text)
    assert out == plain
    assert "stomach" not in out.lower()
