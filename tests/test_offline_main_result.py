"""The main result is said in the body even when the headline says it (issue 9); what the
studies did not report is no result, not even a safety one. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.harms import harm_result
from plainsum.plain.headline import Headline
from plainsum.plain.lines import Line
from plainsum.plain.main_result import (
    restated_main,
    rested_on,
    showing,
    shows_main,
    word_for_word,
)
from plainsum.plain.results import NOT_REPORTED, says_a_finding
from plainsum.plain.simplify import measured


def _draft(text: str) -> tuple[str, list[str]]:
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    return head.text, [line.text for line in sections["what_the_study_did"]]


CUT_HEADLINE = (
    "Objectives: To assess vitamin D supplements for people with relapsing MS.\n"
    "Search methods: We searched the trial registers up to May 2020.\n"
    "Main results: We included four trials with 320 people. Two trials measured fatigue with "
    "different scales. Vitamin D supplements reduced the yearly relapse rate compared with "
    "placebo, and the drop was largest in adults who took them for two years or more.\n"
    "Authors' conclusions: More trials are needed."
)


def test_the_rest_of_a_cut_sentence_is_never_shown_without_its_first_half():
    head, did = _draft(CUT_HEADLINE)
    assert head.startswith("Vitamin D supplements reduced the yearly relapse rate")
    rest = next(i for i, t in enumerate(did) if t.startswith("The drop was largest"))
    assert (
        did[rest - 1]
        == "Vitamin D supplements reduced the yearly relapse rate compared with placebo."
    )


def _head(text: str, origin: str = "") -> Headline:
    return Headline(text, (9,), origin=origin)


def _p(text: str, source: int, order: int):
    return measured(text, (source,), order)


def test_the_headlines_own_sentence_in_full_when_the_cut_left_out_who_and_how_much():
    origin = (
        "In adults with relapsing MS, fingolimod reduced the yearly relapse rate by about half "
        "compared with placebo over two years."
    )
    head = _head("Fingolimod reduced the yearly relapse rate", origin)
    did = [Line("The review included three trials with 900 people.", (2,))]
    line = restated_main(head, did, [_p(origin, 9, 4)], [], {origin})
    assert line is not None and line.text == origin and line.main and line.lead


def test_a_result_that_names_the_headlines_finding_when_the_headline_is_a_whole_sentence():
    head = _head(
        "Fingolimod reduces relapses in relapsing MS",
        "Fingolimod reduces relapses in relapsing MS.",
    )
    results = [
        _p("Two trials measured fatigue with different scales.", 5, 1),
        _p("None of the trials reported relapses in children.", 6, 2),
        _p(
            "Over two years, fingolimod reduced relapses by about half compared with placebo.", 7, 3
        ),
    ]
    line = restated_main(head, [], results, [_p(head.origin, 9, 4)], {head.origin})
    assert line is not None
    assert line.text.startswith("Over two years, fingolimod reduced relapses by about half")


def test_nothing_is_added_when_the_body_already_says_the_finding():
    head = _head("Fingolimod reduces relapses in relapsing MS")
    did = [Line("Fingolimod reduced relapses by about half compared with placebo.", (7,))]
    assert shows_main(head, did)
    more = [_p("Fingolimod reduced relapses in the larger trial.", 8, 5)]
    assert restated_main(head, did, more, [], set()) is None


def test_a_sentence_that_only_repeats_the_headline_is_never_the_restatement():
    head = _head(
        "Fingolimod reduces relapses in relapsing MS",
        "Fingolimod reduces relapses in relapsing MS.",
    )
    same = [_p("Fingolimod reduces relapses in people with relapsing MS.", 7, 2)]
    assert restated_main(head, [], same, [_p(head.origin, 9, 4)], {head.origin}) is None


@pytest.mark.parametrize(
    "said_again",
    [
        "This review shows that fingolimod reduces relapses in relapsing MS.",  # who said it
        "Fingolimod reduces relapses in relapsing MS, as well as new lesions.",  # a short tail
    ],
)
def test_the_headline_with_a_few_words_more_is_never_the_restatement(said_again):
    # readers read the headline twice in the body: a near repeat is no restatement
    head = _head("Fingolimod reduces relapses in relapsing MS", said_again)
    assert restated_main(head, [], [], [_p(said_again, 9, 4)], {said_again}) is None


@pytest.mark.parametrize(
    "shown, restated",
    [
        # a result shown says the headline's finding in full: the headline is not said again
        ("There was no clear benefit from statins on memory scores in the pooled data.", False),
        # nothing else says it: the body keeps the main finding, even in the headline's words
        ("All studies measured memory with the same test.", True),
    ],
)
def test_the_headline_whole_is_said_again_only_when_no_result_shown_says_it(shown, restated):
    origin = "When the review authors pooled data, there was no clear benefit from statins."
    head = _head(origin.rstrip("."), origin)
    did = [Line("This was a review of earlier studies.", (3,), main=True), Line(shown, (5,))]
    line = restated_main(head, did, [_p(origin, 3, 1)], [], {origin})
    assert (line is not None and line.text == origin) is restated


@pytest.mark.parametrize(
    "text, same",
    [
        ("Fingolimod reduces relapses in relapsing MS.", True),
        ("Fingolimod reduces relapses in people with relapsing MS.", True),
        ("Over two years, fingolimod reduced relapses by about half compared with placebo.", False),
    ],
)
def test_word_for_word(text, same):
    assert word_for_word(text, "Fingolimod reduces relapses in relapsing MS") is same


@pytest.mark.parametrize(
    "text, missing",
    [
        ("None of the trials reported side effects.", True),
        ("Neither of the studies reported on quality of life.", True),
        ("No studies measured fatigue.", True),
        ("Deaths were not reported.", True),
        ("In people with relapsing MS, the study did not measure side effects.", True),
        ("No trial reported any serious side effects.", False),
        ("Side effects were more common with the drug than with placebo.", False),
    ],
)
def test_what_the_studies_did_not_report_is_no_result(text, missing):
    assert bool(NOT_REPORTED.search(text)) is missing
    if missing:
        assert not says_a_finding(text)


def test_none_of_the_trials_reported_harm_is_not_a_safety_result():
    unreported = _p("None of the trials reported side effects.", 5, 1)
    found = _p("Side effects were more common with the drug than with placebo.", 6, 2)
    rank = lambda p: (p.order,)  # noqa: E731
    assert harm_result([unreported], [unreported], set(), rank) is None
    assert harm_result([unreported, found], [unreported], set(), rank) == found


def test_no_study_reporting_a_difference_is_a_result():
    assert not NOT_REPORTED.search("No study reported a difference in walking speed.")
    assert not NOT_REPORTED.search("No study reported evidence of harm from the drug.")


def test_a_side_result_may_go_for_a_gate_error_but_never_the_main_one_or_a_harm():
    from plainsum.drafters.fit_grade import fit_grade

    lead = Line("Fingolimod cut relapses by half.", (4,), main=True, lead=True)
    told = Line("Relapses fell in both trials.", (5,), main=True, restates=True)
    harm = Line("Side effects were more common with fingolimod.", (6,), main=True)
    side = Line(
        "Information-processing velocity improved considerably on subsequent longitudinal "
        "neuropsychological evaluations.",
        (7,),
        main=True,
    )
    sections = {
        "what_the_study_did": [lead, told, harm, side],
        "why_it_matters": [],
        "limitations": [],
    }
    fit_grade(sections, 6.0)
    kept = sections["what_the_study_did"]
    assert side not in kept
    assert lead in kept and told in kept and harm in kept


def test_the_result_that_says_the_headlines_finding_is_kept_like_a_main_one():
    text = CUT_HEADLINE.replace(
        "Authors' conclusions: More trials are needed.",
        "Authors' conclusions: Vitamin D supplements reduce relapses in relapsing MS.",
    )
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    marked = [line for line in sections["what_the_study_did"] if line.restates]
    assert marked and all(line.main for line in marked)
    assert showing(head, sections["what_the_study_did"]) in marked


FRAME_AND_MAIN_FROM_ONE_SENTENCE = (
    "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
    "Main results: Two trials with 80 adults met the entry rules. Both trials measured "
    "tiredness with a questionnaire after four weeks.\n"
    "Authors' conclusions: This review found that cooling vests reduced tiredness in adults "
    "with MS, and the drop was largest in adults who wore them every day."
)


def test_the_main_result_restated_comes_after_the_design_frame_linked_to_its_sentence():
    head, did = _draft(FRAME_AND_MAIN_FROM_ONE_SENTENCE)
    main = "This review found that cooling vests reduced tiredness in adults with MS."
    assert did[0] == "This was a review of earlier studies."
    assert did.index(main) > did.index("The review included two trials with 80 adults.")
    # and before the rest of its own sentence, which leans on it
    assert did.index(main) + 1 == did.index(
        "The drop was largest in adults who wore them every day."
    )


CLAIM = "Cooling vests probably reduce tiredness in adults with MS."


@pytest.mark.parametrize(
    ("shown", "results", "expected"),
    [
        # a subgroup on another measure was shown: the result the claim rests on is said
        (
            ["In a subgroup of older adults, walking speed improved a little."],
            [
                "Adults who wore cooling vests had less tiredness than adults who did not.",
                "In a subgroup of older adults, walking speed improved a little.",
            ],
            "Adults who wore cooling vests had less tiredness than adults who did not.",
        ),
        # a result on what the claim names is shown already: nothing is added
        (
            ["Cooling vests reduced tiredness after four weeks."],
            ["Adults who wore cooling vests had less tiredness than adults who did not."],
            None,
        ),
        # a result that leans on the sentence before it, or names only how the study ran
        (
            ["In a subgroup of older adults, walking speed improved a little."],
            [
                "These adults had less tiredness with cooling vests.",
                "Tiredness was measured with a questionnaire in adults who wore cooling vests.",
            ],
            None,
        ),
    ],
)
def test_the_result_the_main_conclusion_rests_on_is_said_when_none_shown_names_it(
    shown, results, expected
):
    lines = [Line(t, (i + 2,)) for i, t in enumerate(shown)]
    pool = [_p(t, i + 5, i + 1) for i, t in enumerate(results)]
    used = set(shown)
    found = rested_on(_p(CLAIM, 9, 9), pool, lines, used)
    assert (found.text if found else None) == expected
