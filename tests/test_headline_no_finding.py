"""The headline is a finding, never a sentence of the authors' conclusions that says none
(issue 9): advice to clinicians or to the women in the trials, how the studies reported, how an
analysis held up or was laid out, where the evidence comes from, doubt about the conclusions.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.no_finding import conceded, says_no_finding
from plainsum.plain.headline.open_question import still_open
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice
        ("Women could be given information on the risks of both kinds of birth.", True),
        ("Parents of young children should be told about both sleep plans.", True),
        ("Clinicians should consider whether the drug suits each patient.", True),
        ("Health care providers may wish to offer the brace to older adults.", True),
        # how the studies reported, how an analysis held up or was laid out
        ("The review authors found a lack of consistent reporting.", True),
        ("We noted poor reporting of side effects across the trials.", True),
        ("The direction of the effect remained unchanged.", True),
        ("The data were divided into nine comparisons by type of exercise.", True),
        ("There were 12 comparisons for the main outcome.", True),
        # where the evidence comes from
        ("Most of the evidence for the pump was obtained in heart surgery.", True),
        ("Much of the data came from two large trials in Europe.", True),
        # how much is known, how the trials were run (as before)
        ("Limited data on yoga for sleep exist", True),
        ("Most trials had a high risk of bias.", True),
        ("Only two small placebo-controlled trials of the patch have been done", True),
        ("Only one trial of cooling vests was carried out.", False),  # with its full stop
        ("Only three studies were conducted", True),
        # findings, advice said of the treatment, findings about reporting
        ("Walking groups reduce tiredness in older adults.", False),
        ("The brace should be offered to people with weak ankles.", False),
        ("Women who were given the leaflet felt better informed.", False),
        ("Most of the benefit was seen in the first month.", False),
        ("Self-reporting of pain fell with the new drug.", False),
        ("The size of the effect was larger in older adults.", False),
        ("Only two trials found that the patch eased pain", False),
        ("Only one of the trials was done in people with MS and it found no benefit", False),
    ],
)
def test_a_sentence_that_says_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While this review gives some sign of the likely effect, there is doubt in the "
            "review authors' conclusions.",
            True,
        ),
        ("There is uncertainty about the long-term effect of the brace.", True),
        ("The brace eases ankle pain, but there is doubt about how long it lasts.", False),
    ],
)
def test_doubt_about_the_conclusions_is_what_is_still_open(text: str, expected: bool) -> None:
    assert still_open(text) is expected


@pytest.mark.parametrize(
    "first",
    [
        "Women could be given information on the benefits and harms of both methods.",
        "The review authors found a lack of consistent reporting.",
        "Most of the evidence for the pump was obtained in heart surgery.",
    ],
)
def test_the_finding_heads_over_a_conclusion_that_says_none(first: str) -> None:
    results = _ordered(0, "Blood loss was lower with the pump (mean difference 120 mL).")
    conclusions = _ordered(1, first, "The pump probably lowers blood loss during heart surgery.")
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text == "The pump probably lowers blood loss during heart surgery"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Absence of evidence of effect is not the same as evidence of no effect.", True),
        ("The absence of evidence does not mean the drug fails.", True),
        ("Absence of seizures was more common with the new drug.", False),
    ],
)
def test_a_maxim_of_the_method_is_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected


_CONCEDING = (
    "Although the data seemed to show that the pump lowered blood loss, we are uncertain of "
    "this finding because the evidence is of very low quality."
)


@pytest.mark.parametrize(
    ("piece", "sentence", "expected"),
    [
        # the split-off point conceded, and the claim that doubts it
        ("The data seemed to show that the pump lowered blood loss.", _CONCEDING, True),
        ("But we are uncertain of this finding.", _CONCEDING, False),
        # the whole sentence, edited: it still says both
        (
            "Although the data seemed to show that the pump lowered blood loss, we are unsure.",
            _CONCEDING,
            False,
        ),
        # a sentence that concedes nothing
        ("The pump lowered blood loss.", "The pump lowered blood loss in heart surgery.", False),
    ],
)
def test_the_point_a_sentence_concedes(piece: str, sentence: str, expected: bool) -> None:
    assert conceded(piece, sentence) is expected


def test_a_conceded_point_never_heads_over_the_authors_finding() -> None:
    results = _ordered(0, "Blood loss was lower with the pump (mean difference 120 mL).")
    conclusions = _ordered(
        1,
        "The data seemed to show that the pump lowered blood loss during heart surgery.",
        "But we are uncertain of this finding.",
        "The pump probably shortens the stay in hospital after heart surgery.",
    )
    said = {1: _CONCEDING, 2: _CONCEDING}
    head = choose_headline(conclusions, results, StudyDesign.REVIEW, said=said)
    assert head.text == "The pump probably shortens the stay in hospital after heart surgery"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how an analysis held up: no finding; the size of an effect compared: a finding
        ("The direction of the effect did not change.", True),
        ("The size of the effect was similar to that of other painkillers.", False),
        ("The size of the effect was similar in both trials.", False),
    ],
)
def test_an_effect_compared_is_a_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected


def test_no_doubt_is_no_open_question() -> None:
    assert not still_open("There is no doubt that the pump lowers blood loss.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good studies could be conducted to further check the pump against the cuff.", True),
        ("Further research could be performed testing the pump in children.", True),
        ("Larger trials of the pump in children should be done.", True),
        ("Studies of the pump were done in four countries and found less blood loss.", False),
    ],
)
def test_research_still_to_be_done_is_no_finding(text: str, expected: bool) -> None:
    assert says_no_finding(text) is expected
