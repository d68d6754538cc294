"""More wordings of a review that found no study to include, read as one by the headline
(plain.headline.template `_NONE_FOUND`, `_ENTRY`, `_WHOLE_REVIEW`): "There are no included
studies", "No trials are included in this review", a whole sentence "We identified no
randomised trials.", "...; no eligible studies were found" after the searches' count, and "for
inclusion in this update" as in the last version. Its draft says so in the body and its
limitations carry no limit of studies it did not include. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.frames import EMPTY_REVIEW
from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

ADVICE = "Care teams must rely on their own experience for now."


@pytest.mark.parametrize(
    "result",
    [
        "There are no included studies.",
        "No trials are included in this review.",
        "The review authors found no randomised trials.",
        "Searches found 30 studies reported in 32 articles; no suitable studies were found.",
        "As in the last version of this review, the review authors found no randomised trials "
        "for inclusion in this update.",
    ],
)
def test_a_result_saying_the_review_took_in_nothing_heads_as_an_empty_review(result: str) -> None:
    head = choose_headline([measured(ADVICE, (12,))], [measured(result, (9,))], StudyDesign.REVIEW)
    assert head.text.startswith("A review found no ")
    assert head.empty and head.sources[0] == 9


@pytest.mark.parametrize(
    "result",
    [
        "The review authors found no new trials for inclusion in this update.",
        "The review authors found no randomised trials in children.",
        "No included studies reported tiredness.",
        "There were no included trials of cooling caps, only of vests.",
    ],
)
def test_a_part_of_a_review_never_heads_as_an_empty_review(result: str) -> None:
    head = choose_headline([measured(ADVICE, (12,))], [measured(result, (9,))], StudyDesign.REVIEW)
    assert not head.empty


EMPTY = (
    "Background: Cooling vests are worn by some people with multiple sclerosis (MS) in hot "
    "weather.\n\n"
    "Objectives: To assess whether cooling vests ease tiredness in adults with MS.\n\n"
    "Search methods: We searched the Cochrane MS Group trials register up to May 2020.\n\n"
    "Selection criteria: Randomised controlled trials of cooling vests in adults with MS.\n\n"
    "Main results: We found eight trials to be possibly eligible. All eight were excluded, as "
    "none of them was randomised and all of them lacked a control group. Therefore no trials "
    "are included in this review.\n\n"
    "Authors' conclusions: Randomised trials of cooling vests in adults with MS are needed."
)


def test_an_empty_review_s_draft_says_so_and_states_no_limit_of_studies_it_left_out() -> None:
    source = parse(EMPTY)
    head, sections = compose(gather(source, detect_design(source)))
    assert head.text.startswith("A review found no trials")
    did = " ".join(line.text for line in sections["what_the_study_did"])
    assert "No trials are included in this review." in did
    limits = [line.text for line in sections["limitations"]]
    assert EMPTY_REVIEW in limits
    assert not any("control group" in text for text in limits)
