"""A review body that never says what its treatment was compared with gets one whole sentence
that says it, read from where the paper says what its trials compared (issue 9, "what was
compared"); never from a sentence about some of its trials, never when the sides are not plain
things, and never when the body already names the comparator. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import PlainSentence, plain_sentences
from plainsum.plain.source import SourceSentence
from plainsum.plain.what_compared import compared_in_review, names_comparison
from plainsum.settings import Settings


def _edit(text: str, index: int) -> list[PlainSentence]:
    return plain_sentences(text, True, (index,))


def _built(text: str, role: Role = Role.METHODS, total: int | None = None) -> str | None:
    sentences = [SourceSentence(3, text, role, 0, len(text))]
    said = compared_in_review(sentences, _edit, headed=True, total=total)
    return said.text if said else None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Selection criteria: Randomised trials comparing cooling vests with no cooling in "
            "adults with MS and heat sensitivity.",
            "The review looked for trials that compared cooling vests with no cooling.",
        ),
        (  # the comparator a list; "of X versus Y"
            "Selection criteria: We included randomised trials of vitamin D versus placebo or "
            "usual care, of at least six months, in people with any type of MS.",
            "The review looked for trials that compared vitamin D with placebo or usual care.",
        ),
        (  # the count and its people before what they compared
            "Main results: We included six trials involving 410 participants that compared "
            "home balance training with a waiting list.",
            "The review looked for trials that compared home balance training with a waiting list.",
        ),
        (  # placebo-controlled trials of the treatment
            "Selection criteria: Randomised, placebo-controlled trials of cooling vests given "
            "for at least a week in adults with MS.",
            "The review looked for trials that compared cooling vests with placebo.",
        ),
        (  # the comparator ends before "and" with what the trials had to report
            "Selection criteria: Randomised trials comparing cooling vests versus fans and "
            "reporting fatigue in adults with MS.",
            "The review looked for trials that compared cooling vests with fans.",
        ),
        (  # "other treatments": the comparator may be another of the same
            "Selection criteria: All randomised trials comparing modafinil with other "
            "treatments for fatigue were eligible.",
            "The review looked for trials that compared modafinil with other treatments.",
        ),
    ],
)
def test_what_the_trials_compared_is_said_whole(text: str, said: str) -> None:
    assert _built(text, total=6) == said


@pytest.mark.parametrize(
    "text",
    [
        # some of the review's trials: one comparison among several
        "Main results: Two trials compared cooling vests with fans in 80 adults.",
        "Main results: The remaining trials compared cooling vests with fans.",
        "Main results: Eight of the trials compared cooling vests with fans.",
        # how it was measured, not what it was compared with
        "Selection criteria: Trials evaluating fatigue with a questionnaire.",
        # sides that are measures or pointers, not things compared
        "Main results: The trials compared the effects of the two doses with each other.",
        "Selection criteria: Trials comparing different types of exercise with one another.",
        # a side with a number in it: a count, not a thing
        "Main results: Trials compared 12 weeks of training with 6 weeks.",
        # the noun said once, after the second side: "compared supervised with home" is broken
        "Selection criteria: Randomised trials comparing supervised versus home exercise "
        "programmes in adults with MS.",
        "Selection criteria: Randomised trials comparing planned home versus hospital "
        "rehabilitation after a relapse.",
        # "with or without": the rest of the treatment's own phrase, no comparator
        "Selection criteria: Randomised trials comparing baclofen with or without "
        "physiotherapy for spasticity.",
        # a side cut before what it leads to
        "Selection criteria: Randomised trials comparing cooling vests with fans or other "
        "devices such as cold packs.",
        # one trial of a review of several
        "Main results: We included one trial that compared cooling vests with fans.",
        # the comparison word read is the joining one
        "Selection criteria: Trials comparing exercise added to usual care vs usual care.",
    ],
)
def test_a_sentence_that_is_not_about_all_trials_or_not_plain_gives_nothing(text: str) -> None:
    assert _built(text, total=6) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Objectives: To compare the effects of cooling vests with fans for heat-related "
            "fatigue in adults with MS.",
            "The review looked for trials that compared cooling vests with fans.",
        ),
        (
            "Objectives: To assess the benefits and harms of vitamin D compared with placebo in "
            "people with relapsing MS.",
            "The review looked for trials that compared vitamin D with placebo.",
        ),
    ],
)
def test_a_reviews_aim_that_names_both_sides_says_what_was_compared(text: str, said: str) -> None:
    assert _built(text, Role.AIM) == said


@pytest.mark.parametrize(
    "text",
    [
        # two modifiers of a noun said once
        "Objectives: To compare the effects of high-dose versus low-dose vitamin D.",
        # a verb read as the comparator
        "Objectives: To compare the effects of cooling techniques to reduce fatigue.",
        # the treatment side says for whom: "brief therapy for teenagers with ..." is no thing
        "Objectives: To compare brief therapy for teenagers with standard therapy.",
        # which "with" compares cannot be told
        "Objectives: To compare treatment with cooling vests with fans in adults.",
        # a treatment cut after how it was used: "cooling vests worn with placebo" is broken
        "Selection criteria: Randomised, placebo-controlled trials of cooling vests worn for "
        "at least a week.",
        # a comparator run on into its verb
        "Main results: Trials comparing cooling vests with fans ranged from 2 to 12 weeks.",
    ],
)
def test_an_aim_or_sentence_whose_sides_are_not_plain_gives_nothing(text: str) -> None:
    role = Role.AIM if text.startswith("Objectives") else Role.RESULTS
    assert _built(text, role, total=6) is None


def test_the_one_trial_of_a_review_of_one_is_the_whole_review() -> None:
    text = "Main results: We included one trial that compared cooling vests with fans."
    said = "The review looked for trials that compared cooling vests with fans."
    assert _built(text, total=1) == said
    # (a capital opening the sentence is still the trials)
    text = "Main results: Studies compared cooling vests with fans."
    assert _built(text, total=None) == said


def test_a_count_of_all_the_trials_is_the_whole_review() -> None:
    text = "Main results: Six trials compared cooling vests with fans."
    assert (
        _built(text, total=6)
        == "The review looked for trials that compared cooling vests with fans."
    )
    assert _built(text, total=11) is None  # six of eleven: a part


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Vitamin D did not change relapse rates compared with placebo.", True),
        # (the glossary's word for a placebo)
        ("People given a dummy treatment had as many relapses as those given the drug.", True),
        ("Relapses were fewer with vitamin D than with usual care.", True),
        ("Vitamin D made little or no difference to relapses.", False),
    ],
)
def test_a_body_that_names_the_comparator_needs_no_sentence(body: str, named: bool) -> None:
    built = "The review looked for trials that compared vitamin D with placebo or usual care."
    assert names_comparison(built, body) is named


def test_a_body_that_sets_its_results_against_something_needs_no_sentence() -> None:
    built = "The review looked for trials that compared cooling vests with fans."
    assert names_comparison(built, "Cooling vests versus sham vests: fatigue was lower.")
    assert names_comparison(built, "Fatigue was lower with cooling vests than in the controls.")


def test_the_treatments_own_word_in_the_comparator_is_not_the_comparator_named() -> None:
    built = "The review looked for trials that compared anticonvulsants with no anticonvulsant."
    assert not names_comparison(built, "Anticonvulsants reduced seizures in pregnancy.")
    assert names_comparison(built, "Seizures were fewer than with no anticonvulsant.")


_REVIEW = (
    "Objectives: To assess the effects of cooling therapy for heat-related fatigue in people "
    "with multiple sclerosis.\n"
    "Selection criteria: Randomised controlled trials comparing cooling vests with sham "
    "vests in adults with MS.\n"
    "Main results: We included five trials with 212 participants. Fatigue scores were lower "
    "with cooling vests at the end of treatment (MD -4.1, 95% CI -6.0 to -2.2; low-certainty "
    "evidence). Walking distance did not clearly change.\n"
    "Authors' conclusions: Cooling vests may reduce heat-related fatigue in people with MS, "
    "but the evidence is of low certainty."
)


def test_a_review_body_says_what_its_trials_compared() -> None:
    body = draft(_REVIEW, Settings(backend="offline")).summary.what_the_study_did
    assert "The review looked for trials that compared cooling vests with sham vests." in body


def test_a_review_body_that_names_the_comparator_is_left_as_it_was() -> None:
    text = _REVIEW.replace(
        "Walking distance did not clearly change.",
        "Walking distance did not clearly change compared with sham vests.",
    )
    body = draft(text, Settings(backend="offline")).summary.what_the_study_did
    assert "The review looked for trials" not in body
