"""A headline made only of frame and process words: it names neither what was studied nor an
outcome, only the research itself, its size or its doses (plainsum.checks.headline_hollow
.process_only). Texts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_hollow import process_only
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    """Oral remyelinating agent in relapsing multiple sclerosis: a dose-ranging phase 2 trial

Objective: To test whether two doses of an oral remyelinating agent (15 mg and 30 mg daily)
shorten visual evoked potential latency compared with placebo in relapsing multiple sclerosis.

Methods: We randomly assigned 180 adults to 15 mg, 30 mg or placebo for 24 weeks.

Results: Latency shortened by 3.1 ms with 15 mg and 3.6 ms with 30 mg against placebo. Heart
attacks did not occur in any group. Nausea was more common with 30 mg.

Conclusions: The oral agent shortened visual evoked potential latency, a sign of myelin repair,
in people with relapsing multiple sclerosis."""
)
UPDATE = parse(
    """Education programmes for parents of children with asthma: an updated review

Objectives: To assess education programmes for parents of children with asthma.

Main results: This update added three new trials to the seven of the original review. Parents
who took part in the programmes reported fewer emergency visits for their children.

Authors' conclusions: The inclusion of new trials has not much changed the conclusions of the
original review. Education programmes may reduce emergency visits for childhood asthma."""
)
BODY = {
    "what_the_study_did": "The study looked at 180 adults with MS over 24 weeks.",
    "why_it_matters": "Talk with your doctor or care team about your own care.",
    "limitations": "This was one trial, and its results need to be repeated.",
}


@pytest.mark.parametrize(
    "paper,headline",
    [
        (TRIAL, "The difference from placebo was clear for 15 mg and 30 mg"),
        (TRIAL, "There were minimal harmful effects reported"),
        (TRIAL, "Results were similar for both doses over 24 weeks"),
        (
            UPDATE,
            "The inclusion of new trials has not changed the conclusions of the earlier review",
        ),
        (UPDATE, "There is a large spread in the size of the effects in various reports"),
    ],
)
def test_a_headline_of_process_words_alone_is_an_error(paper, headline):
    assert process_only(paper, headline)
    errors = [
        f
        for f in check_headline(paper, PlainSummary(headline=headline, **BODY))
        if f.severity.value == "error"
    ]
    assert errors, headline


@pytest.mark.parametrize(
    "paper,headline",
    [
        # the treatment, an outcome (in the paper's words or plain ones) or the condition
        (TRIAL, "The oral agent shortened visual evoked potential latency against placebo"),
        (TRIAL, "No heart attacks were seen with either dose"),
        (TRIAL, "Nausea was more common with the higher dose"),
        (TRIAL, "Both doses helped myelin repair in people with relapsing MS"),
        (UPDATE, "Education programmes may reduce emergency visits for childhood asthma"),
        (UPDATE, "The new trials did not change what is known about asthma education"),
    ],
)
def test_a_headline_that_names_a_treatment_or_an_outcome_is_not_process_only(paper, headline):
    assert not process_only(paper, headline)
