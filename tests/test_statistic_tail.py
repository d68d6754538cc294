"""A result whose only unreadable part is a closing clause of figures ("..., with an RR of 0.62
and an NNT of 50") is drafted without that clause, rather than left out with its finding; a
clause that qualifies the finding (not significant, a trend, no difference) is never dropped."""

from __future__ import annotations

import pytest

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.statistic_tail import without_statistic_tail


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Coated catheters reduced blood infections, with an ARR of 2%, RR of 0.62 and NNTB of "
            "50.",
            "Coated catheters reduced blood infections.",
        ),
        (
            "People who walked daily spent fewer days in hospital than those who rested, with a "
            "mean difference of -3.1 days.",
            "People who walked daily spent fewer days in hospital than those who rested.",
        ),
        (
            "Some mice relapsed during the 200 days of follow-up, resulting in a cure rate of 4/9.",
            "Some mice relapsed during the 200 days of follow-up.",
        ),
    ],
)
def test_the_finding_is_drafted_without_its_figures(text: str, said: str) -> None:
    assert without_statistic_tail(text) == said
    assert [p.text for p in plain_sentences(text, sources=(3,))] == [said]


@pytest.mark.parametrize(
    "text",
    [
        # the clause says the difference was not clear: the claim alone would say more
        "The risk of kidney injury again favoured the other fluid, with a non-significant RR of "
        "1.2 in the starch group.",
        "Response rates were 48% and 61%, with a nonsignificant trend against the combination.",
        "There was no difference in survival, with an overall HR of 0.96 and no clear variation "
        "between subgroups.",
        # no figure in the clause: nothing unreadable to drop
        "Walking improved mood, with a larger gain in older adults.",
        "Survival was longer with the drug, with a median survival of 3.5 years compared with 2.3.",
        # nothing whole before the comma
        "Again, with a sensitivity of 60%.",
    ],
)
def test_a_clause_that_qualifies_or_says_no_figure_stays(text: str) -> None:
    assert without_statistic_tail(text) is None


def test_a_size_said_in_words_stays_with_its_finding() -> None:
    text = (
        "The analysis supported the finding on vitamin D, corresponding to 150 people treated "
        "over five years to prevent one death."
    )
    assert without_statistic_tail(text) is None


def test_a_comparison_with_the_sentence_before_is_not_made_to_stand_alone() -> None:
    assert (
        without_statistic_tail(
            "A more robust effect was seen for the injury outcome, with an RR of 1.22."
        )
        is None
    )
