"""A count of people said with another word for the same people is no misattributed number:
"babies" for the paper's "neonates", "mothers" for its "women". A count of other people (the
babies' mothers for the babies) still is. Papers and sentences written for these tests."""

from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

NEWBORNS = parse(
    """Cooling for newborns after a difficult birth: a review

Methods: We searched for randomised trials of cooling in newborns born at term.

Results: Six trials with 1480 neonates were included. Cooling reduced death or disability
(RR 0.75). Mothers of 212 neonates were interviewed."""
)
PREGNANCY = parse(
    """Aspirin in pregnancy: a review

Methods: We searched for trials of low-dose aspirin in pregnant women at risk.

Results: Aspirin reduced pre-eclampsia (23 trials, 12,330 women). Babies born small were
fewer (14 trials, 8211 babies)."""
)


def test_babies_for_neonates_and_mothers_for_women_are_the_same_people() -> None:
    assert misattributed_numbers("The review found six trials with 1480 babies.", NEWBORNS) == []
    said = "Aspirin lowered the risk of pre-eclampsia in 23 trials with 12,330 mothers."
    assert misattributed_numbers(said, PREGNANCY) == []


def test_a_count_of_babies_given_to_mothers_is_still_misattributed() -> None:
    said = "Fewer babies were born small, in 14 trials with 8211 mothers."
    assert [n for n, _, _ in misattributed_numbers(said, PREGNANCY)] == ["8211"]
