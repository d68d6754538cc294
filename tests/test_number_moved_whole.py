"""A whole the paper splits into arms is not a number 'moved' from elsewhere: "40 clinics" where
the sentence drawn on gives the arms "20 clinics ... or 20 clinics" (of any kind: clinics,
schools, wards, where group_totals counts only people and animals). A number of the same kind that
is no such sum still is. Paper and sentences written for these
tests."""

from plainsum.checks.number_moved import moved_numbers
from plainsum.ingest import parse

TRIAL = parse(
    """Pharmacist reviews of medicines in general practice: a cluster randomised trial

Methods: We carried out a cluster randomised trial in 40 general practices. Practices were
randomly allocated to pharmacist-led medicine reviews (20 practices, 1210 patients) or to
usual care (20 practices, 1185 patients).

Results: Twelve practices left the trial early. Unplanned hospital admissions were lower
with pharmacist reviews (11.2% vs 14.9%).

Conclusions: Pharmacist-led reviews reduced unplanned admissions."""
)


def test_the_whole_of_a_sentences_arms_is_not_moved() -> None:
    sentence = "40 general practices; half were picked at random to offer pharmacist reviews."
    assert moved_numbers(sentence, TRIAL) == []


def test_a_number_that_is_no_sum_of_the_arms_is_still_moved() -> None:
    # the paper's 12 practices are those that left the trial, not those randomised
    sentence = "12 general practices; half were picked at random to offer pharmacist reviews."
    assert [n for n, _, _ in moved_numbers(sentence, TRIAL)] == ["12"]
