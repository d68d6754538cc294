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


TRIAL = parse(
    """A cream for leg ulcers in older adults: a randomised trial

Methods: Eighty adults with leg ulcers were randomised to the cream or a plain cream for 8
weeks; the cream held 40 mg of the active drug per gram. A risk score of 1 : 250 or higher
marked a high risk of infection, and groups were formed by age (60 to 69 years, 70 years or over).

Results: Seventy-two adults finished the trial. Ulcers healed fully in 45.0% of the cream group
and 20.0% of the plain cream group.

Conclusions: The cream helped leg ulcers heal."""
)


@pytest.mark.parametrize(
    "sentence,number",
    [
        # the paper's number is never a count of people: a share, a dose, a rate's base, an age
        ("Only 45 of the 80 adults healed fully.", "45"),
        ("The trial included 250 older adults.", "250"),
        ("In all, 40 adults used the cream.", "40"),
        ("The trial enrolled 60 people with leg ulcers.", "60"),
        # the paper's own counts, and shares said on a scale, are not flagged
        ("Of the 80 adults, 72 finished the trial.", None),
        ("About 45 in 100 adults on the cream healed fully.", None),
        ("Ulcers healed in 45 out of every 100 people on the cream.", None),
        ("The risk of infection was high at 1 in 250 people or more.", None),
        # the summary's number is a measure itself, whatever noun follows it
        ("The cream held 40 mg in adults and children alike.", None),
    ],
)
def test_a_number_the_paper_never_uses_as_a_count(sentence, number):
    found = [n for n, _, _ in misattributed_numbers(sentence, TRIAL)]
    assert found == ([number] if number else [])
