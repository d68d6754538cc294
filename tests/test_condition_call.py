"""A call for more research names who should be studied next, not who was: a trial that says
whom it took in never takes its topic line from its call ("This study was about gout." for a
trial in people with night cramps), while a paper that names its people nowhere else may
(plain/condition.py; a hand-written hiccups trial was drafted "This study was about stroke.").
Every sentence is written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role
from plainsum.settings import Settings

# A trial in older adults with night cramps whose last sentence asks for a trial in gout.
_CRAMPS = (
    "Night cramps in the legs are common in older adults and disturb their sleep. "
    "We randomly assigned 80 older adults with night cramps seen in three clinics to a "
    "stretching routine before bed or to usual advice for six weeks. "
    "Cramps fell from five to two a week with stretching and from five to four with usual "
    "advice. "
    "No one reported harms from stretching. "
    "Stretching before bed reduced night cramps in this small trial. "
    "A longer trial including people with cramps and gout is needed."
)


def test_a_trial_whose_people_are_named_never_takes_its_topic_from_its_call() -> None:
    sentences = [
        ("We randomly assigned 80 older adults with night cramps to stretching.", 1, Role.METHODS),
        ("Stretching reduced night cramps.", 4, Role.CONCLUSION),
        ("A longer trial including people with cramps and gout is needed.", 5, Role.CONCLUSION),
    ]
    assert conditions_of(sentences) == []


def test_a_trial_drafted_whole_says_nothing_of_the_call_s_condition() -> None:
    summary = draft(_CRAMPS, Settings(backend="offline")).summary
    said = " ".join([summary.headline, summary.what_the_study_did, summary.why_it_matters])
    assert "about gout" not in said


def test_a_paper_that_names_its_people_only_in_its_call_keeps_it_as_its_topic() -> None:
    # a review whose other sentences name no people: its call says what it was about
    review = [
        ("Six trials with 900 participants compared the two inhalers.", 1, Role.METHODS),
        ("The newer inhaler did not reduce attacks.", 3, Role.RESULTS),
        ("More trials are needed in children with asthma.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(review)] == ["asthma"]


def test_a_call_naming_the_people_the_trial_took_in_keeps_its_condition() -> None:
    # the call names the same condition the trial's people had: it is the topic
    same = [
        (
            "We randomly assigned 60 adults with gout to the new drug or to placebo.",
            1,
            Role.METHODS,
        ),
        ("The new drug reduced flares.", 3, Role.CONCLUSION),
        ("Longer trials in people with gout are needed.", 4, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(same)] == ["gout"]
