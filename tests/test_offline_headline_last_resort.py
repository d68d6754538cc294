"""What heads a draft when no sentence states a finding: the shortest whole conclusion that
stands alone, never "A study reports its findings", and never a sentence on how the study was
done or a call for more research. What is not a finding: a premise on why a question matters,
how far the findings carry. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural, method_or_call
from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import whole_alone
from plainsum.schemas import StudyDesign


def _numbered(*texts: str):
    return [measured(t, (i,)) for i, t in enumerate(texts)]


def test_a_recommendation_heads_the_draft_rather_than_hollow_news() -> None:
    conclusions = _numbered(
        # a call for more checks (whole: a clause may end on its 'are'), no finding
        "Careful checks over many years are needed to judge how safe the new vaccines are.",
        "Doctors should check blood pressure at every visit for people taking the pill.",
    )
    head = choose_headline(conclusions, [], StudyDesign.UNKNOWN)
    assert "reports its findings" not in head.text
    # the shorter of the two whole conclusions, marked as a last resort, linked to its source
    assert (
        head.text == "Doctors should check blood pressure at every visit for people taking the pill"
    )
    assert head.weak and not head.from_template and head.sources == (1,)


def test_the_last_resort_prefers_a_conclusion_to_a_result() -> None:
    head = choose_headline(
        _numbered("Nurses should ask about sleep at every clinic visit for older adults."),
        [measured("Side effects were mild and short in most people who took part.", (5,))],
        StudyDesign.UNKNOWN,
    )
    assert head.sources == (0,) and head.weak


@pytest.mark.parametrize(
    "conclusion",
    [
        "Future trials of yoga for tiredness should be larger and last longer.",
        "Further well-designed studies of yoga in people with tiredness are needed.",
        "Follow-up, when it was reported, ranged from six weeks to one full year.",
        "We searched five databases for trials of yoga up to May 2020.",
        "No study checked deaths or hospital stays as a separate result.",
    ],
)
def test_a_method_or_a_call_for_research_is_never_the_headline(conclusion: str) -> None:
    head = choose_headline(_numbered(conclusion), [], StudyDesign.REVIEW, studies="four trials")
    assert head.from_template and head.text.startswith("A review of four trials")


def test_a_finding_still_comes_before_the_last_resort() -> None:
    conclusions = _numbered(
        "Doctors should ask about sleep at every visit.",
        "Yoga twice a week reduced tiredness in adults with long-term pain.",
    )
    head = choose_headline(conclusions, [], StudyDesign.TRIAL)
    assert head.text == "Yoga twice a week reduced tiredness in adults with long-term pain"
    assert not head.weak


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Future trials should be larger and last longer", True),
        ("More research on yoga for tiredness is needed", True),
        ("Follow-up was up to one year in most trials", True),
        ("No trial measured quality of life", True),
        ("Yoga reduced tiredness more than rest did", False),
        ("Doctors should ask about sleep at every visit", False),
    ],
)
def test_method_or_call(text: str, expected: bool) -> None:
    assert method_or_call(text) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Knowing how long people stay infectious has major implications for hospital care",
        "Application of the findings of this review would depend on the setting",
        "The applicability of these results to older people may differ",
    ],
)
def test_a_premise_or_how_far_findings_carry_is_not_a_finding(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("At the same time, but there are clear reasons not to use the diet", False),
        ("There is, but no agreed way to measure the response", False),
        ("Small but clear benefits were seen with the diet", True),
        ("The diet helped some people, but there were side effects", True),
    ],
)
def test_a_but_with_nothing_before_it_is_not_whole(text: str, whole: bool) -> None:
    assert whole_alone(text) is whole


@pytest.mark.parametrize(
    "lead", ["Nevertheless", "However", "Consequently", "By contrast", "Further", "Similarly"]
)
def test_a_connective_opener_goes_when_the_rest_stands_whole(lead: str) -> None:
    head = choose_headline(
        _numbered(f"{lead}, the new cream eased itching in children with eczema."),
        [],
        StudyDesign.TRIAL,
    )
    assert head.text == "The new cream eased itching in children with eczema"


def test_a_concession_is_not_the_main_finding_when_another_conclusion_states_one() -> None:
    conclusions = _numbered(
        "Nevertheless, the new cream eased itching in a few children.",
        "The new cream did not clear eczema in children better than the old cream.",
    )
    head = choose_headline(conclusions, [], StudyDesign.TRIAL)
    assert head.sources == (1,)
    assert head.text.startswith("The new cream did not clear eczema")


def test_also_still_leans_on_another_finding() -> None:
    head = choose_headline(
        _numbered("Also, the new cream eased itching in children with eczema."),
        [],
        StudyDesign.TRIAL,
    )
    assert not head.text.startswith("The new cream eased itching")
