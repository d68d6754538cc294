"""The headline is the authors' main claim (issue 9): in an abstract without headings, the
conclusion the cue words read as a result; a template that says only what the main conclusion
says; leads and frames dropped whole, never in part. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.concluded import concludes, with_concluded
from plainsum.plain.headline.template import fill_template, main_conclusions
from plainsum.plain.shorten import short_forms
from plainsum.plain.shorten.may import with_may
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is no evidence of benefit for zinc in colds in otherwise healthy adults.", True),
        ("Fish oil is a helpful treatment for dry eyes, easing symptoms in about half.", True),
        ("This study showed walking is probably helpful for tiredness in older adults.", True),
        ("Vitamin C does not appear to shorten colds in children.", True),
        # an effect verb in the present tense says what holds now, as "is" does
        ("Honey eases night-time cough in children with colds.", True),
        ("Early walking after surgery shortens the hospital stay of older adults.", True),
        # a noun that looks like a verb is no present tense; "to reduce" names an aim
        ("Rises in blood pressure after salt in older adults.", False),
        ("Trials to reduce pain after surgery in older adults.", False),
        # a result: what was seen, in the past tense, or with its numbers
        ("Walking reduced tiredness more than rest did.", False),
        ("There was no clear difference in pain between the two groups.", False),
        ("Zinc is linked with shorter colds (ratio 0.8, 95% interval 0.7 to 0.9).", False),
        # about the trials, or leaning on a sentence before it
        ("A randomised trial of zinc for colds is neither ethical nor practical.", False),
        ("There are no long-term trials of zinc for colds in adults.", False),
        ("There is no long-term data on their effect.", False),
        # how far the evidence can be trusted
        ("The effects seen can be caused by both systematic error and random errors.", False),
        ("Gauze is the cheapest dressing as reported in the studies in this review.", False),
        ("Evidence that zinc helps is uncertain, as studies reported mixed results.", False),
        ("There is limited evidence from three trials in gains in walking.", False),
        ("No difference when zinc is compared with vitamin C.", False),
        ("There is strong evidence from trials that zinc shortens colds in adults.", True),
        ("The review authors found no evidence that zinc is better than vitamin C.", True),
        # a call for research or a method is never the authors' finding
        ("More trials are needed to show whether zinc is helpful.", False),
        ("The review authors searched four databases for trials of zinc.", False),
    ],
)
def test_a_result_that_reads_as_the_authors_conclusion(text: str, expected: bool) -> None:
    assert concludes(text) is expected


def test_results_after_the_last_number_that_conclude_join_the_conclusions() -> None:
    results = _ordered(
        0,
        "Zinc lowered the length of colds by 1.5 days in six trials.",
        "Side effects were mild and came as often with zinc as with dummy pills.",
        "Zinc is a helpful treatment for colds in adults, easing them by about a day.",
    )
    conclusions = _ordered(3, "Soluble tablets gave faster relief.", "More trials are needed.")
    joined, left = with_concluded(conclusions, results)
    assert [p.order for p in joined] == [2, 3, 4]
    assert [p.order for p in left] == [0, 1]
    # before the last numbered result nothing moves: a present-tense result among the rest
    early = _ordered(0, "Zinc is helpful for colds.", "Colds lasted 1.5 days less with zinc.")
    assert with_concluded(conclusions, early) == (conclusions, early)


def test_without_headings_the_authors_claim_heads_over_a_side_point() -> None:
    results = _ordered(
        0,
        "Zinc lowered the length of colds by 1.5 days in six trials.",
        "Zinc is a helpful treatment for colds in adults.",
    )
    conclusions = _ordered(2, "Soluble tablets gave faster relief than plain tablets.")
    head = choose_headline(conclusions, results, StudyDesign.REVIEW, headed=False)
    assert head.text == "Zinc is a helpful treatment for colds in adults"
    # under headings the authors placed their conclusions themselves: a result stays one
    head = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert head.text != "Zinc is a helpful treatment for colds in adults"


def test_a_template_says_only_what_the_main_conclusion_says() -> None:
    conclusions = _ordered(
        0,
        "Only two small trials of knee braces have been done.",
        "Knee braces are highly helpful for pain in the short term.",
        "There is no evidence to support one way of fitting them over another.",
    )
    assert [p.order for p in main_conclusions(conclusions)] == [0, 1]
    head = fill_template(
        conclusions, StudyDesign.REVIEW, "animals", "9 trials", 0, "knee braces", 0
    )
    assert head.text == "A review of 9 trials looked at knee braces"
    # what a procedure is done for is no finding: the main conclusion comes after it
    done = _ordered(
        0,
        "Knee surgery is done worldwide to improve pain in older adults.",
        "There is no evidence to support knee surgery in these adults.",
    )
    assert len(main_conclusions(done)) == 2
    # where the main conclusion is that the evidence is not clear, the template says so
    unclear = _ordered(0, "There is no clear evidence that knee braces ease pain.")
    head = fill_template(unclear, StudyDesign.REVIEW, "animals", "9 trials", 0, "knee braces", 0)
    assert head.text == "A review of 9 trials found no clear evidence about knee braces"


@pytest.mark.parametrize(
    "conclusion",
    [
        "The trials were small and short, which makes it difficult to derive any conclusions on "
        "knee braces for pain.",
        "It is impossible to draw firm conclusions about knee braces for pain in older adults.",
        "No firm conclusions can be drawn about knee braces for pain in older adults.",
        "The review authors were unable to draw conclusions about knee braces for pain.",
    ],
)
def test_a_template_says_the_evidence_is_not_clear_where_no_conclusion_can_be_drawn(
    conclusion: str,
) -> None:
    head = fill_template(
        _ordered(0, conclusion), StudyDesign.REVIEW, "animals", "4 trials", 0, None, None
    )
    assert head.text == "A review of 4 trials found the evidence was not clear"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead goes whole, never leaving "Of the review, ..."
        (
            "Based on the findings of the review, knee braces are linked with little or no "
            "change in pain compared with no brace",
            "Knee braces are linked with little or no change in pain compared with no brace",
        ),
        (
            "Based on this review, the included studies showed that knee braces did not ease pain",
            "Knee braces did not ease pain",
        ),
        # a frame with no "that" before a clause
        (
            "This study showed knee braces are probably helpful for pain in older adults",
            "Knee braces are probably helpful for pain in older adults",
        ),
        ("The data showed most braces were worn daily", "Most braces were worn daily"),
        # the control said as "in comparison with" goes as "compared with" does
        (
            "Knee braces reduced falls over two years in comparison with placebo",
            "Knee braces reduced falls over two years",
        ),
    ],
)
def test_a_lead_or_frame_goes_whole(text: str, expected: str) -> None:
    assert expected in short_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Based on the findings of the review, knee braces are linked with less pain",
        "This study showed knee braces are probably helpful for pain in older adults",
        # a noun phrase after the frame: no clause to stand alone
        "The study found reduced pain in people who wore a brace",
        "The results showed a clear benefit of braces on pain",
        # a hedging frame goes only where the claim keeps a hedge of its own
        "This review suggests knee braces ease pain in older adults",
    ],
)
def test_no_form_opens_on_a_piece_of_a_lead_or_a_noun_phrase(text: str) -> None:
    for form in short_forms(text):
        assert not form.startswith(("Of ", "Reduced ", "A clear ", "Knee braces ease"))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "the repair system promotes swelling in mice",
            "the repair system may promote swelling in mice",
        ),
        (
            "vitamin D reduces relapses in people with MS",
            "vitamin D may reduce relapses in people with MS",
        ),
        ("sleep problems are a cause of tiredness", "sleep problems may be a cause of tiredness"),
        ("walking does not reduce pain", "walking may not reduce pain"),
        ("people who walk daily have less pain", None),  # a clause inside the subject
        ("walking reduced pain", None),  # a past tense: left whole
        ("it promotes swelling", None),  # a pointer for a subject
        ("walking is not linked with pain", None),  # "is not": left whole
        # what there is: "there may be"
        (
            "there are no clear benefits of balance classes for falls",
            "there may be no clear benefits of balance classes for falls",
        ),
        (
            "there is now a link between sleep and tiredness",
            "there may now be a link between sleep and tiredness",
        ),
        ("there is not a link between sleep and tiredness", None),  # "is not": left whole
        ("there was a link between sleep and tiredness", None),  # a past tense: left whole
        ("there is no evidence of a difference in falls", None),  # how much evidence: whole
        ("there is now a lack of evidence for yoga", None),
    ],
)
def test_a_claim_takes_may_for_the_hedge_of_its_frame(clause: str, expected: str | None) -> None:
    assert with_may(clause) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "These findings suggest that the repair system promotes swelling in mice",
            "The repair system may promote swelling in mice",
        ),
        (
            "Our data indicate that vitamin D reduces relapses in people with relapsing MS",
            "Vitamin D may reduce relapses in people with relapsing MS",
        ),
        (
            "This review suggests exercise reduces tiredness in adults",
            "Exercise may reduce tiredness in adults",
        ),
    ],
)
def test_a_hedging_frame_becomes_the_claims_may(text: str, expected: str) -> None:
    assert expected in short_forms(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Steroids probably slightly reduce deaths up to 30 days in people in hospital, while "
            "the evidence is very uncertain about the effect on deaths up to 120 days",
            "Steroids probably slightly reduce deaths up to 30 days in people in hospital",
        ),
        # how sure the evidence is about the claim itself stays with it
        (
            "Steroids may reduce deaths in people in hospital, while the evidence is uncertain "
            "about this effect",
            None,
        ),
        ("Steroids reduce deaths in people in hospital, but the evidence is very uncertain", None),
    ],
)
def test_how_sure_the_evidence_is_about_another_outcome_may_go(
    text: str, expected: str | None
) -> None:
    forms = short_forms(text)
    if expected is None:
        assert not any(f.startswith("Steroids") and "evidence" not in f for f in forms)
    else:
        assert expected in forms


@pytest.mark.parametrize(
    ("text", "procedural"),
    [
        # withdrawal from a drug is the condition treated, not people leaving a trial
        ("No medicine is helpful for treatment of cocaine withdrawal", False),
        ("Zinc eased withdrawal symptoms more than dummy pills did", False),
        ("Withdrawals were more common with zinc", True),
        ("More people withdrew from the zinc group", True),
        # what happened to people, not a call for research
        ("Children with a written plan had fewer flare-ups which needed a hospital visit", False),
        ("Further research is needed", True),
        ("The number of babies that needed to be treated to prevent one leak was six", True),
    ],
)
def test_withdrawal_and_needed_read_by_what_they_name(text: str, procedural: bool) -> None:
    assert is_procedural(text) is procedural
