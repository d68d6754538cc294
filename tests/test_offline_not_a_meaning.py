"""What a paper not about MS never lifts alone into why it matters (plain/not_a_meaning.py,
plain/unnamed_result.py): a result with nothing named that had it, a limit of the studies, a
call for more work. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.frames import DOCTOR, NOT_MS
from plainsum.plain.headline import Headline
from plainsum.plain.not_a_meaning import not_a_meaning
from plainsum.plain.not_about_ms import WHOLE_TOPIC
from plainsum.plain.pick import pick
from plainsum.plain.relevance import why_it_matters
from plainsum.plain.simplify import measured
from plainsum.plain.unnamed_result import unnamed_result
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        # of which drug? the sentence before it named it
        ("There was no evidence of an effect on sleep quality.", True),
        ("There is little or no difference in the long term.", True),
        ("But there is little or no difference in the long term.", True),
        ("There was clear evidence of no difference in relapse rate and pain.", True),
        ("Effect sizes were small.", True),
        ("Social benefits are apparent.", True),
        ("Effects on parents' stress were kept for a year.", True),
        ("There was no difference in pain between the two groups.", True),  # which two?
        # named: whole on their own
        ("There was no evidence of an effect of zinc on sleep quality.", False),
        ("There was no difference in pain between yoga and walking.", False),
        ("There is little difference with surgery compared with splints.", False),
        ("The effect of zinc was small.", False),
        ("Zinc had little or no effect on colds.", False),
        ("There were few side effects.", True),  # side effects of what?
    ],
)
def test_a_result_with_nothing_named_that_had_it(text: str, unnamed: bool) -> None:
    assert unnamed_result(text) is unnamed


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Many trials had small numbers of people and some had large losses.", True),
        ("Results varied widely; heterogeneity across studies was high.", True),
        ("There is an urgent need for a well-run randomised trial.", True),
        ("Larger trials of the splint would be most welcome.", True),
        ("The two splints could be tested against each other.", True),
        ("There is little or no difference in the long term.", True),
        ("Zinc probably shortens colds in children by a day.", False),
        ("Low-certainty evidence suggests that zinc may shorten colds.", False),
        ("Splints may ease wrist pain for a few weeks after a fall.", False),
    ],
)
def test_what_says_nothing_of_what_a_finding_means(text: str, none: bool) -> None:
    assert not_a_meaning(text) is none


HEAD = Headline("Wrist splints eased pain after a fall", (3,), origin="x")


def _why(conclusion: str) -> list[str]:
    lines = why_it_matters(
        [measured(conclusion, (8,))],
        HEAD,
        {"x"},
        pick,
        about_ms=False,
        design=StudyDesign.REVIEW,
        limit=2,
    )
    return [x.text for x in lines]


@pytest.mark.parametrize(
    "conclusion",
    [
        "There is little or no difference in the long term.",
        "Many trials had small numbers of people and some had large losses.",
        "There is an urgent need for a well-run randomised trial.",
    ],
)
def test_a_paper_not_about_ms_lifts_no_such_sentence_beside_the_frame(conclusion: str) -> None:
    assert _why(conclusion) == [NOT_MS, DOCTOR]


def test_a_conclusion_that_says_what_it_means_is_still_lifted() -> None:
    said = "Splints may ease wrist pain for a few weeks after a fall."
    assert _why(said)[0] == said


@pytest.mark.parametrize(
    ("topic", "whole"),
    [
        ("the effect", False),  # of what?
        ("the positive effect on wound healing", False),
        ("long-term use only", False),
        ("the benefits", False),
        ("herbal teas containing caffeine when", False),  # cut short
        ("creams for natural healing'", False),
        ("neither of the approaches", False),
        ("the effects of zinc on colds", True),
        ("the use of aspirin after a stroke", True),
        ("yoga for asthma", True),
    ],
)
def test_a_topic_said_as_what_was_studied_is_whole(topic: str, whole: bool) -> None:
    assert bool(WHOLE_TOPIC.match(topic)) is whole


@pytest.mark.parametrize(
    "text",
    [
        "Trials showed wide variation between studies which might change the results.",
        "Many of the older trials had limited reporting of methods.",
        "Not enough power was a problem for most trials.",
        "Longer follow-up, a shared set of outcomes; and trials large enough to find small gains.",
    ],
)
def test_a_limit_in_other_words_or_a_piece_of_a_list_is_no_meaning(text: str) -> None:
    assert not_a_meaning(text)


def test_evidence_called_weak_is_no_meaning_but_a_graded_finding_is() -> None:
    assert not_a_meaning("The evidence in this review is therefore weak.")
    assert not not_a_meaning("Low-certainty evidence suggests that splints ease pain.")
    assert not not_a_meaning("Weak evidence showed that splints eased pain for a week.")
    assert not_a_meaning("This review encountered several difficulties.")


def test_with_no_result_in_the_body_a_call_for_more_work_is_still_not_lifted() -> None:
    call = measured("There is an urgent need for a well-run randomised trial.", (9,))
    found = measured("The CYP2A6 variant changed how fast smokers cleared nicotine.", (8,))
    lines = why_it_matters(
        [found, call], HEAD, {"x"}, pick, about_ms=False, design=StudyDesign.REVIEW, limit=2,
        body_has_result=False,
    )  # fmt: skip
    assert [x.text for x in lines] == [found.text, NOT_MS, DOCTOR]
    lines = why_it_matters(
        [call], HEAD, {"x"}, pick, about_ms=False, design=StudyDesign.REVIEW, limit=2,
        body_has_result=False,
    )  # fmt: skip
    assert [x.text for x in lines] == [NOT_MS, DOCTOR]


@pytest.mark.parametrize(
    ("text", "no_meaning"),
    [
        ("One trial reported two mild skin rashes during treatment.", True),
        ("No study reported how well people could walk.", True),
        ("Only two of the included trials measured quality of life.", True),
        # what a study found, or what the whole evidence says, may still be a meaning
        ("One trial found that splints eased wrist pain for a month.", False),
        ("Trials reported that splints eased wrist pain for a month.", False),
        ("Splints may ease wrist pain, as two trials reported.", False),
    ],
)
def test_what_some_studies_reported_is_no_meaning(text: str, no_meaning: bool) -> None:
    assert not_a_meaning(text) is no_meaning
