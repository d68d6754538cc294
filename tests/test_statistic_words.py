"""A ratio statistic said in plain words only where its meaning is sure and its number reads as
a word (plain/statistic_words.py, used by plain/simplify.rewrite). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import rewrite
from plainsum.plain.statistic_words import plain_ratios


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a per cent drop is already relative: "relative" goes, the number stays
        ("Bracing led to a 40% drop in the relative risk of falls.", "a 40% drop in the risk"),
        ("Diet gave a 20% reduction in relative risk of gout.", "a 20% reduction in the risk"),
        # a ratio of 0.5, 2 or 3 named with its number reads as a word
        ("Falls were fewer: the relative risk was 0.5.", "the risk was half that of the"),
        ("The pooled risk ratio was 2.0 in women.", "The risk was twice that of the comparison"),
        ("Pain was rarer with a risk ratio of 0.50.", "with half the risk of the comparison"),
        ("The trial showed a rate ratio of 3 for bleeds.", "showed three times the rate of the"),
    ],
)
def test_a_ratio_is_said_in_words_where_it_is_sure(text: str, plain: str) -> None:
    assert plain in plain_ratios(text)


@pytest.mark.parametrize(
    "text",
    [
        # a decimal no word says, a range, a ratio not named with its number: as written
        "Falls were fewer: the relative risk was 0.81.",
        "The relative risk was 0.5 to 0.9.",
        "The risk ratio for falls in the two trials was 0.5.",
        # other ratios, and a ratio that opens its clause
        "The hazard ratio was 0.5.",
        "The odds ratio was 2.0.",
        "A relative risk of 2 was seen.",
        "The pooled estimate had a relative risk of 0.5.",
        # a drop in something else
        "There was a 40% drop in falls and the relative risk was small.",
    ],
)
def test_any_other_ratio_is_left_as_written(text: str) -> None:
    assert plain_ratios(text) == text


def test_rewrite_says_the_drop_in_the_risk() -> None:
    out = rewrite("Bracing led to an 80% drop in the relative risk of falls (RR 0.2).", True)
    assert out == "Bracing led to an 80% drop in the risk of falls."


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a stated difference that was statistically significant: said without the word, never
        # "clearly higher" (read as a large or obvious difference)
        (
            "Fatigue scores were significantly lower in the cooling group (p = 0.02).",
            "Fatigue scores were lower in the cooling group.",
        ),
        (
            "Balance training significantly improved walking speed (p < 0.01).",
            "Balance training improved walking speed.",
        ),
        (
            "There was a significant drop in relapses with the drug (p = 0.03).",
            "There was a drop in relapses with the drug.",
        ),
        (
            "There was a statistically significant difference in grip strength (p = 0.04).",
            "There was a difference in grip strength.",
        ),
        (
            "A significant increase in days in hospital was seen (p = 0.01).",
            "An increase in days in hospital was seen.",
        ),
        # "no" inside the clause that negates nothing ("compared with no exercise")
        (
            "We found a significant drop in fatigue compared with no exercise (p < 0.01).",
            "The researchers found a drop in fatigue compared with no exercise.",
        ),
        # a singular noun with no determiner takes an article: no "showed difference"
        (
            "The score showed significant difference, favouring the drug (p = 0.01).",
            "The score showed a difference, favouring the drug.",
        ),
        (
            "Significant improvement in balance was seen with training (p = 0.01).",
            "An improvement in balance was seen with training.",
        ),
        (
            "Significant improvements in balance were seen (p = 0.01).",
            "Improvements in balance were seen.",
        ),
        (
            "Pain scores differed significantly between the two arms (p = 0.01).",
            "Pain scores differed between the two arms.",
        ),
        (
            "Tiredness fell significantly in the cooled group (p = 0.01).",
            "Tiredness fell in the cooled group.",
        ),
    ],
)
def test_significance_of_a_stated_difference_is_not_said_as_clearly(text: str, plain: str) -> None:
    assert rewrite(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # no difference: "no clear difference" is the honest plain form
        (
            "There was no significant difference in relapses (p = 0.4).",
            "There was no clear difference in relapses.",
        ),
        ("The drug did not significantly reduce pain (p = 0.3).", "did not clearly reduce pain"),
        (
            "Walking did not differ significantly between groups (p = 0.5).",
            "did not differ clearly",
        ),
        # a negation later in the clause: dropping the word would say no difference was seen
        (
            "Significant differences were not found for any outcome (p > 0.05).",
            "Clear differences were not found for any outcome.",
        ),
        (
            "Compared with rest, a significant change was not seen (p = 0.3).",
            "a clear change was not seen",
        ),
        ("Each trial measured falls, and none found a significant difference.", "none found a"),
        # no verb right before: no article comes in ("the only a difference")
        ("This was the only significant difference (p = 0.02).", "the only clear difference"),
        ("Pooling showed an overall significant effect (p = 0.02).", "an overall clear effect"),
        # negated, a singular noun with no determiner keeps its word: "no clear difference"
        ("Scores showed no significant difference (p = 0.4).", "showed no clear difference"),
        ("There was a non-statistically significant drop in falls (p = 0.2).", "non-statistically"),
        # the paper's slip "a significant effects" is left for wholeness to see, not half mended
        ("There were a significant treatment effects (p = 0.01).", "There were a clear treatment"),
        (
            "Relapses fell significantly at week 24 but not at week 48 (p = 0.02).",
            "Relapses fell clearly at week 24 but not at week 48.",
        ),
        # "non-significant" is no "non-": the word stays whole
        (
            "Trials showed a non-significant increase in falls (p = 0.2).",
            "non-significant increase",
        ),
        # a small but significant effect, a nearly significant one: the paper's words stay
        ("There was a small but significant rise in pain (p = 0.04).", "small but significant"),
        ("There was a nearly significant increase in pain (p = 0.06).", "nearly significant"),
        # not a statistical result: the word stays
        ("Heat is a significant burden for people with MS.", "a significant burden"),
    ],
)
def test_significance_stays_where_dropping_it_would_change_the_sense(text: str, plain: str) -> None:
    assert plain in rewrite(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # "clinically significant" is big enough to matter, never "clinically clear"
        (
            "All three doses gave clinically significant drops in pain (p < 0.01).",
            "All three doses gave meaningful drops in pain.",
        ),
        ("There was no clinically significant change in mood.", "no meaningful change in mood"),
        (
            "Pooling gave a statistically and clinically significant effect (p = 0.01).",
            "Pooling gave a meaningful effect.",
        ),
        (
            "There were no statistically or clinically significant differences in pain.",
            "There were no clear or meaningful differences in pain.",
        ),
    ],
)
def test_clinically_significant_is_meaningful(text: str, plain: str) -> None:
    assert plain in rewrite(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a word that only strengthens "significant" goes with it, never left alone
        (
            "Fatigue was highly significantly reduced with the drug (p < 0.001).",
            "Fatigue was reduced with the drug.",
        ),
        (
            "The new ward gave a very significant drop in falls (p < 0.001).",
            "gave a drop in falls.",
        ),
        (
            "Walking speed improved highly significantly in the drug group (p < 0.001).",
            "Walking speed improved in the drug group.",
        ),
    ],
)
def test_an_intensifier_goes_with_significant(text: str, plain: str) -> None:
    assert plain in rewrite(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "most significant" ranks results by significance: cut, it reads "the most changes"
        ("The most significant changes in the cohort were a rise in one gut bacterium.", "most"),
        ("A less significant rise in pain was seen at week 12 (p = 0.04).", "less"),
        # opening the sentence, or negated: both words stay, never "Very drops"
        ("Very significant drops in relapses were seen (p < 0.001).", "Very significant drops"),
        ("Pain was not highly significantly reduced (p = 0.04).", "not highly"),
    ],
)
def test_significance_ranked_or_opening_stays_whole(text: str, kept: str) -> None:
    out = rewrite(text)
    assert kept in out
    assert "most changes" not in out and "less rise" not in out and "Very drops" not in out


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a direction, then no significant difference: said of the difference
        (
            "Hospital stays were longer with splints and were higher with casts but did not "
            "differ significantly between treatments (MD 1.2 days, 95% CI -0.3 to 2.7).",
            "were higher with casts, but the difference between treatments was not clear.",
        ),
        (
            "Falls were fewer in the balance group but did not differ statistically.",
            "Falls were fewer in the balance group, but the difference was not clear.",
        ),
        (
            "The rate of infections was lower with the cream, but did not differ significantly "
            "between groups.",
            "was lower with the cream, but the difference between groups was not clear.",
        ),
    ],
)
def test_a_direction_then_no_clear_difference_is_said_of_the_difference(text, plain):
    assert plain in rewrite(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no direction before it: "did not differ clearly" is whole and says it
        ("Pain scores did not differ significantly between groups.", "did not differ clearly"),
        # the tail narrows where it did not differ: left as written
        (
            "Pain was lower with the cream but did not differ significantly in the second year.",
            "but did not differ clearly in the second year",
        ),
    ],
)
def test_no_direction_or_a_narrowed_tail_is_left_as_written(text, kept):
    assert kept in rewrite(text)
