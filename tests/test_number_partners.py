"""Number partners: two shares a summary sets against each other that the paper sets against
other shares ("73% against 13%" where the paper has 73% versus 33% for one result and 13% versus
7% for another). Papers and sentences written for these tests."""

import pytest

from plainsum.checks.number_partners import other_partner_numbers
from plainsum.ingest import parse

SPLINT = parse(
    """Objectives: To compare a night splint with painkillers for thumb pain.

Main results: One trial with 90 people was included. More people had less pain with the splint \
(64% with the splint versus 31% with painkillers), but full recovery was rare and did not \
clearly differ (12% versus 9%)."""
)

LISTED = parse(
    """Main results: Pain eased in 64% of people with the splint compared with 31% with \
painkillers. Full recovery was seen in 12% versus 9%. At the end, 64% and 12% were still using \
the splint and the painkillers, respectively."""
)


@pytest.mark.parametrize(
    "sentence, moved",
    [
        ("More people had less pain with the splint: 64% against 12% with painkillers.", "12"),
        ("Full recovery was seen in 31% with the splint versus 9% with painkillers.", "9"),
    ],
)
def test_a_share_set_against_another_results_share_is_misattributed(sentence, moved):
    found = other_partner_numbers(sentence, SPLINT)
    assert [f[0] for f in found] == [moved]


@pytest.mark.parametrize(
    "sentence",
    [
        "More people had less pain with the splint: 64% against 31% with painkillers.",
        "Full recovery was rare: 12% with the splint compared with 9% with painkillers.",
        # no comparison said: each share stands alone
        "Pain eased in 64% of people with the splint, and 12% recovered fully.",
    ],
)
def test_shares_kept_with_their_partners_pass(sentence):
    assert not other_partner_numbers(sentence, SPLINT)


def test_a_pair_the_paper_gives_some_other_way_is_not_judged():
    # 64% and 12% stand together in a sentence of the paper that says "respectively"
    assert not other_partner_numbers("It eased pain in 64% against 12% of people.", LISTED)
