"""A headline must not state what the authors concede only to doubt it (texts written for
these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.checks.headline_conceded import check_conceded, conceded_part
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

CONCEDED = parse(
    """Cooling vests for heat-related fatigue in multiple sclerosis

Objectives: To compare cooling vests with sham vests for people with MS who tire in the heat.

Main results: We included five trials with 210 participants. Fatigue scores were lower with
cooling vests in two trials, but the other three found no difference.

Authors' conclusions: Although the data appeared to show that cooling vests reduced fatigue on
hot days, we are uncertain of this finding because the trials were small and poorly blinded.
Cooling vests caused no serious harms."""
)

BODY = {
    "what_the_study_did": "Reviewers pooled five trials of cooling vests in people with MS.",
    "why_it_matters": "Heat can make MS fatigue worse. Talk with your doctor or care team.",
    "limitations": "The trials were small and poorly blinded, so the results are not certain.",
}


def _errors(headline):
    return check_conceded(CONCEDED, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "The data appeared to show that cooling vests reduced fatigue on hot days",
        "Cooling vests reduced fatigue on hot days in people with MS",
    ],
)
def test_a_headline_from_the_conceded_clause_is_an_error(headline):
    found = _errors(headline)
    assert len(found) == 1
    assert "uncertain" in found[0].message
    assert any(
        f.message == found[0].message
        for f in check_headline(CONCEDED, PlainSummary(headline=headline, **BODY))
    )


@pytest.mark.parametrize(
    "headline",
    [
        "It is uncertain whether cooling vests reduce fatigue on hot days",
        "Cooling vests may reduce fatigue on hot days, but the authors are not sure",
        "Cooling vests caused no serious harms in people with MS",  # another sentence's finding
    ],
)
def test_a_headline_that_keeps_the_doubt_or_says_another_finding_passes(headline):
    assert _errors(headline) == []


@pytest.mark.parametrize(
    ("sentence", "conceded"),
    [
        (
            "Although pain fell in one trial, it is unclear whether the drug helps.",
            "Although pain fell in one trial",
        ),
        (
            "While walking improved, these results should be read with caution.",
            "While walking improved",
        ),
    ],
)
def test_conceded_part_runs_to_the_comma_before_the_doubt(sentence, conceded):
    parts = conceded_part(sentence)
    assert parts is not None and parts[0] == conceded


@pytest.mark.parametrize(
    "sentence",
    [
        "Although the trials were small, the drug clearly reduced relapses.",  # no doubt after
        "Exercise reduced fatigue, but we are uncertain because the trials were small.",
    ],
)
def test_no_conceded_part_without_a_concession_followed_by_doubt(sentence):
    assert conceded_part(sentence) is None
