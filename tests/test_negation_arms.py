"""'versus no eyelid closure', 'than no treatment': a "no" that names the comparison arm
denies nothing, so the direction after it in the clause is still the paper's claim, and a
summary that says the same is not told it contradicts the paper."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.negation import negated_in_clause

SOURCE = "One trial compared pressing on the tear duct versus no pressing on lowering eye pressure."


@pytest.mark.parametrize(
    "sentence, word",
    [
        (SOURCE, "lowering"),
        ("Exercise versus no exercise reduced fatigue in the first trial.", "reduced"),
        ("Massage was better than no treatment for neck pain.", "better"),
    ],
)
def test_no_naming_the_comparison_arm_denies_nothing(sentence, word):
    assert not negated_in_clause(sentence, sentence.index(word))


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Pressing on the tear duct led to no lowering of eye pressure.", "lowering"),
        ("The trial found no reduction in fatigue with exercise.", "reduction"),
    ],
)
def test_no_before_the_direction_still_denies_it(sentence, word):
    assert negated_in_clause(sentence, sentence.index(word))


def test_a_summary_saying_the_same_aim_is_not_a_contradiction():
    summary = (
        "One trial looked at pressing on the tear duct, against no pressing, for lowering "
        "eye pressure."
    )
    assert contradiction(summary, [SOURCE]) is None
