"""Which of the authors' points is the main one, in a review of several comparisons and in the
last sentences of a review abstract without headings: a result under one comparison's heading
never heads over the authors' conclusion on the whole (a dental review was headed by one of
four comparisons); the half after ", but" of a conclusion whose first half states a finding is
not the main point (a wound review was headed by its quality-of-life aside); "No strong data on
A, B or C are available" says how much is known, and the "However, this review found X" after
it is the finding. Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.no_finding import says_no_finding
from plainsum.plain.headline.one_comparison import compared_in_turn, of_one_comparison
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import leans_back
from plainsum.schemas import StudyDesign

PAPER = {
    3: "The wand versus usual care: the evidence was uncertain about pain during the injection.",
    4: "Hypnosis versus usual care: the evidence was uncertain about fear during the injection.",
    5: "Other comparisons had one study each.",
    9: "We did not find enough evidence to draw firm conclusions on the best ways to help "
    "children accept dental injections.",
}
WAND = (
    "For the wand compared with usual care, the evidence was uncertain about pain during the "
    "injection."
)
CONCLUSION = (
    "The review authors did not find enough evidence to draw firm conclusions on the best ways "
    "to help children accept dental injections due to differences in the trials' methods and "
    "in the timing of their measures."
)


def test_headings_of_two_comparisons_or_more_are_found() -> None:
    assert compared_in_turn(PAPER) == {3: "The wand", 4: "Hypnosis"}
    assert compared_in_turn({3: PAPER[3], 5: PAPER[5]}) == {}  # one comparison: no turns
    numbered = {
        1: "Comparison 1: Any advice versus no advice Four studies compared any advice with none.",
        2: "Comparison 2: Personal advice versus routine advice Four studies compared them.",
    }
    assert compared_in_turn(numbered) == {1: "Any advice", 2: "Personal advice"}


def test_a_result_of_one_comparison_is_the_conclusion_s_only_when_it_names_it() -> None:
    compared = compared_in_turn(PAPER)
    assert of_one_comparison((3,), compared, [CONCLUSION])
    assert not of_one_comparison((3,), compared, ["The wand eased pain in children."])
    assert not of_one_comparison((5,), compared, [CONCLUSION])


def test_one_comparison_never_heads_over_the_conclusion_on_the_whole() -> None:
    results = [
        measured("The review included 26 trials with 2400 children.", (1,), 0),
        measured(WAND, (3,), 1),
    ]
    head = choose_headline([measured(CONCLUSION, (9,), 2)], results, StudyDesign.REVIEW, said=PAPER)
    assert "wand" not in head.text


def test_the_main_comparison_still_heads() -> None:
    said = {**PAPER, 9: "The wand eased pain during dental injections in children."}
    results = [measured(WAND, (3,), 1)]
    conclusions = [measured("The wand eased pain during dental injections in children.", (9,), 2)]
    head = choose_headline(conclusions, results, StudyDesign.REVIEW, said=said)
    assert head.text == "The wand eased pain during dental injections in children"


def test_the_half_after_but_is_not_the_main_point() -> None:
    first = (
        "The review suggests that the light treatment, when compared with no light or a dummy "
        "lamp, may heal more foot wounds completely during follow-up and may shrink the wounds in "
        "people with diabetes."
    )
    second = "But there was no evidence that the light treatment improves quality of life."
    paper = {7: first.replace(".", ", but there was no evidence that ...")}
    conclusions = [measured(first, (7,), 0), measured(second, (7,), 1)]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, said=paper)
    assert "heal more foot wounds" in head.text


def test_no_strong_data_on_a_list_is_no_finding() -> None:
    assert says_no_finding(
        "To date, no strong data on survival, response, quality of life, or short- and "
        "long-term harms are available"
    )
    assert not says_no_finding("No data suggest that the tablets are harmful")


def test_however_after_no_finding_is_the_finding() -> None:
    none = "To date, no strong data on survival, response or quality of life are available."
    found = (
        "But this review found fairly good evidence that the disease came back sooner in "
        "people given tablets alone."
    )
    paper = {
        1: none,
        2: found.replace("But this", "However, this"),
    }
    conclusions = [measured(none, (1,), 0), measured(found, (2,), 1)]
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, said=paper)
    assert "came back sooner" in head.text


def test_those_getting_names_its_people() -> None:
    # "getting" is the drafter's plain word for "receiving": the words after it name them
    assert not leans_back(
        "The disease came back sooner in people getting tablets alone than in those getting "
        "tablets and radiotherapy"
    )
    assert leans_back("Those people got better")
