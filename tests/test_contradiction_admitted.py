"""Admitted and admissions: a summary's "were readmitted less often" is read against the paper's
"no difference in readmission rates" (the two words share no stem: admit/admiss). Sentences
written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.plain_equivalents import named_alike
from plainsum.evidence import stem

PAPER = ["Two trials found a shorter stay in hospital, with no difference in readmission rates."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Children cared for at home were readmitted less often.",
        "Fewer children were readmitted to hospital with home care.",
    ],
)
def test_readmitted_less_often_against_no_difference_in_readmissions(sentence):
    assert contradiction(sentence, PAPER)


def test_readmissions_said_as_the_paper_says_pass():
    assert not contradiction("Children were readmitted about as often either way.", PAPER)


@pytest.mark.parametrize(
    "plain, term",
    [("admitted", "admissions"), ("readmitted", "readmission"), ("admit", "admission")],
)
def test_admitted_names_admissions(plain, term):
    assert named_alike(stem(plain), stem(term))
