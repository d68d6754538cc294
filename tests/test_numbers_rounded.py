"""A share a summary rounds to a whole number ("Seven percent" for the paper's 7.2%) is the
paper's number, not one moved from elsewhere; a whole number that is not the rounding ("7%"
for 7.6%, where the paper's 7 counts something else) is still caught."""

from __future__ import annotations

from plainsum.checks.number_moved import moved_numbers
from plainsum.ingest import parse

SOURCE = parse(
    "We followed 69 adults with a kidney disease for 9 years after their first biopsy. "
    "Kidney failure was seen in five (7.2 %) of the adults with the disease. "
    "Blood pressure was high in most of them at the start, and 7 of them had diabetes."
)


def test_a_share_rounded_to_a_whole_number_is_not_moved():
    sentence = "Seven percent of adults with the kidney disease had kidney failure."
    assert moved_numbers(sentence, SOURCE) == []


def test_a_whole_number_that_is_not_the_rounding_is_still_caught():
    other = parse(SOURCE.full_text.replace("(7.2 %)", "(7.6 %)"))
    sentence = "Seven percent of adults with the kidney disease had kidney failure."
    assert [n for n, _, _ in moved_numbers(sentence, other)] == ["Seven"]


SPLINT = parse(
    "We gave 150 adults a night splint for 12 weeks. Grip strength improved in 117 of the "
    "150 adults (78%). Side effects occurred in 19 adults (12.7%), mostly skin redness."
)


def test_a_rounded_share_said_of_another_result_is_moved():
    # 13 rounds the 12.7% of side effects, not a share of grip gains (78%)
    sentence = "Grip strength improved in 13% of the adults with the splint."
    assert [n for n, _, _ in moved_numbers(sentence, SPLINT)] == ["13"]


def test_a_rounded_share_said_of_its_own_result_is_not_moved():
    assert moved_numbers("Side effects occurred in 13% of the adults.", SPLINT) == []
