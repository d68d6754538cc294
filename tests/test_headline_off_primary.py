"""A headline that names neither the paper's primary outcome nor what its conclusions say beyond
the paper's topic reports a side point (issue 8: "Most people with gout did not mind getting
text reminders" passed for a trial whose primary outcome and conclusion were reaching a target
urate level; a side point can be told from the paper's own named primary outcome). Texts
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    """Background: Many people with asthma use their inhalers wrongly. We tested whether short
video lessons sent by phone improve inhaler technique.

Methods: In this randomised trial in 20 clinics, 400 adults with asthma got video lessons or
usual care for six months. The primary outcome was the share of people with correct inhaler
technique at six months. Secondary outcomes were asthma attacks and satisfaction.

Results: Correct technique was seen in 71% of the video group and 48% of the usual care group.
Asthma attacks did not differ. Most people in the video group (90%) said they liked the lessons.

Conclusions: Video lessons sent by phone improved correct inhaler technique in adults with
asthma."""
)

BODY = {
    "what_the_study_did": "A trial in 20 clinics gave 400 adults with asthma video lessons by "
    "phone or usual care for six months.",
    "why_it_matters": "This study was not about MS. Ask your nurse to check how you use your "
    "inhaler.",
    "limitations": "This was one trial, so its result needs confirming in other places.",
}


def _errors(headline: str) -> list[str]:
    findings = check_headline(TRIAL, PlainSummary(headline=headline, **BODY))
    return [f.message for f in findings if f.severity.value == "error"]


@pytest.mark.parametrize(
    "headline",
    [
        "Most people with asthma liked getting video lessons on their phone",
        "Asthma attacks were no fewer with video lessons sent by phone",
    ],
)
def test_a_headline_off_the_primary_outcome_is_a_side_point(headline: str) -> None:
    errors = _errors(headline)
    assert len(errors) == 1 and "side result" in errors[0], errors


@pytest.mark.parametrize(
    "headline",
    [
        "Video lessons by phone helped adults with asthma use their inhalers the right way",
        "More people used their inhaler correctly after video lessons sent to their phone",
    ],
)
def test_a_headline_on_the_primary_outcome_passes(headline: str) -> None:
    assert _errors(headline) == []


def test_a_verdict_on_the_whole_question_is_no_side_point() -> None:
    """ "No clear evidence about ...", "did not determine ...": the question left open, not a side
    result (gate_identity: an empty review's headline was failed)."""
    assert _errors("A trial found no clear evidence about video lessons for asthma") == []
    assert _errors("This trial did not determine how best to teach inhaler use") == []


def test_harms_are_no_side_point_when_they_are_the_primary_outcome() -> None:
    paper = parse(
        """Methods: 300 adults got a booster vaccine. The primary outcomes were safety and
side effects in the week after the jab, and antibody levels at day 15.

Results: Sore arms, tiredness and headache occurred in more than half. Antibody levels rose
in all groups.

Conclusions: The booster was safe and raised antibody levels."""
    )
    summary = PlainSummary(headline="Sore arms and headaches were common after the booster", **BODY)
    assert [f for f in check_headline(paper, summary) if "side result" in f.message] == []
    summary = PlainSummary(headline="More than half had pain where the needle went in", **BODY)
    assert [f for f in check_headline(paper, summary) if "side result" in f.message] == []
