"""Numbers read with their context: a number the paper has only in a date, a number tied to a
thing the paper counts with another number, a part written "37/60", and a group's size written
"n = 41". Papers and sentences written for these tests."""

import pytest

from plainsum.checks.counts import counts_in, unit_of
from plainsum.checks.counts_misplaced import misplaced_counts
from plainsum.checks.number_links import misattributed_numbers
from plainsum.checks.number_moved import moved_numbers
from plainsum.ingest import parse

REVIEW = parse(
    """Two ways of placing a feeding tube: a systematic review

Methods: We searched MEDLINE (January 1970 to 12 March 2021) and two other databases.

Results: One trial with 80 participants met our criteria; they had surgery for throat cancer
(45/80) or stroke (35/80). Nine cohort studies, with a total of 702 participants, were also
included. The trial ran in 14 clinics and 6 hospitals.

Conclusions: Neither way was clearly better."""
)

SURVEY = parse(
    """Causes of long-lasting hoarseness in one clinic

Methods: We studied 120 adults with hoarseness for at least 6 weeks.

Results: The most common causes were reflux (n = 44, 36.7%) and nodules on the vocal cords
(n = 30, 25.0%). Hoarseness was worse in the morning in reflux (80%, 35/44)."""
)


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("Side effects were seen after 12 years.", "12"),  # 12 is only a day of a date
        ("The trial ran in 6 clinics and 14 hospitals.", "6"),  # 6 counts hospitals
    ],
)
def test_a_number_the_paper_uses_for_something_else_is_misattributed(sentence, number):
    assert number in [n for n, _, _ in misattributed_numbers(sentence, REVIEW)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial ran in 14 clinics and 6 hospitals.",
        "The search ran up to 12 March 2021.",  # a date said as a date
        "The reviewers found 702 people in nine other studies.",
        "The trial ran in 6 clinics/hospitals.",  # the paper's own noun beside it
    ],
)
def test_a_number_used_for_what_the_paper_counts_with_it_passes(sentence):
    assert misattributed_numbers(sentence, REVIEW) == []


def test_a_slash_writes_a_part_and_its_whole():
    counts = {c.value: c for c in counts_in("throat cancer (45/80) or stroke (35/80)")}
    assert counts["45"].part and counts["45"].base == "80"
    found = misplaced_counts("They found one trial with 45 people.", REVIEW)
    assert [n for n, _, _ in found] == ["45"], found
    assert "45 of 80" in found[0][2]
    assert misplaced_counts("They found one trial with 80 people.", REVIEW) == []


def test_n_equals_counts_the_people_in_a_group():
    text = "reflux (n = 44, 36.7%)"
    assert unit_of(text, text.index("44") + 2, text.index("44")) == unit_of("44 people", 2, 0)
    assert unit_of("weighed 44 kg", 9, 7) is None
    # 35 is the morning share of the 44 with reflux, not the number who had reflux
    moved = moved_numbers("The most common cause was reflux, in 35 adults.", SURVEY)
    assert [n for n, _, _ in moved] == ["35"], moved
    assert moved_numbers("The most common cause was reflux, in 44 adults.", SURVEY) == []
