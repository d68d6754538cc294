"""Advice to turn down a test or book a dose, an imperative about a habit, a use claimed for
every baby, and an abbreviation spelled out with letters inside its words ("CVA
(cerebrovascular accident)") or in another sense than the paper's statistics ("MD (medical
doctor)"). Sentences written for these tests."""

import pytest

from plainsum.checks.abbreviations import wrong_expansions
from plainsum.checks.long_forms import summary_expansions
from plainsum.checks.promises import find_promises
from plainsum.checks.safety import find_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "If the skin test is normal, parents can turn down a blood test for their baby.",
        "Everyone who has had two doses should book a third one right away.",
        "Once you have a stoma, avoid lifting anything heavy.",
        "People with MS can decline the vaccine.",
    ],
)
def test_advice_to_refuse_book_or_avoid_is_caught(text):
    assert find_unsafe(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Parents who turned down the blood test were asked why.",  # what people did
        "The researchers booked a third visit for each child.",
        "Avoiding heavy lifting was part of the care plan in both groups.",
        "Talk with your doctor before you turn down any test.",  # sends readers to care
    ],
)
def test_reports_and_care_pointers_pass(text):
    assert find_unsafe(text) == [], text


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("A skin test can replace the blood test in every newborn baby.", True),
        ("The skin test was compared with the blood test in every baby in the study.", False),
    ],
)
def test_a_use_claimed_for_every_baby_overclaims(text, flagged):
    assert ("universality" in [p.family.name for p in find_promises(text)]) is flagged


COUGH = "The commonest cause was cough variant asthma (CVA) in 41 of 103 patients."
STATS = "Creatine did not change movement scores (MD -0.26; 95% CI -4.39 to 3.88)."


@pytest.mark.parametrize(
    "source,summary,short",
    [
        (COUGH, "The most common was CVA (cerebrovascular accident).", "CVA"),
        (STATS, "The change, given as an MD (medical doctor) of -0.26, was not clear.", "MD"),
    ],
)
def test_a_wrong_expansion_by_inner_letters_or_sense_is_caught(source, summary, short):
    assert [w.short for w in wrong_expansions(source, summary)] == [short]


@pytest.mark.parametrize(
    "source,summary",
    [
        (COUGH, "The most common was CVA (a form of asthma whose main sign is a cough)."),
        (COUGH, "The most common was cough variant asthma (CVA)."),
        (STATS, "The mean difference (MD) in movement scores was small and unclear."),
    ],
)
def test_right_expansions_and_explanations_pass(source, summary):
    assert wrong_expansions(source, summary) == []


def test_inner_letters_count_only_after_the_abbreviation_in_brackets():
    assert summary_expansions("CVA (cerebrovascular accident) was rare.") == {
        "CVA": "cerebrovascular accident"
    }
    assert summary_expansions("CVA (a cough that lasts) was common.") == {}
