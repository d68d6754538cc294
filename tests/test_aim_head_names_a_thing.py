"""A long aim's head names a thing or is not drafted (issue 9): "The review authors wanted to
compare the effects of variations." (CD007412, independent reader w1) was cut before what the
variations were of; "interventions", "screening", "any intervention" likewise name nothing
without their "for ..." phrase. Two modifiers of one noun are said with that noun ("active
versus expectant management of labour"), never as an adjective alone. Aims written for these
tests (plain/aim.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.aim import short_aim

WHO = "The review authors wanted to "


@pytest.mark.parametrize(
    "aim",
    [
        "compare the effects of variations in the bundles of early and delayed care of the "
        "newborn cord on heavy bleeding and other outcomes of mother and baby.",
        "compare the effects of changes in the timing of the first feed on weight gain in "
        "newborn babies.",
        "assess the effects of interventions for people leaving prison with long-term drug "
        "problems in reducing crime or drug use, or both.",
        "assess the effects of screening for kidney disease based on different risk levels and "
        "settings on health outcomes.",
        "assess the benefits and safety of any intervention for the care of women and their "
        "babies after a diagnosis of early waters breaking.",
    ],
)
def test_a_head_that_names_nothing_is_not_drafted(aim: str) -> None:
    assert short_aim(WHO + aim) is None


@pytest.mark.parametrize(
    ("aim", "head"),
    [
        # a named kind of care keeps its head
        (
            "assess the effects of exercise therapy compared with no exercise or another "
            "treatment on tiredness, measured by questionnaires, in people with MS.",
            "assess the effects of exercise therapy in people with MS.",
        ),
        # two modifiers of one noun: said with the noun they share
        (
            "compare the effects of early versus delayed clamping of the newborn cord on "
            "heavy bleeding and other outcomes of mother and baby.",
            "compare the effects of early versus delayed clamping of the newborn cord.",
        ),
        (
            "assess the benefits and harms of low-dose versus high-dose aspirin in adults "
            "with a past stroke.",
            "assess the benefits and harms of low-dose versus high-dose aspirin in adults "
            "with a past stroke.",
        ),
    ],
)
def test_a_head_says_what_was_studied(aim: str, head: str) -> None:
    assert short_aim(WHO + aim) == WHO + head
