import pytest

from plainsum.checks.readability import (
    count_sentences,
    list_words,
    measure,
    syllables,
)


@pytest.mark.parametrize(
    "word,count",
    [("cat", 1), ("people", 2), ("multiple", 3), ("sclerosis", 3), ("demyelination", 4)],
)
def test_syllables_from_cmu_dictionary(word, count):
    assert syllables(word) == count


def test_unknown_word_falls_back_to_pyphen():
    assert syllables("ocrelizumabx") >= 3


def test_words_and_sentences_follow_textstat_rules():
    assert list_words("Long-term care isn't easy.") == ["Longterm", "care", "isn't", "easy"]
    # pieces of two words or fewer are not sentences
    assert count_sentences("The cat sat on the mat. Yes. It was warm there today.") == 2


def test_flesch_kincaid_pinned_by_hand():
    # 8 words, 1 sentence, syllables: the1 cat1 sat1 on1 the1 mat1 to1 day1 = 8
    level = measure("The cat sat on the mat to day.")
    expected = 0.39 * 8 / 1 + 11.8 * 8 / 8 - 15.59
    assert level.grade == pytest.approx(expected, abs=0.01)
    assert level.words == 8 and level.sentences == 1


@pytest.mark.parametrize(
    "text,low,high",
    [
        ("The drug helped people walk. Most people felt better. Some felt tired.", -5, 4),
        (
            "Immunomodulatory pharmacotherapies demonstrated heterogeneous effectiveness "
            "regarding radiological neuroinflammatory progression among participants.",
            16,
            60,
        ),
    ],
)
def test_grade_ranges(text, low, high):
    assert low <= measure(text).grade <= high


def test_rare_words_counted():
    level = measure("Oligodendrocyte remyelination was seen in the mice.")
    assert "oligodendrocyte" in level.rare_words and "remyelination" in level.rare_words
    assert "mice" not in level.rare_words
    assert level.rare_word_share == pytest.approx(2 / 7, abs=0.001)


def test_empty_text():
    assert measure("").grade == 0.0
