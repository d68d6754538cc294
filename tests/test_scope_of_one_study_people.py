"""A review of several studies whose conclusion names people only one of its studies took in
("the effects of X for children after Y are uncertain", where one study of 40 had the
children) is never said to have looked at X for those people: the review's scope is said
without them ("looked at X after Y"), or not from that sentence. A review of one study, or one
whose people no single study is given, keeps its people. Sentences written for these tests."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.aim import studied_from
from plainsum.plain.source import source_sentences


def _abstract(one_study: str, conclusion: str) -> str:
    return (
        "Main results: Forty studies with 2100 people were included. Most studies measured bone "
        f"density over one year. {one_study} The risk of bias was high in most studies.\n"
        "Authors' conclusions: Bone drugs may reduce fractures after liver transplantation, but "
        f"the evidence is weak. {conclusion}"
    )


def _studied(text: str, studies: int | None) -> str | None:
    built = studied_from(source_sentences(parse(text)), review=True, studies=studies)
    return built[0] if built else None


CONCLUSION = (
    "The effects of bone drugs for children and teenagers after liver transplantation are very "
    "uncertain."
)
ONE_STUDY = "A single study reported results among 52 children and teenagers."


def test_one_study_s_people_are_no_review_s_scope() -> None:
    text = _abstract(ONE_STUDY, CONCLUSION)
    assert (
        _studied(text, 40) == "The review authors looked at bone drugs after liver transplantation."
    )


def test_people_of_one_study_with_nothing_after_them_give_no_scope_from_that_sentence() -> None:
    text = _abstract(
        "Only one trial took in older adults.",
        "The benefits of bone drugs in older adults are still unclear.",
    )
    assert _studied(text, 40) is None


def test_a_review_of_one_study_keeps_its_people() -> None:
    text = _abstract(ONE_STUDY, CONCLUSION)
    said = (
        "The review authors looked at bone drugs for children and teenagers after liver "
        "transplantation."
    )
    assert _studied(text, 1) == said
    assert _studied(text, None) == said  # no count read: nothing to weigh the one study against


def test_people_no_single_study_is_given_stay_the_review_s() -> None:
    text = _abstract("Two studies reported results for the spine.", CONCLUSION)
    assert _studied(text, 40) == (
        "The review authors looked at bone drugs for children and teenagers after liver "
        "transplantation."
    )
