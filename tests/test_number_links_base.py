"""A count of people said as the base of a share ("each of the 41 adults", "12 of the 38
patients") must be a count the paper has: a number the paper gives only as a share is no
number of people, base or not. A base the paper counts as people passes. A paper and sentences
written for these tests."""

from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

PAPER = parse(
    """Melatonin for jet lag: a crossover trial

Methods: 38 adults flying east took melatonin and placebo on two trips, in random order.

Results: Jet lag scores were lower with melatonin, and 100% of them finished. Side effects were
reported by 41% on melatonin and 35% on placebo. Sleepiness was the most common side effect."""
)


def test_a_share_given_as_the_base_of_people_is_misattributed():
    sentence = "Each of the 41 adults took melatonin on one trip and a dummy pill on the other."
    assert [n for n, _, _ in misattributed_numbers(sentence, PAPER)] == ["41"]


def test_a_base_the_paper_counts_as_people_passes():
    sentence = "Each of the 38 adults took melatonin on one trip and a dummy pill on the other."
    assert misattributed_numbers(sentence, PAPER) == []


def test_a_rate_on_a_scale_of_a_hundred_people_is_no_base():
    sentence = "Forty-one out of 100 people had side effects on melatonin."
    assert misattributed_numbers(sentence, PAPER) == []
