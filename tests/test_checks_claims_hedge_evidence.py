"""A dropped hedge of the evidence kind (texts written for these tests): "There was some
evidence that X reduced Y" and "It seems that X improves Y" said as "X reduced Y"; and a hedge
on one other result of the summary ("may help", "seemed safe") does not excuse it, as a
verdict on the evidence as a whole does."""

import pytest

from plainsum.checks import run_checks
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

SPLINTS = parse(
    "Objectives: To assess wrist splints for carpal tunnel syndrome. Main results: We included "
    "seven trials with 520 adults. There was some evidence that night splints reduced "
    "tingling in the fingers compared with no splint. It seems that a splint worn all day "
    "improves grip strength compared with a night splint. Splints caused no serious harms. "
    "Authors' conclusions: Night splints may be worth trying."
)


def _summary(result: str, limitations: str) -> PlainSummary:
    return PlainSummary(
        headline="Wrist splints for tingling hands from carpal tunnel syndrome",
        what_the_study_did=(
            f"This review looked at seven trials with 520 adults with carpal tunnel syndrome. "
            f"{result} Splints seemed safe."
        ),
        why_it_matters=(
            "This review is not about MS. Night splints may be worth a try; ask your doctor."
        ),
        limitations=limitations,
    )


def _hedges(result: str, limitations: str) -> list[str]:
    findings = run_checks(SPLINTS, _summary(result, limitations), detect_design(SPLINTS))
    return [f.span for f in findings if f.check == "claims" and "doubt" in f.message]


@pytest.mark.parametrize(
    "result",
    [
        "Night splints reduced tingling in the fingers compared with no splint.",
        "Compared with no splint, night splints cut tingling in the fingers.",
        "A splint worn all day improves grip strength compared with a night splint.",
    ],
)
def test_some_evidence_or_it_seems_said_flatly_is_a_dropped_hedge(result):
    assert _hedges(result, "A review is only as good as the trials it includes.") == [result]


@pytest.mark.parametrize(
    "result, limitations",
    [
        # the hedge kept
        (
            "There was some evidence that night splints reduced tingling in the fingers.",
            "A review is only as good as the trials it includes.",
        ),
        (
            "It seems that a splint worn all day improves grip strength.",
            "A review is only as good as the trials it includes.",
        ),
        # a verdict on the evidence, once for all the results
        (
            "Night splints reduced tingling in the fingers compared with no splint.",
            "A review is only as good as its trials, and the evidence here is weak.",
        ),
    ],
)
def test_the_hedge_kept_or_a_verdict_on_the_evidence_passes(result, limitations):
    assert _hedges(result, limitations) == []
