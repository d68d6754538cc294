"""A headline is the paper's own finding, read alone (issue 9): never what one trial compared,
what other reviews or guidelines cover, a wish for more trials, or a "their" that names no one.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural, method_or_call
from plainsum.plain.headline.dangling import dangles, names_neither
from plainsum.plain.headline.rank import UNNAMED_COST, form_cost
from plainsum.plain.standalone import leans_back


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("One trial compared a high dose of vitamin D with a low dose", True),
        ("The study compared morning with evening exercise in 40 adults", True),
        ("Nerve stimulation and injected fillers are considered in separate reviews", True),
        ("Drug treatments for bladder problems are covered in another Cochrane review", True),
        ("Current guidelines recommend a lower blood sugar target for most older people", True),
        ("Any large trials of cooling vests with long follow-up would be most welcome", True),
        # what was known before, said as the premise of the finding (a review was headed
        # "There is no doubt that breastfeeding is helpful for both mother and infant")
        ("There is no doubt that regular exercise is good for the heart", True),
        ("It is well known that smoking speeds up disability in MS", True),
        # how many studies met the entry rules, or measured an outcome (a review was headed
        # "Five studies met the review entry criteria")
        ("Six trials met the review entry criteria", True),
        ("Six trials met the review's eligibility criteria", True),
        ("Measures of walking were limited to three small trials", True),
        # findings
        ("Vitamin D did not lower the number of relapses in people with MS", False),
        ("Exercise eased fatigue more than rest, as guidelines recommend", False),
        ("The trial compared well with earlier studies and found less pain with the drug", False),
        ("Stretching no doubt eased the spasms a little in this small trial", False),
        ("The drug met the main aim of fewer relapses over two years", False),
        ("Benefits were limited to people with relapsing MS", False),
    ],
)
def test_a_side_remark_is_no_finding(text: str, side: bool):
    assert is_procedural(text) is side
    if side:  # never a headline, not even the last resort's
        assert method_or_call(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a result the authors say they did not set out to measure
        ("The drop in fever, though not a planned result of this review, may help the baby", True),
        (
            "Less tiredness, not a primary outcome of the trial, was seen with the cooling vest",
            True,
        ),
        ("A post hoc analysis found fewer relapses in younger people", True),
        ("Cooling vests eased tiredness, the main outcome planned for this trial", False),
        ("Cooling vests did not ease tiredness, the primary outcome of the trial", False),
    ],
)
def test_a_result_the_study_did_not_plan_to_measure_is_a_side_point(text: str, side: bool):
    assert is_procedural(text) is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # how a vaccine or a drip was taken, in a study of what it did: its safety, a side point
        # (a booster study was headed "No serious reactions to the booster were reported")
        ("No serious reactions to the flu jab were reported", True),
        ("Reactions to the first infusion were common but mild", True),
        ("Injection-site reactions were seen in a third of people", True),
        # who stopped taking part, and why
        ("Two people stopped because the cooling vest felt too heavy", True),
        ("One participant withdrew due to a knee injury", True),
        # the finding, with its safety said after it
        ("The booster raised antibody levels, with no serious reactions to the vaccine", False),
        # reactions as the outcome a treatment changed
        ("The new cream halved allergic reactions to peanuts in children", False),
    ],
)
def test_reactions_to_a_vaccine_or_a_drip_are_a_side_point(text: str, side: bool):
    assert is_procedural(text) is side


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("This review shows their benefit for the quality of life of women", True),
        ("This drug lowers their risk of a second stroke", True),
        ("Patients and their carers found the walking program helpful", False),
        ("Most people with MS rated their fatigue lower after the course", False),
        ("Trials varied in their design and length", False),
    ],
)
def test_their_needs_someone_named_before_it(text: str, leans: bool):
    assert dangles(text) is leans


@pytest.mark.parametrize(
    ("text", "leans", "side"),
    [
        # "also" after the "and" that joins it to a clause of the same sentence
        ("Fasting early in the day lowered blood sugar, and may also improve sleep", False, False),
        ("The drug lowered pain and also improved sleep in older adults", False, False),
        # "also" besides a finding the reader has not seen
        ("Exercise also reduced fatigue in people with MS", True, False),
        ("The drug may also help sleep", True, True),
    ],
)
def test_also_leans_only_on_what_the_sentence_has_not_said(text: str, leans: bool, side: bool):
    assert leans_back(text) is leans
    assert is_procedural(text) is side


def test_a_conclusion_that_a_drug_was_stopped_more_often_is_a_finding() -> None:
    from plainsum.plain.finding import DROP_OUT

    assert DROP_OUT.search("Two people stopped because the vest felt too heavy.")
    conclusion = (
        "In this registry study, relapse rates were similar with the two drugs, but one drug "
        "was stopped more often because of side effects."
    )
    assert not DROP_OUT.search(conclusion)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        # which two, a sentence the reader has not seen named
        ("The two techniques may be equally good at easing knee pain", True),
        ("Differences exist between the two subgroups in how fast wounds heal", True),
        ("Both treatments eased pain in most people", False),
        ("Open and closed surgery may be equally good, and the two techniques are safe", False),
        ("Cooling caps work as well as cold gloves, and the two methods cost the same", False),
    ],
)
def test_the_two_needs_them_named_before_it(text: str, unnamed: bool):
    assert names_neither(text) is unnamed
    # a cost, not a bar: the finding still beats a headline that says there is news
    assert (form_cost(text) >= UNNAMED_COST) is unnamed
