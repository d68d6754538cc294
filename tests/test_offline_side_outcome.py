"""A result on a secondary outcome never heads in place of the authors' conclusion where another
result is on the primary outcome (issue 9: a bladder-stimulation trial headed with how many rated
themselves much improved, a registry switching study with its serious infections). Abstracts
written for these tests, in the shape of journal abstracts."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather
from plainsum.plain.results import primary_terms
from plainsum.plain.side_outcome import nearer_result, on_a_side_outcome

STRETCH = """Evening stretching for leg spasms in MS: a randomised trial

Background: Leg spasms disturb sleep in many people with MS.
Methods: We randomly assigned 120 people with MS and night-time leg spasms to a 10-minute \
evening stretching routine or to usual care for 8 weeks. The primary outcome was the number of \
spasm episodes per night recorded in a sleep diary.
Results: Spasm episodes went from 4.2 to 2.1 per night with stretching and from 4.0 to 3.7 \
with usual care. More people in the stretching group said their sleep was much better (52% vs \
18%). Two people reported mild muscle soreness.
Conclusions: A short evening stretching routine reduced night-time spasms in people with MS.
"""

PRIMARY = "The primary outcome was time to first relapse; secondary outcomes were new lesions."


def test_a_result_off_the_primary_outcome_is_a_side_one() -> None:
    primary = primary_terms([PRIMARY])
    relapse = "Over two years, 7% of the first group and 8% of the second group had a relapse."
    infections = "Serious infections occurred at similar rates in the two groups."
    assert on_a_side_outcome(infections, [relapse, infections], primary)
    # the result on the primary outcome is no side one, and neither is any with no rival
    assert not on_a_side_outcome(relapse, [relapse, infections], primary)
    assert not on_a_side_outcome(infections, [infections], primary)


def test_no_primary_outcome_named_no_side_one() -> None:
    relapse = "Over two years, 7% of the first group and 8% of the second group had a relapse."
    infections = "Serious infections occurred at similar rates in the two groups."
    assert not on_a_side_outcome(infections, [relapse, infections], frozenset())


def test_the_conclusion_heads_over_a_secondary_result() -> None:
    source = parse(STRETCH)
    head, sections = compose(gather(source, detect_design(source)))
    assert head.text.startswith("A short evening stretching routine reduced")
    body = " ".join(line.text for line in sections["what_the_study_did"])
    # both results are still said in the body
    assert "Spasm episodes went from 4.2 to 2.1" in body
    assert "said their sleep was much better" in body


def test_a_result_saying_less_of_the_conclusion_is_a_side_one() -> None:
    conclusion = "People with MS who take the drug are more likely to have low ferritin."
    rests_on = "Low ferritin was found in 18% of people who take the drug and 8% of others."
    aside = "Longer use of the drug was linked with lower levels."
    assert nearer_result(aside, [rests_on, aside], conclusion)
    assert not nearer_result(rests_on, [rests_on, aside], conclusion)


def test_how_an_outcome_was_measured_is_no_rival() -> None:
    conclusion = "Evening stretching reduced night-time muscle spasms in people with MS."
    measured = "Muscle spasms were counted on a frequency scale."
    result = "Mean scores were 1.1 points lower after stretching than after rest."
    assert not nearer_result(result, [measured, result], conclusion)
    assert not on_a_side_outcome(result, [measured, result], frozenset({"muscle", "spasms"}))
