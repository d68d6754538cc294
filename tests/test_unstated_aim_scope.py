"""What was studied, read from a results-only extract with no aim, names the paper's whole
scope or nothing (issue 9): never one subgroup of several ("The review authors looked at PDE5
inhibitors in PH-left-heart disease." for a review of pulmonary hypertension of all causes,
CD012621), one study of the review, a thing no study tested, what the thing studied was set
against, or the people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.aim import studied_from
from plainsum.plain.source import source_sentences

SUBGROUPS = (
    "We included 20 trials with 1500 people with kidney disease of any cause. Eight trials "
    "compared salt pills to placebo in kidney disease due to diabetes. Six trials looked at "
    "salt pills in kidney disease after a transplant. Salt pills in kidney disease due to "
    "diabetes slowed the loss of kidney function. There was no clear effect of salt pills in "
    "kidney disease after a transplant. "
)


def _studied(text: str) -> str | None:
    built = studied_from(source_sentences(parse(text)), review=True)
    return built[0] if built else None


def test_one_subgroup_of_several_is_not_the_scope() -> None:
    conclusion = (
        "While there seems to be some benefit of salt pills in kidney disease due to diabetes, "
        "it is not clear which people stand to gain most."
    )
    assert _studied(SUBGROUPS + conclusion) is None


def test_a_setting_named_again_in_other_words_is_still_the_scope() -> None:
    text = (
        "We included 12 trials with 900 adults. Six trials compared yoga to usual care in adults "
        "with asthma. Yoga for asthma may improve quality of life a little. The evidence on the "
        "effects of yoga for asthma is of low certainty."
    )
    assert _studied(text) == "The review authors looked at yoga for asthma."


@pytest.mark.parametrize(
    "conclusion",
    [
        # one study of the review
        "One study assessed the benefit of steroid tablets in 80 boys with muscle wasting.",
        # no study tested it
        "The effects of other possible treatments for low blood salt have not been tested in "
        "randomised trials.",
        # what the thing studied was set against
        "Flushing the tube appears to work as well as the use of a clot-busting drug for blocked "
        "feeding tubes.",
        "There is no evidence to support flushing over the use of clot-busting drugs in blocked "
        "feeding tubes.",
        # the people, not a thing
        "Cohort studies of populations starting heart drugs in poor countries suggest good early "
        "results.",
        # a use, not a condition
        "The evidence is too weak to judge the value of bowel cleansing for clinical practice.",
    ],
)
def test_no_thing_this_study_studied_gives_nothing(conclusion: str) -> None:
    results = "We included six trials with 400 people. Results were mixed across trials. "
    assert _studied(results + conclusion) is None


def test_a_thing_and_its_condition_still_give_the_scope() -> None:
    results = "We included six trials with 400 people. Results were mixed across trials. "
    conclusion = "There is not enough evidence to support the use of cold packs for ankle sprains."
    assert (
        _studied(results + conclusion)
        == "The review authors looked at cold packs for ankle sprains."
    )
