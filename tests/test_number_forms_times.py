"""A ratio said as so many times, or as the change it means rounded with a word that says so,
is no invented number: "almost three times as common" for a risk ratio of 2.8 or for 18%
against 6% in one sentence, "about 50% more likely" for a hazard ratio of 1.52. A number of
times the paper's figures do not give, and a rounding too far or on the wrong side of its word,
still fail. A paper and sentences written for these tests."""

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Ginger capsules for nausea after chemotherapy: a randomised trial

Methods: 300 adults starting chemotherapy took ginger capsules or placebo for five days.

Results: Nausea that needed rescue medicine occurred in 9% of the ginger group and 27% of the
placebo group. Heartburn was reported more often with ginger (risk ratio 2.8, 95% CI 1.6 to
4.9). People on ginger were more likely to finish their first cycle on time (hazard ratio
1.52, 95% CI 1.10 to 2.10).

Conclusions: Ginger reduced severe nausea but caused more heartburn."""
)


def _with(sentence: str) -> PlainSummary:
    return PlainSummary(
        headline="Ginger eased severe sickness after chemotherapy",
        what_the_study_did=sentence,
        why_it_matters="Sickness is a hard part of cancer care. Ask your doctor about it.",
        limitations="This was one trial, so the result needs checking in others.",
    )


def _invented(sentence: str) -> list[str]:
    return [
        f.message.split()[2]
        for f in check_faithfulness(PAPER, _with(sentence))
        if f.message.startswith("The number")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Heartburn was almost three times as common with ginger.",
        "Heartburn was nearly 3 times as likely on ginger.",
        "Severe sickness was three times as common on the dummy pill: 27% against 9%.",
        "People on the dummy pill were 3 times as likely to need rescue medicine.",
        "People on ginger were about 50% more likely to finish their first cycle on time.",
        "People on ginger were roughly 50% more likely to stay on schedule.",
        # more than the whole number of times below the ratio (2.8 is more than 2)
        "Heartburn was more than 2 times as common with ginger.",
    ],
)
def test_a_ratio_said_as_times_or_rounded_is_not_invented(sentence):
    assert _invented(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Heartburn was six times as common with ginger.", "6"),
        ("Heartburn was about four times as common with ginger.", "4"),
        # no ratio of the paper is more than four times
        ("Heartburn was more than four times as common with ginger.", "4"),
        # a ratio of 1.52 is not "just under" 50% more: it is over
        ("People on ginger were just under 50% more likely to finish on time.", "50"),
        ("People on ginger were about 70% more likely to finish on time.", "70"),
        # rounded without a word that says so
        ("People on ginger were 50% more likely to finish on time.", "50"),
        # the ratio's change the other way
        ("People on ginger were about 50% less likely to finish on time.", "50"),
    ],
)
def test_a_number_of_times_the_paper_does_not_give_still_fails(sentence, number):
    assert number in _invented(sentence)
