"""A narrative review or a conceptual paper heads with the claim its authors say they argue for
("We argue that X", "Within this framework, we present evidence to support the notion that X"),
hedged as an argument is ("X may ..."), never with a side result or what the paper sets out to
do. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The review authors argue that blood tests for nerve damage are ready for use in "
            "routine MS care.",
            "Blood tests for nerve damage may be ready for use in routine MS care",
        ),
        # the argument's own hedge is enough
        (
            "Within this framework, the researchers present evidence to support the notion that "
            "yearly memory checks could help find thinking problems early in people with MS.",
            "Yearly memory checks could help find thinking problems early in people with MS",
        ),
    ],
)
def test_the_argued_claim_is_said_as_an_argument(sentence: str, expected: str) -> None:
    forms = short_forms(sentence)
    assert expected in forms
    # never stated as a fact the authors only argue for
    assert "Blood tests for nerve damage are ready for use in routine MS care" not in forms


def test_a_narrative_review_heads_with_the_claim_its_authors_argue_for() -> None:
    side = "A spinal fluid protein is linked with a higher risk of a second attack in teenagers."
    argued = (
        "The review authors argue that blood tests for nerve damage are ready for use in "
        "routine MS care."
    )
    conclusions = [measured(side, (4,), 4), measured(argued, (5,), 5)]
    said = {
        4: side,
        5: "We argue that blood tests for nerve damage are ready for use in routine MS care.",
    }
    head = choose_headline(conclusions, [], StudyDesign.NARRATIVE_REVIEW, said=said)
    assert head.origin == argued
    assert head.text.startswith("Blood tests for nerve damage may be ready")


def test_a_conclusion_said_as_found_keeps_its_place() -> None:
    first = (
        "A spinal fluid protein is linked with a higher risk of a second attack in young people."
    )
    second = "The review authors found that blood tests for nerve damage rise during attacks."
    conclusions = [measured(first, (4,), 4), measured(second, (5,), 5)]
    said = {4: first, 5: "We found that blood tests for nerve damage rise during attacks."}
    head = choose_headline(conclusions, [], StudyDesign.NARRATIVE_REVIEW, said=said)
    assert head.origin == first


def test_the_claim_the_authors_say_they_conclude_heads_wherever_it_stands() -> None:
    # an abstract without headings: its closing sentences are placed as conclusions, and the
    # one the authors say they conclude is their main claim (a side result headed before)
    side = "Early trials of yoghurt drinks in MS are small and have not shown effects on relapses."
    concluded = (
        "The review authors conclude that gut fungi may play a part in MS, but it is not yet "
        "known whether changing them can help."
    )
    conclusions = [measured(side, (4,), 4), measured(concluded, (5,), 5)]
    said = {
        4: side,
        5: "We conclude that gut fungi may play a part in MS, but it is not yet known whether "
        "changing them can help.",
    }
    head = choose_headline(conclusions, [], StudyDesign.NARRATIVE_REVIEW, said=said)
    assert head.origin == concluded
    assert head.text.startswith("Gut fungi may play a part in MS")


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        # a plural without an s stands for "them"
        ("Gut bacteria may play a part in MS, but whether changing them helps is unknown", False),
        ("Mosquito larvae grew faster when they were kept warm", False),
        # "data on their effect": the data are not what "their" stands for
        ("There is no long-term data on their effect", True),
        # nothing plural before "them": it points at a sentence the reader has not seen
        ("It is not yet known whether changing them can help", True),
    ],
)
def test_them_needs_a_plural_before_it(text: str, dangling: bool) -> None:
    assert dangles(text) is dangling


def test_only_the_first_piece_of_a_concluded_sentence_is_the_concluded_claim() -> None:
    first = (
        "The review authors conclude that eye drops probably ease the itch of hay fever in the "
        "short term."
    )
    later = "There is no long-term data on the eye drops."
    said = {
        5: "We conclude that eye drops probably ease the itch of hay fever in the short term; "
        "there is no long-term data on the eye drops."
    }
    conclusions = [measured(first, (5,), 5), measured(later, (5,), 6)]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, said=said)
    assert head.origin == first
