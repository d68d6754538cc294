"""Why it matters in the authors' own words when their one conclusion is the headline (issue 9):
the conclusion's second clause, the paper's stated use of its findings, a call that names what is
still to be shown. Abstracts written for the test, in the shape of journal abstracts with a
one-sentence conclusion (plainsum.plain.own_meaning)."""

from __future__ import annotations

import pytest
from composed_draft import composed

from plainsum.plain.own_meaning import finding_then_call, meaning_tail, named_call, stated_use

_draft = composed


@pytest.mark.parametrize(
    ("sentence", "finding", "meaning"),
    [
        (
            "Tovaxil improved a marker of nerve conduction in chronic optic neuritis, "
            "consistent with myelin repair.",
            "Tovaxil improved a marker of nerve conduction in chronic optic neuritis",
            "this is consistent with myelin repair",
        ),
        (
            "Quitting smoking after diagnosis was linked with slower disability worsening, "
            "supporting advice to quit at any stage.",
            "Quitting smoking after diagnosis was linked with slower disability worsening",
            "this supports advice to quit at any stage",
        ),
        (
            "Daily walking lowered fatigue scores in women with MS, which suggests that "
            "simple exercise can ease tiredness.",
            "Daily walking lowered fatigue scores in women with MS",
            "this suggests that simple exercise can ease tiredness",
        ),
        # what follows from it, as advice (a case series' lesson)
        (
            "Stopping natalizumab can be followed by a sharp return of relapses, so doctors "
            "should start the next drug within weeks.",
            "Stopping natalizumab can be followed by a sharp return of relapses",
            "this means doctors should start the next drug within weeks",
        ),
        # the harms the authors set beside the finding, and their call
        (
            "Weekly cooling sessions may ease heat-related tiredness in people with MS, although "
            "side effects were common and larger trials are needed.",
            "Weekly cooling sessions may ease heat-related tiredness in people with MS",
            "side effects were common and larger trials are needed",
        ),
    ],
)
def test_a_meaning_run_on_after_the_finding_is_split_from_it(sentence, finding, meaning):
    assert meaning_tail(sentence) == (finding, meaning)


@pytest.mark.parametrize(
    "sentence",
    [
        # where the finding stands among others: no meaning of its own
        "Relapse rates were lower with the new dose in adults with MS, consistent with earlier "
        "reports.",
        # a second result, not what the finding means
        "Relapses fell in the group given the drug in this trial, indicating a 30% drop.",
        # too little left before the comma to stand as the finding
        "It helped, consistent with myelin repair.",
        # "so" that says how much, or with no advice after it
        "Relapses were rare in the group given the drug, so few needed steroids.",
        # a concession that bears on the finding itself, not on its harms
        "Weekly cooling sessions eased heat-related tiredness in people with MS, although the "
        "effect was small.",
    ],
)
def test_a_tail_that_is_no_meaning_or_leaves_no_whole_finding_stays(sentence):
    assert meaning_tail(sentence) is None


def test_a_call_that_names_what_is_still_to_be_shown_is_said_and_a_bare_one_is_not():
    assert named_call("Larger trials with measures of walking are needed.") == (
        "The authors say larger trials with measures of walking are needed."
    )
    assert named_call("Further randomised controlled trials are needed.") is None
    assert named_call("Studies in larger groups of patients are needed.") is None
    assert named_call("Larger trials are needed to confirm these findings.") is None
    # a finding with a call after it is a finding, not a call
    assert named_call("Cooling helped, but trials with measures of walking are needed.") is None


def test_a_stated_use_of_the_findings_is_read_and_a_finding_is_not():
    assert stated_use("These findings can help clinics plan support for carers of people with MS.")
    assert not stated_use("These findings were similar in men and women.")


TRIAL = (
    "Remyelination is an unmet need in multiple sclerosis (MS). In a 24-week, double-blind, "
    "placebo-controlled trial, 80 adults with relapsing MS and chronic optic neuritis were "
    "randomly assigned to oral tovaxil 10 mg daily or placebo. The primary outcome was the "
    "change in visual evoked potential latency. Tovaxil shortened latency by 4.1 ms compared with "
    "placebo. Contrast vision did not differ between groups. In conclusion, tovaxil improved a "
    "marker of nerve conduction in chronic optic neuritis, consistent with myelin repair. Larger "
    "trials with measures of disability are needed."
)


def test_a_trial_whose_one_conclusion_heads_says_its_meaning_and_call_under_why():
    head, body, why, lim = _draft(TRIAL)
    assert "consistent with" not in head
    assert head.startswith("Tovaxil improved a marker of nerve")
    assert why.startswith("The authors say this is consistent with myelin repair.")
    assert "Larger trials with measures of disability are needed." in why
    assert "more research is needed" not in lim  # the call is said once, under why


COHORT = (
    "Background: Smoking has been linked with faster worsening of multiple sclerosis (MS). "
    "Methods: We followed 900 people with MS who smoked at diagnosis for a median of 7 years. "
    "Results: Of these, 310 quit. People who quit reached a walking aid later than those who "
    "kept smoking (hazard ratio 0.70; 95% CI 0.55 to 0.89). Conclusions: Quitting smoking after "
    "an MS diagnosis was linked with slower worsening of disability, supporting advice to quit "
    "at any stage."
)


def test_a_cohort_conclusion_with_a_second_clause_heads_with_its_finding():
    head, body, why, _ = _draft(COHORT)
    assert head.startswith("Quitting smoking after an MS diagnosis was linked with slower")
    assert "supporting" not in head
    assert "The authors say this supports advice to quit at any stage." in why
    assert "supporting advice" not in body


INTERVIEWS = (
    "Objective: To explore how people with progressive multiple sclerosis (MS) experience "
    "swimming classes. Methods: We interviewed 22 people with progressive MS who had attended "
    "swimming classes for at least two months. Results: Participants valued staff who knew "
    "about MS and changing rooms close to the pool. Cost was the main barrier. Conclusions: "
    "Swimming classes were valued by people with progressive MS when staff knew about the "
    "condition. These findings can help leisure centres plan classes that people with "
    "progressive MS can keep attending."
)


def test_an_interview_study_says_its_stated_use_under_why():
    head, _, why, _ = _draft(INTERVIEWS)
    assert head.startswith("Swimming classes were valued")
    assert why.startswith("These findings can help leisure centres plan classes")


NO_CALL = (
    "Background: Bladder urgency is common in multiple sclerosis (MS). Methods: We randomly "
    "assigned 70 people with MS to pelvic floor training with or without nerve stimulation for 8 "
    "weeks. Results: Urgency episodes fell more with stimulation (p=0.01). Conclusions: Adding "
    "nerve stimulation to pelvic floor training reduced urgency in people with MS. Further "
    "studies are needed."
)


def test_a_bare_call_is_never_said_as_why_it_matters():
    _, _, why, _ = _draft(NO_CALL)
    assert "studies are needed" not in why


CASE_SERIES = """Relapses after stopping natalizumab: a case series

We describe 5 women with relapsing MS, aged 28 to 39 years, who had a severe relapse within 3 \
months of stopping natalizumab. Three stopped to plan a pregnancy and two because of a raised \
infection risk. Scans showed many new active lesions in all five. All were treated with high-dose \
steroids. By 6 months, three women had recovered most of their function. Stopping natalizumab \
can be followed by a sharp return of relapses, so doctors should start the next drug within weeks.
"""


def test_a_case_series_heads_with_its_lesson_and_says_the_advice_under_why_it_matters():
    head, body, why, _ = _draft(CASE_SERIES)
    # never a side point with a bare count for a subject ("Scans showed ... in all five")
    assert head == "Stopping natalizumab can be followed by a sharp return of relapses"
    assert "The authors say this means doctors should start the next drug within weeks." in why


@pytest.mark.parametrize(
    ("sentence", "both"),
    [
        ("Stretching eased night-time spasms over 3 weeks; longer studies are needed.", True),
        ("Cooling may ease fatigue, but larger trials are needed.", True),
        # a call alone, or a call with what it should measure, states no finding
        ("Larger trials are needed.", False),
        ("More trials are needed; these should measure walking.", False),
        # a finding alone
        ("Stretching eased night-time spasms over 3 weeks.", False),
    ],
)
def test_a_finding_then_a_call_is_told_apart(sentence: str, both: bool) -> None:
    assert finding_then_call(sentence) is both


LONG_CONCLUSION = (
    "Background: Whether monthly infusions of velanumab help in progressive multiple sclerosis "
    "(MS) is unknown. Methods: In this randomised trial, 90 adults with progressive MS were "
    "assigned to monthly velanumab or steroid infusions alone for one year. The primary outcome "
    "was the time to confirmed worsening of disability. Results: Confirmed worsening occurred in "
    "12 of 45 people given velanumab and 21 of 45 given steroids alone. Headache and nausea were "
    "common with velanumab. Conclusions: In adults with progressive MS who still have signs of "
    "active inflammation, monthly velanumab given for one year may slow the worsening of "
    "disability compared with steroids alone, although side effects were common and larger "
    "trials are needed."
)


def test_a_long_conclusion_heads_over_bare_counts_and_its_harms_are_said_under_why():
    head, body, why, _ = _draft(LONG_CONCLUSION)
    # the authors' finding heads, not the counts that leave the reader to work out which way
    assert "may slow the worsening of disability compared with steroids alone" in head
    assert "although" not in head
    assert "12 of 45 people given" in body
    assert why.startswith("The authors say side effects were common and larger trials are needed.")
