"""A long name written out again and again is given once in full and then said by its head noun
(issue 9): a trial of "internet-delivered cognitive behavioural therapy" wrote it out five times
and its body read at grade 12. Only where "the therapy" names one thing, and only in a slot "the"
can take. Texts written for the tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.short_names import shortened
from plainsum.settings import Settings

LONG = "internet-delivered cognitive behavioural therapy"
HEAD = f"Fatigue scores fell more with {LONG} than with usual care"
BODY = [
    f"The researchers tested whether a 10-week {LONG} programme reduces fatigue.",
    f"In this trial, 120 adults with MS were assigned to {LONG} or to usual care.",
    f"Sleep also improved more with {LONG}.",
    f"{LONG[0].upper()}{LONG[1:]} with brief therapist support reduced fatigue in the short term.",
]


def test_the_body_gives_the_name_once_then_says_the_therapy():
    said = shortened(HEAD, BODY, [LONG])
    assert said[0] == BODY[0]  # its first use in the body, before another noun, stays whole
    assert (
        said[1]
        == "In this trial, 120 adults with MS were assigned to the therapy or to usual care."
    )
    assert said[2] == "Sleep also improved more with the therapy."
    assert said[3].startswith("The therapy with brief therapist support reduced fatigue")


def test_a_name_said_twice_is_left_as_it_is():
    assert shortened("Fatigue fell", BODY[:2], [LONG]) == BODY[:2]


def test_another_therapy_named_in_the_draft_keeps_every_long_form():
    body = [*BODY, "Drug therapies were not allowed during the trial."]
    assert shortened(HEAD, body, [LONG]) == body


def test_a_long_form_of_another_kind_is_left_as_it_is():
    long = "relapsing-remitting multiple sclerosis"
    body = [f"People with {long} took part.", f"Relapses fell in {long}.", f"Most had {long}."]
    assert shortened("Relapses fell", body, [long]) == body


TRIAL = (
    "Background: Fatigue is common in multiple sclerosis (MS) and often goes untreated. "
    "Objective: We tested whether a 10-week internet-delivered cognitive behavioural therapy "
    "(iCBT) programme reduces fatigue. "
    "Methods: In this randomised trial, 120 adults with MS and severe fatigue were assigned to "
    "iCBT or to usual care. Fatigue was measured with a standard fatigue scale. "
    "Results: After 10 weeks, fatigue scores fell by 9 points with iCBT and by 2 points with usual "
    "care. Sleep quality also improved more with iCBT. "
    "Conclusions: iCBT with brief therapist support reduced fatigue in people with MS in the "
    "short term."
)


def test_a_drafted_trial_says_the_long_name_in_full_once_in_its_body():
    summary = draft(TRIAL, Settings(backend="offline")).summary
    rest = " ".join([summary.what_the_study_did, summary.why_it_matters])
    assert rest.lower().count(LONG) == 1
    assert "the therapy" in rest.lower()
