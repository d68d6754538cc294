"""A verdict between two arms ("A did better than B") read against the paper's sentences on
the same two: no difference between them, or the other one ahead (issue 8: reversed findings
the polarity lists miss, as the verdict names no outcome near its word)."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction_verdict import verdict_against, verdicts

NULL = (
    "There was no statistically significant difference between ginger capsules and "
    "metoclopramide in the number of vomiting episodes at 24 hours."
)
TURNED = (
    "Participants treated with the bandage healed significantly faster and had more "
    "favourable wound scores than did participants who received the gel dressing."
)
DENIED = "Low-certainty evidence suggests that melatonin is no better than zopiclone for sleep."


@pytest.mark.parametrize(
    "summary, evidence, findings",
    [
        # a winner where the paper names both arms and says they did not differ
        ("Ginger capsules did clearly better than metoclopramide for vomiting.", [NULL], []),
        ("Ginger came out ahead of metoclopramide.", [NULL], []),
        ("Metoclopramide trailed ginger on vomiting.", [NULL], []),
        # the paper's winner the other way round, said either way
        ("The gel dressing did better than the bandage.", [], [TURNED]),
        ("The bandage did worse than the gel dressing.", [], [TURNED]),
        ("The gel dressing outperformed the bandage for healing.", [], [TURNED]),
        # a denied verdict in the paper ("no better than") is no winner either
        ("Melatonin worked better than zopiclone for sleep.", [], [DENIED]),
    ],
)
def test_a_winner_the_paper_does_not_name_is_contradicted(summary, evidence, findings):
    assert verdict_against(summary, evidence, findings)


@pytest.mark.parametrize(
    "summary, evidence, findings",
    [
        # the same winner as the paper's
        ("The bandage did better than the gel dressing.", [], [TURNED]),
        ("The gel dressing did worse than the bandage.", [], [TURNED]),
        # no winner said, or only hoped for, or taken back
        ("Ginger and metoclopramide did about as well as each other.", [NULL], []),
        ("Ginger capsules may do better than metoclopramide.", [NULL], []),
        (
            "Ginger did better than metoclopramide, but the gap could be down to chance.",
            [NULL],
            [],
        ),
        ("Melatonin was no better than zopiclone.", [], [DENIED]),
        # a paper's sentence on other arms
        ("Ginger did better than a dummy pill.", [NULL], []),
        # "better quality of life" names an outcome, not a winner
        ("People on ginger had better quality of life.", [NULL], []),
    ],
)
def test_an_agreeing_or_unsaid_verdict_passes(summary, evidence, findings):
    assert verdict_against(summary, evidence, findings) is None


def test_a_paper_sentence_with_a_change_in_it_denies_no_winner():
    mixed = (
        "Ginger reduced nausea scores, and there was no difference between ginger and "
        "metoclopramide in vomiting."
    )
    assert verdict_against("Ginger did better than metoclopramide.", [mixed], []) is None


def test_verdict_arms_and_outcome():
    (v,) = verdicts("A shorter course, five days of antibiotics, did better than ten days.")
    assert v.outcome == "win"
    assert "antibiot" in v.first and "ten" in v.second
    (denied,) = verdicts("Steroid drops were not shown to be superior to saline drops.")
    assert denied.outcome == "none"
