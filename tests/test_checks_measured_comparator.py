"""A result set against something the paper never names ("worked better than tadalafil" in a
review of sildenafil against placebo) is a comparison the paper never made: unsupported. One
set against placebo, usual care, the people's own past or the norm, or against a thing the
paper names, is not judged so. Paper and sentences written for these tests."""

import pytest

from plainsum.checks.measured import comparator_not_named
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Sildenafil for erectile dysfunction in men with multiple sclerosis

Objectives: To assess sildenafil citrate against placebo for erectile dysfunction in MS.

Methods: We included randomised trials of sildenafil versus placebo or usual care.

Results: Two trials with 322 men were included. Men taking sildenafil were more likely to
report improved erections than men on placebo. Headache and flushing were more common with
sildenafil.

Conclusions: There is limited evidence that sildenafil helps men with MS."""
)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Sildenafil worked better than tadalafil, a similar drug.", "tadalafil"),
        ("Men on sildenafil had fewer headaches than men using acupuncture.", "acupuncture"),
        # set against what every trial had, the people's own past, or a thing the paper names
        ("Men on sildenafil had better erections than men on placebo.", None),
        ("Erections were better than before treatment.", None),
        ("Sildenafil worked better than usual care.", None),
        ("Headaches were more common with sildenafil than with placebo.", None),
        # no result stated: a hope or a question
        ("It may work better than tadalafil.", None),
    ],
)
def test_a_result_is_set_against_what_the_paper_names(sentence, other):
    assert comparator_not_named(REVIEW, sentence) == other


def test_the_gate_reports_a_comparison_the_paper_never_made():
    summary = PlainSummary(
        headline="Sildenafil may help men with MS who have erection problems",
        what_the_study_did="Two trials with 322 men were included. Sildenafil worked better "
        "than tadalafil, a similar drug.",
        why_it_matters="Erection problems are common in men with MS.",
        limitations="There were only two small trials.",
    )
    design = detect_design(REVIEW)
    findings = check_support(REVIEW, design, link_summary(REVIEW, summary, design))
    assert any("tadalafil" in f.message and f.severity.value == "error" for f in findings)
