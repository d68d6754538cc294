import pytest

from plainsum.checks.faithfulness import (
    name_candidates,
    numbers_in,
    unsupported_names,
    unsupported_numbers,
)

SOURCE = (
    "Twenty-six trials with 1,000 participants were included. Relapse rates fell by 3·5 per "
    "cent over 12 months with ocrelizumab. IL-17 levels and COVID-19 infections were recorded. "
    "40% of patients reported fatigue."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("26 trials were included.", []),
        ("twenty-six trials", []),
        ("1000 people took part.", []),
        ("It fell by 3.5 percent.", []),
        ("About 40 percent said they were tired.", []),
        ("Over 12 months.", []),
        ("IL-17 was measured.", []),  # a number inside a name is part of the name
        ("About 45% were tired.", ["45"]),
        ("The study lasted 18 months.", ["18"]),
        ("Nine trials were included.", ["9"]),
        ("One or two studies.", []),
    ],
)
def test_numbers_must_be_in_source(text, expected):
    assert unsupported_numbers(SOURCE, text) == expected


def test_numbers_in_normalises():
    assert numbers_in("1,204 people, 3·5 years, thirty-one sites") == {"1204", "3.5", "31"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("People took ocrelizumab.", []),
        ("People took Ocrelizumab.", []),
        ("People took natalizumab.", ["natalizumab"]),
        ("IL-17 and IL-6 were measured.", ["IL-6"]),
        ("Levels of BDNF rose.", ["BDNF"]),
        ("People with MS took part in the study.", []),
    ],
)
def test_names_must_be_in_source(text, expected):
    assert unsupported_names(SOURCE, text) == expected


def test_everyday_capitalised_words_are_not_names():
    assert name_candidates("Scientists in Canada and People with MS met in June.") <= {"Canada"}
