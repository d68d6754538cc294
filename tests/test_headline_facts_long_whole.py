"""A conclusion too long for any cut form, kept whole as the headline, is said short from the
aim's parsed facts when every slot is sure (issue 9: a 36-word headline of an MS review of
non-drug treatments for stiff muscles); an aim of "various" treatments names them without the
word, as the conclusions do. Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.plain.topic import Topic, split_topic
from plainsum.schemas import StudyDesign

_LONG = (
    "There is some evidence for home exercises such as stretching done alongside other care, "
    "and for cold packs and gentle heat for helpful effects on stiff muscles, sore joints and "
    "the time it takes to dress in people with MS."
)


def test_how_many_kinds_an_aim_covers_is_no_part_of_the_treatment() -> None:
    assert split_topic("various home exercises for easing stiffness in people with MS") == (
        Topic("home exercises", "stiffness", "ease", "in people with MS")
    )


def test_a_long_whole_conclusion_is_said_short_from_the_facts() -> None:
    conclusion = measured(_LONG, (9,))
    head = choose_headline(
        [conclusion],
        [],
        StudyDesign.REVIEW,
        topic="various home exercises for easing stiffness in people with MS",
        topic_source=2,
    )
    assert head.text == "Home exercises may ease stiffness in people with MS"
    assert head.basis == _LONG  # the authors' sentence whole is for why it matters
    assert set(head.sources) == {9, 2}


def test_without_sure_facts_the_long_conclusion_stays_whole() -> None:
    conclusion = measured(_LONG, (9,))
    head = choose_headline(
        [conclusion],
        [],
        StudyDesign.REVIEW,
        topic="home exercises and cold packs for stiffness in people with MS",  # a list
        topic_source=2,
    )
    assert head.text == _LONG.rstrip(".")
