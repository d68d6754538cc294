"""A result a review gives of one comparison or one trial keeps that scope, or is left out (issue
9): "None of the studies measured X" said under "Comparison 3: ..." is never said of the whole
review; a result in a trial's named arm ("in the cloth group") is that trial's; "the other
study" and "the study" lean on the sentence that counted or named them. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.pick import ONE_OF_MANY, leans_back
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import scoped_to_one_trial

NONE_MEASURED = "None of the studies measured tooth decay."
NUMBERED = (
    "Objectives: To assess ways of teaching people to care for their teeth.\n"
    "Main results: We included 12 studies with 2100 people. "
    "Comparison 1: Any teaching versus no teaching Four studies compared any teaching with no "
    "teaching. There was weak evidence of less tooth decay with teaching at one year. "
    "Comparison 2: Group teaching versus one-to-one teaching Three studies compared group "
    "teaching with one-to-one teaching. There was little evidence that any of these ways made a "
    f"difference to gum swelling. {NONE_MEASURED} "
    "Comparison 3: Written advice versus spoken advice Five studies compared written with "
    "spoken advice. There was little evidence of a difference in plaque.\n"
    "Authors' conclusions: Teaching people to care for their teeth may lower tooth decay."
)


def test_none_of_the_studies_under_a_numbered_comparison_is_that_comparisons():
    sentences = source_sentences(parse(NUMBERED))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert NONE_MEASURED in scoped


def test_none_of_the_studies_is_never_said_of_the_whole_review():
    source = parse(NUMBERED)
    _, sections = compose(gather(source, detect_design(source)))
    did = [line.text for line in sections["what_the_study_did"]]
    if NONE_MEASURED in did:  # only right after the sentence of its own comparison's turn
        assert "gum swelling" in did[did.index(NONE_MEASURED) - 1], did


def test_a_set_the_sentence_names_itself_keeps_the_review_scope():
    named = NUMBERED.replace(NONE_MEASURED, "None of the studies in this review measured cost.")
    sentences = source_sentences(parse(named))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert not any("measured cost" in t for t in scoped)


ARM = "After three months, fewer eyes had red skin in the cloth group than in the no cloth group."
TRIALS = (
    "Objectives: To assess ways of putting in eye drops for glaucoma.\n"
    "Main results: We included two trials with 80 people. One trial, done in Spain, compared "
    "closing the eyes with keeping them open after the drops. Eye pressure fell by the same "
    "amount in the closed eyes group and the open eyes group. The second trial, done in Norway, "
    f"compared wiping the eye with a cloth after the drops with not wiping it. {ARM}\n"
    "Authors' conclusions: It is unclear whether the way drops are put in changes eye pressure."
)


def test_a_result_in_a_named_arm_is_of_the_trial_its_turn_names():
    sentences = source_sentences(parse(TRIALS))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert ARM in scoped


def test_it_is_shown_only_after_its_trial():
    source = parse(TRIALS)
    _, sections = compose(gather(source, detect_design(source)))
    did = [line.text for line in sections["what_the_study_did"]]
    at = [i for i, t in enumerate(did) if "red skin" in t]
    for i in at:
        assert "cloth" in did[i - 1], did


@pytest.mark.parametrize(
    "text",
    [
        "Although one small study found mixed results, the other study showed a benefit.",
        "One trial found less pain, while the other trial found no change in pain.",
    ],
)
def test_the_other_study_leans_on_the_sentence_that_counted_two(text: str):
    assert leans_back(text)


def test_the_other_study_of_two_the_sentence_counts_itself_does_not_lean():
    assert not leans_back("Of the two trials, one found less pain and the other trial did not.")


@pytest.mark.parametrize(
    "text",
    [
        "The study reported no deaths over two years.",
        "In people given the drug as first treatment, the study reported no deaths.",
        # one study pointed at further on in the sentence
        "Fatigue did not differ at six months in this trial.",
        "There was no clear benefit for headache, but this trial was small.",
    ],
)
def test_the_study_in_a_review_of_many_is_one_of_many(text: str):
    assert ONE_OF_MANY.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "In people with MS, the studies reported no deaths.",
        "Walking improved in this review's larger trials.",
        "Fatigue fell in both groups of this study population.",
    ],
)
def test_the_studies_or_a_part_of_each_are_not_one_of_many(text: str):
    assert not ONE_OF_MANY.match(text)


@pytest.mark.parametrize(
    ("text", "before", "dangles"),
    [
        # a set of studies counted in a sentence the draft does not show
        (
            "Relief was similar across these three trials.",
            "The review included 11 trials with 400 people.",
            True,
        ),
        ("These four studies were not designed to look at harms.", "The review included 9.", True),
        # the count said before, as a word or a figure, or in the sentence itself
        ("Relief was similar across these three trials.", "Three trials tested oxygen.", False),
        ("Relief was similar across these 3 trials.", "Three trials tested oxygen.", False),
        ("Of the two trials that measured pain, these two trials were small.", "", False),
    ],
)
def test_these_counted_studies_need_their_count_said(text: str, before: str, dangles: bool):
    from plainsum.plain.referents import points_at_nothing

    assert points_at_nothing(text, before, groups_only=True) is dangles


@pytest.mark.parametrize(
    ("before", "dangles"),
    [
        # which of the review's two studies, nothing the reader has read says
        ("The review included two studies.", True),
        # one study met on its own, or the review's only one
        ("One trial of 40 people tested written care plans.", False),
        ("The review included one trial with 80 people.", False),
    ],
)
def test_this_trial_in_a_review_needs_one_trial_met(before: str, dangles: bool):
    from plainsum.plain.referents import points_at_nothing

    text = "While this trial found more care plans were written, few were used."
    assert points_at_nothing(text, before, groups_only=True) is dangles


DIED = "None of the people in the trial died."
TURNS = (
    "Objectives: To assess splints for broken wrists in older adults.\n"
    "Main results: We included two trials with 150 people. Both trials were small. "
    f"In one trial, 70 people were given a soft splint or a plaster cast. {DIED} "
    "Nine people had stiff fingers: 6 in the cast group and 3 in the splint group. "
    "In the other trial, 80 people were given a soft splint or a firm splint. "
    "Grip strength was the same in both groups at six weeks.\n"
    "Authors' conclusions: It is unclear whether soft splints help broken wrists heal."
)


def test_a_result_of_the_trials_own_people_is_of_the_trial_its_turn_names():
    # "None of the people in the trial" is the trial's people, not a sentence across the
    # review's trials: the turn goes on, and the sentence is the trial's
    sentences = source_sentences(parse(TURNS))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert DIED in scoped


def test_none_died_in_the_trial_is_never_said_of_the_review():
    source = parse(TURNS)
    _, sections = compose(gather(source, detect_design(source)))
    did = [line.text for line in sections["what_the_study_did"]]
    if DIED in did:  # only right after the sentence that names its trial
        assert "70 people" in did[did.index(DIED) - 1], did
