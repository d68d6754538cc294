"""Issue 9 (true before plain): "pathological" beside a response or findings is what a
pathologist saw in the tissue, not "disease": the swap wrote "the rate of disease complete
response" for a cancer trial's pathological complete response (no cancer left in the removed
tissue), and "Disease findings were similar". These terms stay as written (the gate names the
hard word); "pathological processes" is still "disease processes". Sentences written for these
tests."""

import pytest

from plainsum.plain.glossary import plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The rate of pathological complete response was higher with the added drug.",
            "The rate of pathological complete response was higher with the added drug.",
        ),
        (
            "A pathological response was seen in 12 of the 40 women.",
            "A pathological response was seen in 12 of the 40 women.",
        ),
        (
            "Pathological findings were alike in both groups of mice.",
            "Pathological findings were alike in both groups of mice.",
        ),
        (
            "The review looked at pathological processes behind the pain.",
            "The review looked at disease processes behind the pain.",
        ),
    ],
)
def test_a_pathologist_s_finding_is_not_a_disease(text: str, plain: str) -> None:
    assert plain_words(text) == plain
