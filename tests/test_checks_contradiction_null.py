"""An effect stated where the paper's sentence that holds it says there was none (issue 8,
reversed findings). Papers and sentences written for these tests."""

import pytest
from summary_with import linked

from plainsum.checks.contradiction_null import null_findings, null_held
from plainsum.checks.support import check_support
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import Severity

REVIEW = parse(
    """Background: Spasticity is common in multiple sclerosis and limits walking.

Methods: We searched for randomised trials of non-drug treatments for spasticity in adults \
with MS and pooled their results.

Results: We included nine trials with 410 participants. There was no evidence of benefit for \
whole-body vibration, sports climbing or transcutaneous electrical nerve stimulation on \
spasticity. Stretching programmes reduced spasticity scores at six weeks (MD -0.6; 95% CI -1.0 \
to -0.2). Falls were more common with vibration (RR 2.1; 95% CI 1.1 to 4.0).

Conclusions: Stretching may help spasticity in MS; vibration, climbing and nerve stimulation \
did not."""
)

SECTIONS = {
    "headline": "Stretching eased muscle stiffness in people with MS",
    "what_the_study_did": "The reviewers found nine trials with 410 people.",
    "why_it_matters": "Stiff muscles make walking hard. Ask your physiotherapist about stretching.",
    "limitations": "The trials were small.",
}


def _links(sentence: str, section: str = "what_the_study_did"):
    summary, design, links = linked(REVIEW, SECTIONS, sentence, section)
    return summary, design, [k for k in links if k.text == sentence]


def _held(sentence: str):
    return [null_held(REVIEW, link) for link in _links(sentence)[2]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Whole-body vibration, sports climbing and electrical nerve stimulation eased stiffness.",
        "Whole-body vibration and transcutaneous nerve stimulation lowered spasticity.",
    ],
)
def test_an_effect_where_the_paper_says_there_was_none_is_found(sentence):
    assert any(_held(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the paper's null said as such
        "Vibration, climbing and nerve stimulation did not ease spasticity.",
        # a result the paper states
        "Stretching programmes reduced spasticity scores at six weeks.",
        "Falls were more common with vibration.",
        # a doubt of its own
        "Vibration, climbing and nerve stimulation may have eased spasticity a little.",
        # a description, not a result
        "Spasticity is a stiffness that makes walking harder.",
    ],
)
def test_a_null_said_as_such_a_stated_result_or_a_doubt_passes(sentence):
    assert not any(_held(sentence))


def test_a_sentence_the_contradiction_check_has_reported_is_not_reported_twice():
    sentence = (
        "Whole-body vibration, sports climbing and electrical nerve stimulation eased stiffness."
    )
    link = _links(sentence)[2][0]
    assert null_findings(REVIEW, link, [])
    earlier = null_findings(REVIEW, link, [])
    assert not null_findings(REVIEW, link, earlier)


def test_the_support_check_reports_it_once_as_a_contradiction():
    sentence = (
        "Whole-body vibration, sports climbing and electrical nerve stimulation eased stiffness."
    )
    summary, design, _ = _links(sentence)
    findings = check_support(REVIEW, design, link_summary(REVIEW, summary, design))
    mine = [f for f in findings if f.span == sentence and f.check == "contradiction"]
    assert len(mine) == 1 and mine[0].severity == Severity.ERROR
