"""A review's claim of studies it did not take in, or a result of one of its trials, is said only
with the sentence that says whose it is (issue 9).

"However, the search also found three trials without randomisation, two of which suggested the
cream may help. No serious side effects of the cream were reported." The second sentence is of
the three trials the review left out; after "The review included one trial" it reads as the
review's own safety finding. A result in one trial's turn ("Nine people had a rash: six in the
cream group ...") read as a headline, or added to a thin body, is a trial's count said as the
review's. Every sentence here is written for these tests."""

from __future__ import annotations

import asyncio

import pytest
from body_lines import did_lines

from plainsum.api import adraft
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.sentences import Role
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import of_studies_left_out
from plainsum.settings import Settings

SAFE = "No serious side effects of the cream were reported."
LEFT_OUT = (
    "Objectives: To assess a steroid cream for people with hand eczema.\n"
    "Search methods: We searched three databases of trials up to May 2020.\n"
    "Selection criteria: Randomised controlled trials of the cream against a dummy cream.\n"
    "Main results: We found one randomised trial to include in this review, but it gave no "
    "usable data.\n"
    "Authors' conclusions: There is not enough good evidence to say whether the cream helps "
    "hand eczema. However, the search also found three trials without randomisation, two of "
    f"which suggested the cream may help. {SAFE} Larger randomised trials are needed."
)


def _left_out(text: str) -> set[str]:
    sentences = source_sentences(parse(text))
    return {s.text for s in sentences if s.index in of_studies_left_out(sentences)}


def test_a_claim_after_studies_the_review_left_out_is_theirs():
    assert _left_out(LEFT_OUT) == {SAFE}


@pytest.mark.parametrize(
    "named",
    [
        # excluded studies that found something
        "However, two excluded trials reported that the cream may help.",
        "Four studies were excluded, but they suggested the cream may help.",
        # a kind of study the review names only here
        "Uncontrolled studies have suggested the cream may help.",
    ],
)
def test_other_ways_of_naming_studies_left_out(named):
    text = LEFT_OUT.replace(
        "However, the search also found three trials without randomisation, two of which "
        "suggested the cream may help.",
        named,
    )
    assert _left_out(text) == {SAFE}


@pytest.mark.parametrize(
    "said",
    [
        # what the next sentence says names its own scope
        "No serious side effects were reported in the included trial.",
        "Randomised trials reported no serious side effects.",
        # a call for research is no claim of theirs
        "More trials of the cream are needed.",
    ],
)
def test_a_sentence_that_says_whose_it_is_stands(said):
    assert _left_out(LEFT_OUT.replace(SAFE, said)) == set()


def test_a_study_left_out_for_how_it_was_run_found_nothing():
    # ("Another trial was excluded because ...": the results after it are the review's trial's)
    text = (
        "Objectives: To assess a steroid cream for people with hand eczema.\n"
        "Main results: We included one trial with 90 people. Another trial was excluded because "
        "a third of its people dropped out. Itching was less with the cream than with the "
        "dummy cream. Skin thinning was reported in two people who used the cream.\n"
        "Authors' conclusions: The cream may ease itching in hand eczema."
    )
    assert _left_out(text) == set()


def test_a_kind_of_study_the_review_counted_as_its_own_is_inside():
    text = (
        "Objectives: To assess a steroid cream for people with hand eczema.\n"
        "Main results: We included four trials: two were randomised and two were non-randomised "
        "trials. A non-randomised trial of 40 people found less itching with the cream. "
        "Skin thinning was reported in two people.\n"
        "Authors' conclusions: The cream may ease itching in hand eczema."
    )
    assert _left_out(text) == set()


def test_their_claim_is_never_said_as_the_reviews():
    source = parse(LEFT_OUT)
    head, sections = compose(gather(source, detect_design(source)))
    assert head.text.rstrip(".") != SAFE.rstrip(".")
    for lines in sections.values():
        said = [line.text for line in lines]
        for i, text in enumerate(said):
            if "side effects of the cream" in text:  # only right after whose it is
                assert i and "without randomisation" in said[i - 1], said


ONE_TRIAL = "Nine people had a rash: six in the cream group and three in the dummy cream group."
TURNS = (
    "Objectives: To assess a steroid cream for people with hand eczema.\n"
    "Main results: We included two trials with 150 people. In one trial, 60 people were "
    f"randomised to the cream or a dummy cream. {ONE_TRIAL} In the other trial, 90 people were "
    "randomised to the cream or a moisturiser. There was no clear difference in itching "
    "between the two groups.\n"
    "Authors' conclusions: There is no clear evidence that the cream eases hand eczema more "
    "than the dummy cream or the moisturiser."
)


def test_a_result_in_one_trials_turn_never_heads_a_review():
    source = parse(TURNS)
    m = gather(source, detect_design(source))
    # with the authors' conclusion left out by a repair, a trial's result still never heads
    conclusions = frozenset(p.text for p in m.by_role.get(Role.CONCLUSION, []))
    head, _ = compose(m, conclusions)
    assert "rash" not in head.text, head.text
    assert "between the two groups" not in head.text, head.text


def test_a_drafted_body_never_says_one_trials_result_without_its_trial():
    d = asyncio.run(adraft(parse(TURNS), Settings(backend="offline")))
    body = d.summary.what_the_study_did
    for said in ("Nine people had a rash", "no clear difference in itching"):
        if said in body:
            assert "In the other trial" in body or "In one trial" in body, body
        assert said not in d.summary.headline


def test_the_trials_result_may_stand_right_after_its_trial():
    did = did_lines(TURNS)
    for i, text in enumerate(did):
        if "rash" in text or "itching between" in text:
            assert i and "trial" in did[i - 1], did
