"""`has_statistics` asks the statistics markers one by one (most answered by substring tests):
it must say what the one pattern of them all (`numbers.STAT`) says. Sentences written for the
tests, one or more for each marker and some with none."""

from __future__ import annotations

import pytest

from plainsum.plain.numbers import STAT, has_statistics

SENTENCES = [
    "Pain fell more with the brace (p < 0.05).",
    "Pain fell more with the brace, P=0.01.",
    "The CI was wide.",
    "The CIs overlapped for both groups.",
    "The 95% confidence interval crossed one.",
    "Relapses were fewer (RR 0.62) with the drug.",
    "The HR: 1.4 for the older group.",
    "The hazard ratio favoured the new drug.",
    "The mean difference in walking speed was small.",
    "The standardised mean difference favoured exercise.",
    "Scores were given with their standard deviation.",
    "The interquartile range was narrow.",
    "Weight changed by 2 ± 1 kg.",
    "A chi-square test compared the groups.",
    "A t-test compared the groups.",
    "The regression coefficient was positive.",
    "The odds of falling were lower.",
    "Pain fell by 30% (95% CI 10 to 50).",
    "Heterogeneity was high (I2 = 80).",
    "The effect size was moderate.",
    "The score was z = 2.",
    "The risk difference was small.",
    "Scores changed by -3.5.",  # (with a unit, the outcome itself: test_signed_outcome_figures)
    "The correlation was 0.45 in adults.",
    "Children took 0.5 mg of the drug each day.",
    "One OR in the table was missing.",
    "Odds and ends were collected.",
    "People with MS walked further after training.",
    "The step test took ten minutes for each child.",
    "Speed rose in the CIS group and in the ARR trial.",
    "the odds ratio was not reported in lower case.",
    "THE ODDS RATIO WAS NOT REPORTED IN CAPITALS.",
    "Ærobic exercise helped some people (ſome p < 0.05).",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_markers_one_by_one_say_what_the_one_pattern_says(text: str) -> None:
    assert has_statistics(text) == bool(STAT.search(text))


def test_the_table_holds_both_answers() -> None:
    said = [has_statistics(text) for text in SENTENCES]
    assert sum(said) >= 20 and not all(said)


@pytest.mark.parametrize(
    "text",
    [
        "The yearly relapse rate was 0.21 with the tablet and 0.33 with the injection.",
        "The relapse rate fell from 0.8 to 0.3 a year after the switch.",
        "Relapse rates were 0.15 and 0.17 in the two groups.",
    ],
)
def test_a_relapse_rate_below_one_is_a_number_a_reader_can_use(text: str) -> None:
    """Relapses a person has a year are the main result of most MS trials, not a statistic."""
    assert not has_statistics(text)


@pytest.mark.parametrize(
    "text",
    [
        "The relapse rate ratio was 0.62 with the tablet.",
        "The relapse rate was lower with the tablet (p = 0.04).",
        "The relapse rate was lower with the tablet (rate ratio 0.71).",
        "The relapse rate fell by -0.2 with the tablet.",
        "The correlation between relapse rate and age was 0.45.",
    ],
)
def test_statistics_beside_a_relapse_rate_still_count(text: str) -> None:
    assert has_statistics(text)


def test_an_amount_in_milliseconds_or_grams_is_no_statistic():
    """ "0.6 ms" is an amount a reader can read (a trial's main result on nerve signal speed
    had been left out of its draft as statistics)."""
    assert not has_statistics(
        "Latency shortened by 3.4 ms with the drug versus 0.6 ms with placebo."
    )
    assert not has_statistics("Babies gained 0.3 kilograms more with the formula.")
    assert has_statistics("The correlation was 0.6 in both groups.")
