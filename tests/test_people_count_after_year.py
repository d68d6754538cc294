"""A count of people that follows a year and its comma is a count, not the tail of a number
("Between May 2019 and June 2021, 1,204 adults were enrolled"): the size that decides whether a
summary calls the study small."""

import pytest

from plainsum.plain.numbers import people_counts
from plainsum.sample_size import people_studied


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("Between May 2019 and June 2021, 1,204 adults were enrolled.", [1204]),
        ("In 2023, 640 patients were randomised to the two arms.", [640]),
        ("From 2010 to 2015, 87 participants completed the survey.", [87]),
    ],
)
def test_a_count_after_a_year_and_its_comma_is_read(sentence: str, counts: list[int]) -> None:
    assert people_counts(sentence) == counts


@pytest.mark.parametrize(
    "sentence",
    ["We saw two hundred six patients.", "The clinic saw 1 000 patients a year."],
)
def test_the_tail_of_a_longer_number_is_still_no_count(sentence: str) -> None:
    assert people_counts(sentence) == []


def test_a_large_trial_is_not_read_as_two_people() -> None:
    text = (
        "Methods: Adults with relapsing MS were randomly assigned to drug A or drug B. "
        "Results: Between March 2018 and May 2020, 1,204 participants were randomised. "
        "Two participants had liver injury that needed hospital care."
    )
    assert people_studied(text) == 1204
