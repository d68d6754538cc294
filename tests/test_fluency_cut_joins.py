"""What a cut leaves where words meet (plainsum.checks.fluency_breaks, fluency_grammar): an
article straight before a comma, a place preposition straight before "of", a sentence ending on
a preposition that always takes an object, and a relative clause that names its own subject
but lost its verb. Each beside whole sentences of the same shape. Written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def _rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence,rule",
    [
        (
            "Fatigue scores fell by a third in the, while placebo scores did not change.",
            "broken_join",
        ),
        ("The researchers measured how well the, and found no change in sleep.", "broken_join"),
        ("Symptoms eased in most people, although a, the side effects were common.", "broken_join"),
        ("Transplants stopped disability getting worse in of the people treated.", "broken_join"),
        ("Pain eased on of the days the cream was used.", "broken_join"),
        ("Relapses were fewer with the drug despite.", "function_word_end"),
        ("Sleep got better for most of the children during.", "function_word_end"),
        ("The review found no clear answer regarding.", "function_word_end"),
        (
            "People who took the drug had fewer relapses than those who the placebo.",
            "verbless_relative",
        ),
        ("Walking improved in the group who the exercise, but not in others.", "verbless_relative"),
    ],
)
def test_a_cut_where_words_meet_is_broken(sentence: str, rule: str) -> None:
    assert rule in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatigue scores fell in the drug group, while placebo scores did not change.",
        # an aside between the article and its noun
        "Overall, the, albeit weak, evidence suggests that exercise may help.",
        "Vitamin A, a nutrient found in carrots, was given to half the children.",
        "Hepatitis A, B and C were all looked for in the blood samples.",
        "Most of the people in the trial gave up because of side effects.",
        "Care improved both in and out of hospital.",
        "Pain relief went on well beyond the end of treatment.",
        "The drug was safe in the short term, though not beyond.",
        "People who the nurses visited at home had fewer falls.",
        "Those who the doctors treated early walked better a year later.",
        "Group B, which had the drug, improved more than the others.",
        "Sleep improved during the first month and stayed better after that.",
    ],
)
def test_whole_sentences_of_the_same_shape_pass(sentence: str) -> None:
    assert _rules(sentence) == set()
