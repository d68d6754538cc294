"""Shares in words are numbers too: "about a third" must be near a share the paper gives or
lets a reader work out (checks/number_shares.py). Paper and sentences written for these tests."""

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.checks.number_shares import invented_shares, shares_in_words
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    """Cooling vests for heat-sensitive fatigue in multiple sclerosis

Methods: We randomised 120 adults with multiple sclerosis for 8 weeks. Of these, 61 wore a
cooling vest and 59 a sham vest. Fatigue was rated on a 0 to 100 scale.

Results: Relapses were fewer with the vest (RR 0.66, 95% CI 0.50 to 0.87). In all, 26
participants (21.7%) withdrew. Fatigue fell by 48% with the cooling vest
and by 9% with the sham vest. The median time to first use was 3 days. Approximately two
thirds of participants wore the vest every day.

Conclusions: Cooling vests may ease fatigue in heat-sensitive people with MS."""
)


@pytest.mark.parametrize(
    "sentence,invented",
    [
        # no share near it in the paper
        ("Almost a third of the people dropped out.", ["Almost a third of"]),
        # the paper's shares, rounded, worked out, or on the side the word points to
        ("About a fifth of the people dropped out.", []),  # 21.7%
        ("Fatigue fell by about half with the cooling vest.", []),  # 48%
        ("About half were given the cooling vest.", []),  # 61 of 120
        ("More than half of the people wore the vest every day.", []),  # two thirds
        ("Half of the people started using the vest within 3 days.", []),  # a median
        ("Nearly two thirds wore it every day.", []),
        ("The vest cut relapses by about a third.", []),  # RR 0.66: a third fewer
        ("About half of the 120 people wore a cooling vest.", []),  # 61 of 120, two sentences
        ("Almost a third of the people wore the vest every day.", ["Almost a third of"]),
        # not a share of anything counted
        ("Each session lasted half an hour.", []),
        ("In the second half of the trial, fatigue fell.", []),
        ("Half of the heat in the body is lost through the skin.", []),
    ],
)
def test_shares_in_words_must_be_the_papers(sentence, invented):
    assert [w for w, _ in invented_shares(sentence, TRIAL)] == invented


def test_shares_in_words_are_read_with_their_hedge():
    assert [(w, round(s)) for w, s, _ in shares_in_words("nearly two-thirds of the trials")] == [
        ("nearly two-thirds of", 67)
    ]


def test_faithfulness_names_the_invented_share():
    summary = PlainSummary(
        headline="Cooling vests eased fatigue in people with MS",
        what_the_study_did="This trial gave 120 adults with MS a cooling vest or a sham vest.",
        why_it_matters="Heat can make MS fatigue worse, so cooling may help some people.",
        limitations="Almost a third of the people dropped out, which lowers confidence.",
    )
    (finding,) = check_faithfulness(TRIAL, summary)
    assert finding.section == "limitations" and "Almost a third" in finding.message


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        # the scale of a rate is no count: the rate is read as the paper's share
        ("About 22 in 100 people dropped out.", []),
        ("About 22 out of every 100 people dropped out.", []),
        ("Roughly 2 people in 10 dropped out.", []),
        ("Nearly three quarters wore the vest every day.", []),
        # a count of its own is a number like any other
        ("The vest was tested in 150 people.", ["150"]),
        ("About 35 in 100 people dropped out.", ["35"]),
        ("One in four people dropped out.", ["4"]),  # 'one' is free: the rate is read by 'four'
    ],
)
def test_the_scale_of_a_rate_is_not_an_invented_number(sentence, flagged):
    summary = PlainSummary(
        headline="Cooling vests eased fatigue in people with MS",
        what_the_study_did=sentence,
        why_it_matters="Heat can make MS fatigue worse, so cooling may help some people.",
        limitations="It was one trial, so the results need to be repeated.",
    )
    found = [f.message.split()[2] for f in check_faithfulness(TRIAL, summary)]
    assert found == flagged
