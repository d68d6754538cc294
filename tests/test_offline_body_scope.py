"""A result said of one trial among several is shown only with the sentence that names the trial
(issue 9).

"No side effects occurred." or "There was no bleeding in either group." is true of the trial the
sentence before it names; shown after another trial's result, it reads as that trial's or as the
review's finding. Texts written for the tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.ingest import parse
from plainsum.plain.anchored import context_unnamed
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import opens_a_trial, scoped_to_one_trial


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        # the groups or studies of a comparison the sentence does not name
        ("There was no serious bleeding in either group.", True),
        ("Falls were rare in both arms.", True),
        ("Neither study reported side effects.", True),
        ("Both trials found less pain.", True),
        ("There was no serious bleeding in the aspirin group or the placebo group.", False),
        ("Falls were rarer with the drug than with placebo in both arms.", False),
        # events of no treatment and no trial named
        ("No side effects occurred.", True),
        ("There were no serious side effects.", True),
        ("Side effects were reported in four people: two rashes and two headaches.", True),
        ("No serious side effects occurred with the vitamin.", False),
        ("Side effects were more common with the drug than with placebo.", False),
        # "between groups": the groups of a comparison said before
        ("There may be no difference in pain scores between groups at 20 minutes.", True),
        ("There was no difference between the groups in walking speed.", True),
        ("There was no difference in pain between the cooling and the rest groups.", False),
        # "between treatments": the two a comparison's heading named
        ("There was no difference between treatments in any measure of cough.", True),
        ("Relapses did not differ between the two drugs at one year.", True),
        ("There was no difference between aspirin and placebo in any measure of pain.", False),
    ],
)
def test_a_result_of_a_comparison_or_trial_it_does_not_name(text, unnamed):
    assert context_unnamed(text) is unnamed


IN_TURN = (
    "Main results: We included three trials with 230 people. "
    "In one small trial of 12 people, vitamin D did not change fatigue scores. "
    "No side effects occurred. "
    "In another trial of 180 people, vitamin D compared with placebo eased fatigue a little. "
    "Sleep was better with vitamin D than with placebo. "
    "Side effects were reported in 40 people, most often nausea. "
    "Four of 180 people stopped early. "
    "Overall, vitamin D may ease fatigue a little. "
    "There were no serious side effects.\n"
)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("In one small trial of 12 people, vitamin D did not change fatigue.", True),
        ("In the trial by Jones, pain eased.", True),
        ("Another study (40 people) found less pain.", True),
        ("One ongoing trial was found.", False),
        # a comparison's turn, said of several trials, is read apart (only its groups lean)
        ("Four trials (230 people) compared yoga with rest.", False),
        ("One trial may not have been truly randomised.", False),
        ("Three trials found less pain.", False),
    ],
)
def test_a_sentence_that_names_the_one_trial_it_is_about(text, opens):
    assert opens_a_trial(text) is opens


def test_a_trials_result_that_names_no_trial_needs_the_sentences_back_to_the_trials_name():
    sentences = source_sentences(parse(IN_TURN))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert scoped == {
        "No side effects occurred.",
        # the harms of the second trial, and its result before them: shown only after its name
        "Sleep was better with vitamin D than with placebo.",
        "Side effects were reported in 40 people, most often nausea.",
        "Four of 180 people stopped early.",
        # (the conclusions after it are the review's own)
    }


def test_one_trial_named_is_no_paper_of_trials_in_turn():
    one = (
        "Main results: We included one trial of 80 people with MS and tiredness. In that trial "
        "of 80 people, yoga eased fatigue compared with rest. No side effects occurred.\n"
    )
    assert scoped_to_one_trial(source_sentences(parse(one))) == frozenset()


REVIEW = (
    "Objectives: To assess vitamin D for fatigue in adults with MS.\n"
    "Search methods: We searched the trial registers up to June 2024.\n"
    "Main results: We included three trials with 230 people. "
    "In one trial of 30 people, vitamin D compared with placebo did not change fatigue scores "
    "after six months, and it was linked with worse sleep in people who took a high dose at "
    "night for the whole of the study. "
    "No side effects occurred. "
    "In the largest trial of 180 people, vitamin D compared with placebo eased fatigue a little. "
    "There was no serious bleeding in either group. "
    "Overall, vitamin D may ease fatigue a little compared with placebo.\n"
    "Authors' conclusions: Vitamin D may ease fatigue a little in adults with MS."
)


@pytest.mark.parametrize(
    "scoped", ["No side effects occurred.", "There was no serious bleeding in either group."]
)
def test_a_trials_own_result_is_never_shown_after_another_trials(scoped):
    did = did_lines(REVIEW)
    if scoped in did:  # only right after the sentence that names its trial
        before = did[did.index(scoped) - 1]
        assert before.startswith("In ") and "trial" in before, did


@pytest.mark.parametrize(
    "text",
    [
        "No clear differences were seen in the few results reported across the comparisons.",
        "No other clear effects were reported for any of the treatments.",
        "There were no serious side effects in two trials of 90 people.",
    ],
)
def test_a_result_that_names_its_own_scope_ends_the_trials_turn(text):
    paper = (
        "Main results: We included four trials with 300 people. In one trial of 40 people, "
        f"yoga eased fatigue compared with rest. {text} No side effects occurred. "
        "In another trial of 60 people, yoga did not change sleep compared with rest.\n"
    )
    sentences = source_sentences(parse(paper))
    assert scoped_to_one_trial(sentences) == frozenset()


BY_COMPARISON = (
    "Main results: We included nine trials with 700 people. "
    "Four trials (300 people) compared yoga with rest. Yoga eased fatigue more than rest. "
    "Five trials (400 people) compared swimming with rest. Swimming did not ease fatigue. "
    "Falls were similar in both groups. Seven trials reported how many people stopped early.\n"
    "Authors' conclusions: Yoga may ease fatigue in MS."
)


def test_a_result_of_the_groups_of_one_comparison_among_several_needs_the_sentence_before():
    sentences = source_sentences(parse(BY_COMPARISON))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    # only the sentence that names no group: a result that names its treatment stands alone
    assert scoped == {"Falls were similar in both groups."}


COUNTED_IN_TURN = (
    "Objectives: To assess cooling vests for MS fatigue.\n"
    "Main results: We included seven trials with 410 people. "
    "Three trials compared vests with fans. Vests eased fatigue more than fans in two trials. "
    "One trial said no one had side effects with vests. "
    "Four trials compared vests plus rest with rest alone. One of the four trials measured only "
    "walking. Pooled data from the remaining three trials showed less fatigue with vests plus "
    "rest. None of the four trials reported side effects.\n"
    "Authors' conclusions: Cooling vests may ease fatigue in MS."
)


def test_a_comparisons_trials_counted_with_the_need_the_sentence_before():
    sentences = source_sentences(parse(COUNTED_IN_TURN))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    # "the four trials" are the second comparison's: never read beside the first one's result
    # ("the remaining three" keep the comparison's turn going, and their result stands alone)
    assert scoped == {
        "One of the four trials measured only walking.",
        "None of the four trials reported side effects.",
    }


def test_the_counted_trials_a_clause_names_stand_alone():
    text = COUNTED_IN_TURN.replace(
        "None of the four trials reported side effects.",
        "Pooled data from the two trials that measured walking showed no change.",
    )
    sentences = source_sentences(parse(text))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert "Pooled data from the two trials that measured walking showed no change." not in scoped
