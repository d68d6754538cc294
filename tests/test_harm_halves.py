"""Issue 9 (a trial's safety signal must reach the body whole): a harm sentence with two halves
("Liver enzyme rises occurred in 6.1% versus 3.0%, and one participant needed a liver
transplant") is split in two whole sentences; the body kept the first and the word budget cut
the second, the signal a reader with MS most needs (the lead's hand-written v1). A harm named by
a lab value or an event ("Hypercalcaemia was rare", "infusion reactions") is a harm result too
(the lead's hand-written u5), in plain words ("high blood calcium", data/glossary.tsv).
Sentences written for these tests (plain/harm_halves.py, plain/harms.py)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.harm_halves import with_harm_halves
from plainsum.plain.harms import HARM
from plainsum.plain.simplify import measured
from plainsum.settings import Settings

RISE = "Liver enzyme rises occurred in 6.1% of people taking the tablet versus 3.0% with placebo."
TRANSPLANT = "One person taking the tablet needed a liver transplant."
RELAPSES = "The yearly relapse rate was 0.21 with the tablet and 0.30 with placebo."


def _pieces():
    return [
        measured(RELAPSES, (4,), 1),
        measured(RISE, (6,), 2),
        measured(TRANSPLANT, (6,), 3),
    ]


def test_the_other_half_of_a_shown_harm_sentence_is_shown_and_kept():
    relapses, rise, transplant = _pieces()
    used: set[str] = {relapses.text, rise.text}
    mains: set[int] = set()
    out = with_harm_halves([relapses, rise], [relapses, rise, transplant], used, mains)
    assert [p.text for p in out] == [RELAPSES, RISE, TRANSPLANT]
    assert {2, 3} <= mains
    assert TRANSPLANT in used


def test_a_half_already_picked_is_kept_over_the_grade():
    relapses, rise, transplant = _pieces()
    mains: set[int] = set()
    out = with_harm_halves([relapses, rise, transplant], [], set(), mains)
    assert len(out) == 3
    assert mains == {2, 3}


def test_a_harm_sentence_that_was_not_split_adds_nothing():
    relapses, rise, _ = _pieces()
    other = measured("Headache was more common with the tablet.", (7,), 4)
    mains: set[int] = set()
    out = with_harm_halves([relapses, rise], [relapses, rise, other], set(), mains)
    assert out == [relapses, rise]
    assert mains == set()


def test_a_half_that_names_no_harm_is_not_added():
    relapses = measured(RELAPSES, (4,), 1)
    first = measured("Relapses were fewer with the tablet.", (5,), 2)
    second = measured("Walking speed did not change.", (5,), 3)
    out = with_harm_halves([relapses, first], [relapses, first, second], set(), set())
    assert out == [relapses, first]


_TRIAL = """Tablet X versus placebo in relapsing multiple sclerosis: a randomised trial

OBJECTIVE: To test whether tablet X reduces relapses in adults with relapsing multiple sclerosis.
METHODS: In this double-blind trial at 60 sites, 820 adults with relapsing multiple sclerosis were
randomly assigned to tablet X or placebo for two years. The primary endpoint was the annualised
relapse rate. Secondary endpoints included 6-month confirmed disability worsening and new or
enlarging brain lesions.
RESULTS: Of 820 participants randomised, 411 received tablet X and 409 placebo. The annualised
relapse rate was 0.21 with tablet X and 0.30 with placebo (rate ratio 0.70; 95% CI 0.55-0.89).
Disability worsening occurred in 10.2% and 11.0% of participants, respectively. Tablet X reduced
new or enlarging brain lesions by 31%. Liver enzyme elevations above three times the upper limit
of normal occurred in 6.1% of participants taking tablet X versus 3.0% with placebo, and one
participant taking tablet X required a liver transplant.
CONCLUSIONS: Tablet X reduced relapses compared with placebo but did not clearly slow disability
worsening.
"""


def test_a_trial_body_gives_both_halves_of_its_liver_signal():
    body = draft(parse(_TRIAL), Settings(backend="offline")).summary.what_the_study_did
    assert "liver transplant" in body
    assert "Liver enzyme" in body


@pytest.mark.parametrize(
    "text",
    [
        "Hypercalcaemia was rare.",
        "Hypercalcemia occurred in four people on the high dose.",
        "Kidney stones were more common with the supplement.",
        "Low white cell counts were seen in 9% of those treated.",
        "Lymphopenia was more frequent with the drug.",
        "Most people who stopped did so because of infusion reactions.",
        "Two cases of progressive multifocal leukoencephalopathy were reported.",
        "Transient elevation of liver enzymes was the only harm seen.",
    ],
)
def test_a_harm_named_by_a_lab_value_or_event_is_a_harm(text):
    assert HARM.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Calcium intake was recorded with a food diary.",
        "White matter lesions were counted on each scan.",
        "The infusion took two hours.",
        "Liver enzymes were measured every month.",
    ],
)
def test_a_lab_value_named_without_harm_is_not_one(text):
    assert not HARM.search(text)


_REVIEW = """We did a systematic review of randomised trials of zinc supplements in multiple
sclerosis. Nine trials (n=840) were included; doses ranged from 10 to 50 mg a day, and follow-up
from 3 to 18 months. Zinc did not reduce the annualised relapse rate (rate ratio 0.97, 95% CI
0.80 to 1.18) compared with placebo. There was a small, uncertain fall in fatigue scores in two
trials. Hypercalcaemia was rare. Most trials were small, so the certainty of evidence was low.
Current evidence does not support zinc supplements to prevent relapses in people with MS.
"""


def test_a_reviews_lab_value_harm_reaches_the_body_in_plain_words():
    body = draft(parse(_REVIEW), Settings(backend="offline")).summary.what_the_study_did
    assert "High blood calcium was rare." in body
