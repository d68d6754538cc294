"""A result widened from some studies to all of them by their number: "All six trials found
shorter stays" where the paper says "two studies reported a shorter stay", or "In all four
trials ..." where it says "the largest trial". Sentences written for these tests."""

import pytest

from plainsum.checks.claim_scope import every_study_counted, studies_counted
from plainsum.checks.contradiction import contradiction

PAPER = [
    "Health outcomes did not differ; two studies reported a shorter stay in hospital with no "
    "difference in readmissions.",
    "The largest trial showed no difference in the need for oxygen.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "All six trials found a shorter stay in hospital.",
        "In all four trials, the need for oxygen did not differ.",
    ],
)
def test_some_studies_said_as_all_is_a_contradiction(sentence):
    found = contradiction(sentence, PAPER)
    assert found and found[0] == "every"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two trials found a shorter stay in hospital.",
        "Both trials found a shorter stay in hospital.",
        "In the largest trial, the need for oxygen did not differ.",
    ],
)
def test_the_studies_the_paper_counts_pass(sentence):
    assert not contradiction(sentence, PAPER)


def test_what_all_the_studies_did_is_no_finding_widened():
    paper = ["Four studies reported that the falls training had no impact on ward care."]
    said = (
        "All nine studies compared wards given the falls training with similar wards that did "
        "not receive the falls training."
    )
    assert not contradiction(said, paper)


def test_all_of_them_counted_as_the_paper_counts_them_passes():
    paper = ["All three trials found less pain with the splint."]
    assert not contradiction("All three trials found less pain with the splint.", paper)
    assert contradiction(
        "All three trials found less pain with the splint.",
        ["Two of the three trials found less pain with the splint."],
    )


def test_counts_of_studies_are_read():
    said = "All seven trials found shorter stays."
    assert every_study_counted(said, said.index("shorter")) == 7
    said = "Both studies found shorter stays."
    assert every_study_counted(said, said.index("shorter")) == 2
    said = "The trials found shorter stays."
    assert every_study_counted(said, said.index("shorter")) is None
    for text, count in [
        ("In two out of three studies, survival was higher.", 2),
        ("Three of the trials found less pain.", 3),
        ("Across a few studies, stays were shorter.", 1),
        ("Stays were shorter.", None),
    ]:
        at = next(text.index(w) for w in ("higher", "less", "shorter") if w in text)
        assert studies_counted(text, at) == count


ONE_TRIAL = [
    "One trial found less pain with the night splint.",
    "The other trials did not report pain.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trials found less pain with the night splint.",
        "These studies showed less pain with the night splint.",
    ],
)
def test_one_trials_result_said_as_what_the_trials_found_is_a_contradiction(sentence):
    found = contradiction(sentence, ONE_TRIAL)
    assert found and found[0] == "every"


def test_what_the_trials_found_together_passes():
    pooled = ["Pooled across the trials, there was less pain with the night splint.", *ONE_TRIAL]
    assert not contradiction("The trials found less pain with the night splint.", pooled)
    assert not contradiction("One trial found less pain with the night splint.", ONE_TRIAL)
    said = "One of the included trials found less pain with the night splint."
    assert not contradiction(said, ONE_TRIAL)
