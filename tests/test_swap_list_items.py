"""A glossary swap never makes a list name one of its items twice, and a long aim's head never
stops on the first of two paired adjectives (plain/noun_stacks.repeats_list_item, plain/aim.py).
Every sentence is written for these tests."""

from __future__ import annotations

import re

import pytest

from plainsum.ingest import parse
from plainsum.plain.aim import short_aim, studied_from, without_comparators
from plainsum.plain.glossary import plain_words
from plainsum.plain.noun_stacks import repeats_list_item
from plainsum.plain.source import source_sentences


@pytest.mark.parametrize(
    ("sentence", "kept", "not_said"),
    [
        # the plain phrase holds a word another item of the list already is
        (
            "Cysts may form in the liver, brain, bone, central nervous system, and kidney.",
            "central nervous system",
            "brain, bone, brain and spinal cord",
        ),
        (
            "The cream was cheap, effective and helpful for most users.",
            "effective",
            "cheap, helpful and helpful",
        ),
        (
            "The brain, central nervous system and nerves of the mice were examined.",
            "central nervous system",
            "brain and spinal cord and nerves",
        ),
    ],
)
def test_a_swap_that_repeats_a_list_item_is_not_made(
    sentence: str, kept: str, not_said: str
) -> None:
    out = plain_words(sentence)
    assert kept in out
    assert not_said not in out


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # no other item shares a word with the plain phrase: the swap is made
        (
            "Lesions were seen in the skin, muscle and central nervous system.",
            "brain and spinal cord",
        ),
        ("The new clinic was feasible and acceptable to nurses.", "practical and acceptable"),
        # no list at all
        ("The drug reached the central nervous system quickly.", "brain and spinal cord"),
    ],
)
def test_a_swap_in_a_list_without_a_repeat_is_made(sentence: str, said: str) -> None:
    assert said in plain_words(sentence)


@pytest.mark.parametrize(
    ("term", "plain", "before", "after", "repeats"),
    [
        (
            "central nervous system",
            "brain and spinal cord",
            "the heart, brain, ",
            ", and kidney",
            True,
        ),
        ("central nervous system", "brain and spinal cord", "the heart, ", " and kidney", False),
        # a repeat outside the clause (after a semicolon) is another list
        ("central nervous system", "brain and spinal cord", "brain scans; bone, ", ".", False),
        # the term holds the word itself: nothing new is brought in
        ("therapy", "treatment", "surgery, treatments, ", " and rest", True),
        # a longer item that only shares its head names another thing
        ("mortality", "deaths", "", ", death from stroke and pain", False),
        ("treatment", "treatment", "drug treatment, ", " and rest", False),
        # not in a list: the near-word rule (`repeats_word`) decides, not this one
        ("central nervous system", "brain and spinal cord", "the brain of the ", " was", False),
    ],
)
def test_repeats_list_item(term: str, plain: str, before: str, after: str, repeats: bool) -> None:
    assert repeats_list_item(term, plain, before, after) is repeats


@pytest.mark.parametrize(
    "aim",
    [
        "The review authors wanted to assess the effects of integrated versus non-integrated "
        "orbital implants for treating empty eye sockets.",
        "The researchers wanted to compare the effects of oral versus intravenous steroids for "
        "relapses in people with MS.",
    ],
)
def test_an_aim_head_never_stops_on_the_first_of_paired_adjectives(aim: str) -> None:
    # no head, or one that says both sides with the noun they share (plain/aim.py)
    for head in (short_aim(aim), short_aim(aim, compact=True)):
        assert head is None or re.search(r"\bversus [\w-]+ (?:orbital implants|steroids)\b", head)


def test_paired_adjectives_are_said_with_their_shared_noun() -> None:
    aim = (
        "The researchers wanted to compare the effects of oral versus intravenous steroids for "
        "relapses in people with MS."
    )
    assert short_aim(aim) == aim


@pytest.mark.parametrize(
    ("aim", "head"),
    [
        (
            "The review authors wanted to assess the effects of lithium versus placebo for "
            "treating mania in adults.",
            "The review authors looked at lithium for treating mania in adults.",
        ),
        (
            "The review authors wanted to assess the effects of exercise versus usual care for "
            "fatigue in people with MS.",
            "The review authors looked at exercise for fatigue in people with MS.",
        ),
    ],
)
def test_an_aim_head_on_a_noun_is_kept(aim: str, head: str) -> None:
    assert short_aim(aim, compact=True) == head


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # "no treatment" is another item than "a dummy treatment"
        (
            "More people had side effects with the drug compared to placebo or no treatment.",
            "dummy treatment",
        ),
        # an item that goes on past the shared word names another thing
        ("The drug lowered mortality, death due to stroke, and pain.", "lowered deaths"),
        # the repeat stands in another list, after the term's own ended
        (
            "The intensity and duration of campaigns may matter, but length of follow-up varied.",
            "intensity and length of campaigns",
        ),
    ],
)
def test_a_swap_beside_a_different_item_is_made(sentence: str, said: str) -> None:
    assert said in plain_words(sentence)


@pytest.mark.parametrize(
    "aim",
    [
        "The researchers wanted to assess the use of low-dose versus high-dose heparin given "
        "into a vein during heart procedures for preventing clots in children.",
        "The review authors wanted to assess the effect of computer-assisted versus "
        "paper-based history taking for finding people at risk of diabetes.",
    ],
)
def test_an_aim_is_never_cut_before_a_comparison_of_two_modifiers(aim: str) -> None:
    assert without_comparators(aim) is None


def test_an_aim_without_its_comparators_keeps_its_noun() -> None:
    aim = (
        "The researchers wanted to assess the effects of training for health workers, "
        "compared to no training or usual training."
    )
    assert without_comparators(aim) == (
        "The researchers wanted to assess the effects of training for health workers."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a point added to the conclusion speaks of a side of the topic
        "Furthermore, there is a lack of evidence from trials on the effects of cooling vests "
        "in older people with MS.",
        "In addition, the effects of cooling vests in children with MS were not studied.",
    ],
)
def test_what_was_studied_is_never_read_from_an_added_point(sentence: str) -> None:
    text = "Nine trials met the entry rules. Cooling made no difference to walking. " + sentence
    assert studied_from(source_sentences(parse(text)), review=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "There is weak evidence on the effects of cooling vests in people with MS.",
        # the authors' gap in their own topic is still what they looked at
        "There is a lack of evidence on the effects of cooling vests in people with MS.",
    ],
)
def test_what_was_studied_is_still_read_from_the_conclusion(sentence: str) -> None:
    text = "Nine trials met the entry rules. Cooling made no difference to walking. " + sentence
    built = studied_from(source_sentences(parse(text)), review=True)
    assert built is not None
    assert built[0] == "The review authors looked at cooling vests in people with MS."
