"""A headline drops the words that only say where its claim comes from or tie it to the sentence
before ("On the basis of this review, X", "As a consequence, X", "The main finding of the review
was that X"): X says the same, and read alone the lead points at nothing (issue 9: readers
counted "On basis of this review no conclusions can be stated ..." and "As a consequence, doubt
remains ..." as headlines that do not read alone). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.main_result import word_for_word
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On basis of this review no conclusions can be drawn on whether yoga eases fatigue.",
            "No conclusions can be drawn on whether yoga eases fatigue",
        ),
        (
            "On the basis of the available evidence, cooling vests may ease heat-related fatigue.",
            "Cooling vests may ease heat-related fatigue",
        ),
        (
            "As a consequence, doubt remains about the best dose of vitamin D for adults.",
            "Doubt remains about the best dose of vitamin D for adults",
        ),
        (
            "The main finding of the review was that both braces may be equally helpful.",
            "Both braces may be equally helpful",
        ),
        (
            "At the present time, trials do not support stretching before walking tests.",
            "Trials do not support stretching before walking tests",
        ),
        (
            "Based on this systematic review, there is no evidence that yoga eases fatigue.",
            "There is no evidence that yoga eases fatigue",
        ),
        # "At present" in the drafter's plain words
        (
            "Now there is not enough evidence to say whether yoga eases fatigue.",
            "There is not enough evidence to say whether yoga eases fatigue",
        ),
        # a lead that bounds the claim stays
        (
            "Based on the short-term results, yoga may ease fatigue.",
            "Based on the short-term results, yoga may ease fatigue",
        ),
    ],
)
def test_a_lead_that_says_where_the_claim_comes_from_goes(sentence: str, expected: str) -> None:
    forms = headline_forms(measured(sentence, (1,)), StudyDesign.REVIEW, "animals")
    assert forms[0] == (False, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a claim about the basis itself, or a main finding said of something else
        "The basis of this review was a search of three databases in 2020.",
        "The main finding of concern was a rise in liver enzymes with the higher dose.",
        "At the present time there are no approved drugs for this form of the disease.",
        "Now that the test is cheaper, more clinics offer it to people with MS.",
    ],
)
def test_a_sentence_whose_subject_is_no_lead_keeps_its_words(sentence: str) -> None:
    forms = headline_forms(measured(sentence, (1,)), StudyDesign.REVIEW, "animals")
    assert forms[0] == (False, sentence.rstrip("."))


def test_the_conclusion_a_lead_was_dropped_from_repeats_the_headline() -> None:
    # the headline is the conclusion without its lead: the body does not say it again as the
    # headline's finding in full (why it matters still may, rather than be empty)
    only = "On the basis of this review, no conclusions can be drawn on whether yoga eases fatigue."
    assert word_for_word(only, "No conclusions can be drawn on whether yoga eases fatigue")
    assert not word_for_word(only, "Yoga eased fatigue in two small trials of adults with MS")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Given that the harms are possibly serious, heavy sedation for detox is not supported",
            "Heavy sedation for detox is not supported",
        ),
        (
            "Given the burden of daily injections, a weekly tablet may be a good option",
            "A weekly tablet may be a good option",
        ),
        (
            "In view of the small trials, cooling vests may ease fatigue in people with MS",
            "Cooling vests may ease fatigue in people with MS",
        ),
    ],
)
def test_the_reason_given_for_a_claim_may_go_and_the_claim_stays_whole(
    sentence: str, claim: str
) -> None:
    assert claim in short_forms(sentence)


def test_a_given_that_is_no_reason_without_its_comma() -> None:
    sentence = "Given daily the drug lowered relapses more than placebo did in two trials"
    assert all(not f.startswith("The drug") for f in short_forms(sentence))


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # the authors' reading of their finding, and the name they give it, may go: the claim
        # before them is asserted as it was
        (
            "Antibodies against the virus can bind a protein in nerve cells, a process known as "
            "cross-binding, which may help explain why the infection raises the risk of MS",
            "Antibodies against the virus can bind a protein in nerve cells",
        ),
        (
            "Sleep loss slowed the growth of new brain cells in young flies, which could account "
            "for poorer learning in later life",
            "Sleep loss slowed the growth of new brain cells in young flies",
        ),
    ],
)
def test_the_authors_reading_of_a_finding_may_go(sentence: str, claim: str) -> None:
    assert claim in short_forms(sentence)


def test_a_tail_that_limits_the_finding_stays() -> None:
    sentence = (
        "Low vitamin D was linked with more relapses in adults with MS, which may not apply to "
        "children"
    )
    assert "Low vitamin D was linked with more relapses in adults with MS" not in short_forms(
        sentence
    )
