"""A review's headline that gives one of its studies' results as the review's finding, and a
procedure headline beside conclusions that name a procedure only in passing (texts written for
these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

# Two trials, each reported on its own; the conclusions speak for both and settle nothing.
TWO_TRIALS = parse(
    """Board games for teaching nurses about pressure sores: a systematic review

Objectives: To assess whether board games improve what nurses know about pressure sores.

Methods: We searched MEDLINE and CINAHL to May 2022. Of 60 potentially eligible records, we
included two randomised trials.

Results: The first trial tested a quiz game built on a television show. It did not measure
any patient outcome. Nurses randomised to the quiz game had higher scores on a knowledge test
after the course. The second trial compared a dice game with lectures. Scores on the knowledge
test did not differ between the groups at the end of the course or three months later.

Conclusions: The findings of this review neither confirm nor refute the value of games for
teaching nurses."""
)

# The same results, pooled: the result is the review's own.
POOLED = parse(
    """Board games for teaching nurses about pressure sores: a systematic review

Objectives: To assess whether board games improve what nurses know about pressure sores.

Methods: We searched MEDLINE and CINAHL to May 2022 and included six randomised trials.

Results: Pooled across all six trials, nurses randomised to a game had higher scores on a
knowledge test after the course.

Conclusions: Games may improve what nurses know about pressure sores."""
)

BODY = {
    "what_the_study_did": "Reviewers found two trials of board games for nurses.",
    "why_it_matters": "Nurses need to know how to prevent sores. Talk with your care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def _messages(headline: str, source) -> list[str]:
    found = check_headline(source, PlainSummary(headline=headline, **BODY))
    return [f.message for f in found if f.severity.value == "error"]


def test_one_trials_result_said_as_the_reviews_finding_is_an_error():
    headline = "Nurses who played the quiz game had higher scores on the knowledge test"
    (message,) = _messages(headline, TWO_TRIALS)
    assert "single study's result" in message
    assert "Nurses randomised to the quiz game" in message


@pytest.mark.parametrize(
    "headline",
    [
        # the headline says whose result it is
        "In one trial, nurses who played a quiz game had higher knowledge scores",
        # the conclusion itself
        "It is not clear whether games help nurses learn about pressure sores",
    ],
)
def test_a_headline_that_names_the_one_trial_or_gives_the_conclusion_passes(headline):
    assert not any("single study" in m for m in _messages(headline, TWO_TRIALS))


def test_a_pooled_result_is_the_reviews_own_finding():
    headline = "Nurses who played a game had higher scores on the knowledge test"
    assert not any("single study" in m for m in _messages(headline, POOLED))


# Conclusions about five comparisons, one of which says no trials were found in children.
ASIDE = parse(
    """Two inhalers for asthma: a systematic review

Objectives: To compare two combination inhalers in people with asthma.

Methods: We searched trial registers to June 2020. Five studies met the review entry
criteria (4100 adults).

Results: Flare-ups needing steroid tablets did not differ clearly between the inhalers.

Conclusions: Neither inhaler was clearly better at preventing flare-ups. Lung function was
much the same with both. No trials were identified in children and this is a research
priority."""
)

# An empty review: its conclusions are about what was found to include.
EMPTY = parse(
    """Cooling vests for fatigue in multiple sclerosis: a systematic review

Objectives: To assess cooling vests for fatigue in people with multiple sclerosis.

Methods: We searched MEDLINE and Embase to June 2021.

Results: No trials met the inclusion criteria.

Conclusions: No trials were identified. Trials of cooling vests are needed."""
)


def test_a_procedure_headline_fails_beside_a_procedure_named_in_passing():
    (message,) = _messages("Five studies met the review entry criteria", ASIDE)
    assert "how the study was done" in message


def test_a_procedure_headline_passes_where_the_conclusions_are_about_it():
    assert _messages("No trials were identified for this review", EMPTY) == []


# One trial named, then the review's own reading of all its trials, in the present tense.
READING = parse(
    """Board games for teaching nurses about pressure sores: a systematic review

Objectives: To assess whether board games improve what nurses know about pressure sores.

Methods: We searched MEDLINE and CINAHL to May 2022 and included four randomised trials.

Results: Knowledge scores rose more with games in one trial of 40 nurses. Board games appear
to improve knowledge scores as much as lectures do.

Conclusions: More trials with patient outcomes are needed."""
)


def test_the_reviews_own_reading_after_one_trial_is_not_one_studys_result():
    headline = "Board games improve knowledge scores as much as lectures do"
    assert not any("single study" in m for m in _messages(headline, READING))


@pytest.mark.parametrize(
    "results",
    [
        # the sentence behind the headline speaks for all the trials
        "One trial gave data on memory. None of the trials reported harms from the games.",
        # a new comparison opens the sentence behind the headline
        "One trial (Lee 2019) used a quiz. Quiz games versus lectures raised harms from games.",
        # a count of the trials that measured something names no trial the next result is of
        "Only one trial measured memory. Harms from the games were rare.",
    ],
)
def test_a_result_that_is_not_one_named_studys_is_left_alone(results):
    source = parse(
        "Board games for nurses: a systematic review\n\nObjectives: To assess board games for "
        "nurses.\n\nMethods: We included three randomised trials.\n\nResults: "
        f"{results}\n\nConclusions: It is unclear whether games help nurses learn."
    )
    headline = "Harms from the games were rare"
    assert not any("single study" in m for m in _messages(headline, source))


@pytest.mark.parametrize(
    "methods,results,headline",
    [
        # a review of one study (and some ongoing): its one study's result is the review's
        (
            "We identified one trial of 48 nurses. Four trials, which are ongoing, may be added.",
            "The results of this pilot trial show that knowledge scores rose with the game.",
            "Knowledge scores rose with the game",
        ),
        # a sentence on both trials names no one trial for the result after it
        (
            "We included two randomised trials.",
            "Follow-up was 1.5 years in one trial and 2.5 years in the other. Knowledge scores "
            "rose by a third with the games.",
            "Knowledge scores rose by a third with the games",
        ),
        # the headline names the study it speaks of
        (
            "We included three randomised trials.",
            "The first trial tested a quiz. Knowledge scores did not differ in that trial.",
            "Knowledge scores did not differ in the quiz game trial",
        ),
    ],
)
def test_one_studys_result_is_left_alone_where_it_speaks_for_the_review(methods, results, headline):
    source = parse(
        "Board games for nurses: a systematic review\n\nObjectives: To assess board games for "
        f"nurses.\n\nMethods: {methods}\n\nResults: {results}\n\nConclusions: It is unclear "
        "whether games help nurses learn."
    )
    assert not any("single study" in m for m in _messages(headline, source))
