"""A sentence saying "we measured X and show that Y": what was done, then what it showed
(issue 9). The clause after "and show/found/demonstrate that" is a result: the sentence is split
there into two whole sentences with their subject, and the second says a finding. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.results import says_a_finding
from plainsum.plain.splits import split_long
from plainsum.settings import Settings

DID_THEN_SHOWED = (
    "We report the measurement of nerve fibre counts over the first 20 weeks after early or "
    "late start of the drug and show that starting early nearly doubles the fibre count in "
    "older adults."
)


def test_split_into_what_was_done_and_what_it_showed():
    assert split_long(DID_THEN_SHOWED) == [
        "We report the measurement of nerve fibre counts over the first 20 weeks after early "
        "or late start of the drug.",
        "We show that starting early nearly doubles the fibre count in older adults.",
    ]


def test_what_they_show_is_a_finding():
    piece = split_long(DID_THEN_SHOWED)[1]
    assert says_a_finding(piece)


@pytest.mark.parametrize(
    "text",
    [
        # one clause, nothing shown: stays whole
        "We followed 120 adults with MS for two years after they started the new drug.",
        # "that" inside the first part: what they found is said in it already
        "We found that fibre counts fell in the first year and show that they rose again "
        "in the second year of treatment.",
    ],
)
def test_not_split_without_a_done_clause_first(text):
    assert split_long(text) == [text]


# An abstract with no headings whose one result is said after what the study did.
UNHEADED = (
    "A drug that protects nerve fibres is given to people with MS either early or late after "
    "diagnosis. Many clinics start it late to save money. It is not known how the timing of "
    "the first dose changes how many fibres survive. " + DID_THEN_SHOWED + " This larger fibre "
    "count may slow the loss of walking ability. In contrast, the thinning of the retina was "
    "smallest in those who started late. The timing of the first dose therefore has a strong "
    "effect on how many nerve fibres survive in older adults with MS."
)


def test_the_unheaded_result_is_in_the_body():
    body = draft(UNHEADED, Settings(backend="offline")).summary.what_the_study_did
    assert "starting early nearly doubles the fibre count" in body
