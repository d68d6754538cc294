"""A number the paper has only as a measure ("a median age of 52.0") or only as a year ("Issue
2, 2011") is not a count of people or studies; a singular noun after a number names a thing
rather than counting it ("14 family doctor practices"). Paper and sentences written for these
tests."""

import pytest

from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

PAPER = parse(
    """Sore throat and a positive flu test in general practice: a cross-sectional study

Methods: We searched the practice registers (Issue 2, 2011) and included 212 adults with cold
symptoms seen at 12 primary care centres over 6 weeks.

Results: The median age was 52.0 (IQR 38.0 to 61.0). Of the 212 adults, 31 tested
positive for flu; 87.5% of those who tested positive reported a fever. Adults with a fever were
more likely to test positive.

Conclusions: Asking about fever may help to judge who is likely to have flu."""
)


@pytest.mark.parametrize(
    "sentence,number",
    [
        # the paper's 52 is an age, written with decimals every time
        ("Of the adults in the study, 52 patients tested positive for flu.", "52"),
        # the paper's 2011 is only a year
        ("The study included 2011 adults with cold symptoms.", "2011"),
        # the paper's own counts, and bases of rates, are not flagged
        ("The study included 212 adults with cold symptoms.", None),
        ("Of these, 31 adults tested positive for flu.", None),
        ("The study took place at 12 family doctor practices.", None),
        ("Almost 9 out of 10 patients who tested positive had a fever.", None),
        ("The registers were searched up to 2011 and 212 adults were included.", None),
    ],
)
def test_number_used_as_another_kind_of_thing(sentence, number):
    found = [n for n, _, _ in misattributed_numbers(sentence, PAPER)]
    assert found == ([number] if number else [])
