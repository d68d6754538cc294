"""screen._measures: the share of letters that are Latin and of words that are English
function words, against a plain count written here (texts written for these tests)."""

import pytest

from plainsum.ingest.language import ENGLISH
from plainsum.screen import _measures, _words


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    latin = [ch for ch in letters if "a" <= ch.lower() <= "z"]
    return len(latin) / max(1, len(letters))


@pytest.mark.parametrize(
    "text",
    [
        "We measured the sleep of 120 adults with MS over two years.",
        "Les patients ont été suivis pendant deux ans; la fatigue a diminué.",
        "Мы изучили 40 пациентов with multiple sclerosis.",
        "The \u212a-value (Kelvin sign) and naïve cells in the café were studied.",
        "日本語の要約 and a few English words of the study.",
        "12 345 ... (n = 7) 3.5% ± 0.2",
        "",
    ],
)
def test_measures_count_letters_and_words_as_a_plain_count_does(text: str) -> None:
    latin, english, _ = _measures(text)
    assert latin == pytest.approx(_latin_share(text))
    words = _words(text)
    assert english == pytest.approx(sum(w in ENGLISH for w in words) / max(1, len(words)))
