"""A modal with its verb cut, and a comparison with its second term cut (issue 8: a development
set's "melatonin may little or no difference to ...", "were more tired compared with, even when
..."): the sentence is broken. Whole sentences with the same words pass. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency_clauses import modal_break
from plainsum.checks.fluency_cuts import comparison_break


@pytest.mark.parametrize(
    "sentence",
    [
        "The spray may little or no difference to how often colds start.",
        "Extra vitamin could the risk of falls in older women.",
        "The new schedule will fewer missed doses than the old one.",
    ],
)
def test_a_modal_with_no_verb_is_broken(sentence: str) -> None:
    assert modal_break(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The spray may make little or no difference to how often colds start.",
        "People may no longer need a second jab.",
        "Against their will, some were kept in hospital.",
        "Results were published in May the following year.",
        "Can a short course of the cream help?",
        "The study asked whether the drug can a) ease pain and b) help sleep.",
        "Patients with a can of cola a day had more tooth decay.",
    ],
)
def test_a_modal_with_its_verb_or_a_noun_use_passes(sentence: str) -> None:
    assert modal_break(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Those who slept badly were more tired compared with, even when age was allowed for.",
        "The cream worked better than, so fewer people stopped using it.",
        "Pain fell more with the brace versus; swelling did not change.",
    ],
)
def test_a_comparison_with_nothing_after_it_is_broken(sentence: str) -> None:
    assert comparison_break(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Scores were greater than, or equal to, 12 in most children.",
        "Pain fell more than, for example, with a brace alone.",
        "Pain fell more with the brace than with tablets, and swelling went down too.",
        "Compared with, say, a walk, the class was harder.",
    ],
)
def test_a_comparison_with_its_terms_passes(sentence: str) -> None:
    assert comparison_break(sentence) is None
