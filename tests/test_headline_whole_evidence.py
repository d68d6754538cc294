"""A headline says what the whole study found, of something it names (issue 9): never an effect
with no "of what" ("The true effect is likely to be greatly different"), never the result of a
subgroup or sensitivity analysis over the result for all, never an outlook ("In the end, X will
be critical to designing Y"), never a list of what was given. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.headline.rank import part_only
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _numbered(*texts: str, start: int = 0):
    return [measured(t, (i,)) for i, t in enumerate(texts, start)]


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # the effect of what, the difference between what: the headline does not say
        ("The true effect is likely to be very different from the estimate", True),
        ("Benefit up to 3 months was seen when only the larger trials were counted", True),
        ("Benefits were not kept at 12 weeks", True),
        ("The effect may be similar to a higher dose of the older drug", True),
        ("The overall difference was small and uncertain", True),
        # they name what the effect is of, or say the claim
        ("The effect of the cooling vest on tiredness was small", False),
        ("Benefits for walking speed were seen in the exercise group", False),
        ("Estimates suggest that home visits cost less than clinic visits", False),
        ("The effect sizes for pain were low", False),
        ("Differences between the two diets were small", False),
        ("Exercise had a clear benefit on fatigue in people with MS", False),
    ],
)
def test_an_effect_that_names_nothing_it_is_of_dangles(text: str, leans: bool) -> None:
    assert dangles(text) is leans


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("A subgroup analysis found less pain in the older women", True),
        ("In a sensitivity analysis, the benefit on sleep held", True),
        ("Benefit on pain was clear when considering only the better trials", True),
        ("The effect was larger when only high quality studies were included", True),
        (
            "No clear difference was seen in low-risk women, whereas the high-risk studies showed "
            "a benefit",
            True,
        ),
        ("Fewer relapses were seen with the drug than with placebo", False),
        ("Only one trial measured walking speed", False),
        ("Analysis of all trials showed less pain with the cream", False),
    ],
)
def test_a_result_of_part_of_the_evidence_is_read_as_such(text: str, part: bool) -> None:
    assert part_only(text) is part


def test_the_result_for_all_heads_over_a_subgroup_result() -> None:
    results = _numbered(
        "A subgroup analysis showed fewer falls with the exercise class in women over 80",
        "Falls did not fall clearly with the exercise class in the trials as a whole",
    )
    head = choose_headline([], results, StudyDesign.REVIEW)
    assert head.text.startswith("Falls did not fall clearly")


def test_a_piece_split_off_a_subgroup_sentence_is_of_the_subgroup_too() -> None:
    paper = (
        "A subgroup analysis showed no clear difference in low-risk women, whereas the "
        "high-risk studies showed a benefit for the newborn."
    )
    results = [
        measured("But the high-risk studies showed a benefit for the newborn.", (0,)),
        measured("Extra oxygen raised the mothers' blood oxygen levels in all trials.", (1,)),
    ]
    head = choose_headline([], results, StudyDesign.REVIEW, said={0: paper})
    assert head.text.startswith("Extra oxygen raised")
    # without the paper's sentence, the split piece reads as a result for all and heads
    alone = choose_headline([], results, StudyDesign.REVIEW)
    assert "high-risk" in alone.text


def test_an_outlook_gives_way_to_a_finding() -> None:
    conclusions = _numbered(
        "In the end, a better grasp of brain energy will be critical to designing new diets "
        "for epilepsy",
        "The diet lowered the number of seizures in most children with rare energy disorders",
    )
    head = choose_headline(conclusions, [], StudyDesign.NARRATIVE_REVIEW)
    assert head.text.startswith("The diet lowered")


def test_an_effect_of_nothing_named_never_heads() -> None:
    conclusions = _numbered(
        "The trials were small and there is little confidence in the estimates",
        "The true effect is likely to be very different",
        "Side effects did not differ between the gel and placebo groups",
    )
    head = choose_headline(conclusions, [], StudyDesign.REVIEW)
    assert not head.text.startswith("The true effect")


@pytest.mark.parametrize(
    ("text", "procedure"),
    [
        ("The drugs used were a pill in 40 people and an injection in 60 people", True),
        ("The creams used were of two strengths", True),
        ("The drug used to treat the attack lowered pain within an hour", False),
        ("People who used the app were more active", False),
    ],
)
def test_what_was_given_is_procedure(text: str, procedure: bool) -> None:
    assert is_procedural(text) is procedure
