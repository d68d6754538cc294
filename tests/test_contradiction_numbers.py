"""A direction against its own figures: "more likely ..., 32% against 45%" says more where the
paper's two figures say fewer; the figures catch a reversal however it is worded. A direction
that agrees with its figures, a denied one, one in another clause and a figure the paper does
not have pass (sentences and figures written for these tests)."""

import pytest

from plainsum.checks.contradiction_numbers import against_own_numbers

PAPER = frozenset({"21", "38", "0.52", "0.61", "14", "9"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Children given the spray were more likely to need a hospital stay, 21% against 38%.",
        "Flare-ups were higher on the cream: 0.52 a year vs 0.61 on the dummy cream.",
        "Fewer people had a rash with the new dose (14% compared with 9%).",
        "Headaches were less common with the drug, 14 per cent versus 9 per cent.",
    ],
)
def test_a_direction_its_own_figures_go_against_is_caught(sentence):
    assert against_own_numbers(sentence, PAPER)


@pytest.mark.parametrize(
    "sentence",
    [
        "Children given the spray were less likely to need a hospital stay, 21% against 38%.",
        "Flare-ups were lower on the cream: 0.52 a year vs 0.61 on the dummy cream.",
        "More people had a rash with the new dose (14% compared with 9%).",
        # denied, or the direction in another clause
        "Flare-ups were not higher on the cream, 0.52 vs 0.61.",
        "Costs were higher; flare-ups came to 0.52 a year vs 0.61 on the dummy cream.",
        # a figure the paper does not give is the faithfulness check's
        "Children given the spray were more likely to need a hospital stay, 22% against 38%.",
        # no direction of more or less
        "A rash was three times as common with the new dose: 14% against 9%.",
    ],
)
def test_a_direction_that_agrees_or_is_not_read_passes(sentence):
    assert against_own_numbers(sentence, PAPER) is None


COUNTS = frozenset({"30", "52", "120"})


@pytest.mark.parametrize(
    "sentence, caught",
    [
        # counts of a total: the counts are set against each other, not the total against one
        (
            "More people on usual care fell than on balance classes (52 of 120 against 30 of 120).",
            False,
        ),
        (
            "More people on balance classes fell than on usual care (30 of 120 against 52 of 120).",
            True,
        ),
        (
            "Fewer people on balance classes fell than on usual care (30 of 120 versus 52 of 120).",
            False,
        ),
        # "fell" names what was counted; "more" and "fewer" compare
        (
            "Fewer people on balance classes fell than on usual care (52 of 120 versus 30 of 120).",
            True,
        ),
    ],
)
def test_counts_of_totals_after_a_comparison_are_read_as_the_two_groups(sentence, caught):
    assert bool(against_own_numbers(sentence, COUNTS)) is caught
