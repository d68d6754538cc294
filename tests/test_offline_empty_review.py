"""A review that found no studies to include: the headline says so, the body says that nothing
met the review's criteria, and the limitations say the question is still open, never the stock
"a review can only be as good as the studies it includes". Every sentence here is written for
these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.frames import EMPTY_REVIEW, caveats
from plainsum.schemas import StudyDesign

EMPTY = (
    "Background: Cooling vests are worn by some people with multiple sclerosis (MS) in hot "
    "weather.\n\n"
    "Objectives: To assess whether cooling vests ease tiredness in adults with MS.\n\n"
    "Search methods: We searched the Cochrane MS Group trials register up to May 2020.\n\n"
    "Selection criteria: Randomised controlled trials of cooling vests in adults with MS.\n\n"
    "Main results: No studies meeting the review's inclusion criteria were identified.\n\n"
    "Authors' conclusions: Advice on cooling vests must rely on the experience of care teams."
)


def _sections(text: str):
    source = parse(text)
    return compose(gather(source, detect_design(source)))


def test_an_empty_review_says_what_it_found_and_that_the_question_is_open() -> None:
    head, sections = _sections(EMPTY)
    assert head.text.startswith("A review found no ")
    did = [line.text for line in sections["what_the_study_did"]]
    assert any(text.startswith("No studies") for text in did)  # what it found, in the body
    limits = [line.text for line in sections["limitations"]]
    assert EMPTY_REVIEW in limits
    assert not set(caveats(StudyDesign.REVIEW)) & set(limits)


def test_a_review_with_studies_keeps_the_review_caveat() -> None:
    full = EMPTY.replace(
        "No studies meeting the review's inclusion criteria were identified.",
        "We included four trials with 220 people. Cooling vests eased tiredness compared with "
        "no vest.",
    )
    head, sections = _sections(full)
    assert not head.text.startswith("A review found no ")
    limits = [line.text for line in sections["limitations"]]
    assert EMPTY_REVIEW not in limits
    assert set(caveats(StudyDesign.REVIEW)) <= set(limits)


def test_none_meeting_the_entry_rules_is_an_empty_review_though_a_caveat_is_concluded() -> None:
    said = EMPTY.replace(
        "No studies meeting the review's inclusion criteria were identified.",
        "No studies met the inclusion criteria, so there are no results to report.",
    ).replace(
        "Advice on cooling vests must rely on the experience of care teams.",
        "Without included studies we can draw no conclusions. Thus no advice for practice "
        "can be given.",
    )
    head, _ = _sections(said)
    assert head.text.startswith("A review found no studies")


def test_kinds_of_study_listed_with_commas_still_make_an_empty_review() -> None:
    # "No published, unpublished or ongoing trials ..." was missed (the comma), and the draft
    # never said the review found none: its headline was a conclusion drawn from animal work
    said = EMPTY.replace(
        "No studies meeting the review's inclusion criteria were identified.",
        "No published, unpublished or ongoing trials that met the inclusion criteria for this "
        "review were found.",
    ).replace(
        "Advice on cooling vests must rely on the experience of care teams.",
        "Evidence from small observational studies suggests that cooling vests may ease "
        "tiredness. Well designed trials are needed.",
    )
    head, sections = _sections(said)
    assert head.text == "A review found no published, unpublished or ongoing trials"
    did = [line.text for line in sections["what_the_study_did"]]
    assert any(text.startswith("No published, unpublished or ongoing trials") for text in did)
    assert EMPTY_REVIEW in [line.text for line in sections["limitations"]]


def test_an_empty_review_names_what_its_aim_says_it_wanted_to_find_out() -> None:
    # with no topic parsed, "A review found no published, unpublished or ongoing trials" named
    # nothing the review was about (the gate: a side result)
    said = EMPTY.replace(
        "Objectives: To assess whether cooling vests ease tiredness in adults with MS.",
        "Objectives: To determine the effect of cooling vests on tiredness in adults with MS.",
    )
    head, _ = _sections(said)
    assert head.text.startswith("A review found no studies of cooling vests")


def test_no_studies_that_could_be_included_is_an_empty_review() -> None:
    # studies of the treatment were found, but none of the kind the review compares
    said = EMPTY.replace(
        "No studies meeting the review's inclusion criteria were identified.",
        "We found five studies of short cooling sessions, but no study compared short with "
        "long sessions. No studies could be included.",
    ).replace(
        "Advice on cooling vests must rely on the experience of care teams.",
        "We cannot conclude whether short sessions are as helpful as long ones. Well planned "
        "and reported randomised trials are indicated.",
    )
    head, _ = _sections(said)
    assert head.text == "A review found no studies to include"
    assert head.empty
