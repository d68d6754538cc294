"""A hollow "why it matters" is an error only while the paper concludes something the summary
has not said yet: a conclusion the headline says whole is carried already, and a section that
says honestly the summary says no more is a warning (issue 9, the lead's hand-written t6, t8,
t9, u1, u5, whose why it matters said the headline again as "The authors conclude that ...").
Papers and sentences written for these tests."""

from __future__ import annotations

from plainsum.checks.substance import check_substance
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.plain.frames import DOCTOR, HEADLINE_IS_THEIRS
from plainsum.schemas import PlainSummary, Severity

_PAPER = """Early balance training and falls in multiple sclerosis: a cohort study

Methods: We followed 520 adults with multiple sclerosis for three years in a clinic registry.
Those who began balance training within a year of diagnosis were compared with those who began
later.

Results: Falls were recorded in 18% of early starters and 29% of later starters.

Conclusions: Early balance training was linked with fewer falls in people with multiple
sclerosis.{more}"""

_HEADLINE = "Early balance training was linked with fewer falls in people with multiple sclerosis"


def _hollow_why(more: str) -> Severity | None:
    source = parse(_PAPER.format(more=more))
    summary = PlainSummary(
        headline=_HEADLINE,
        what_the_study_did=(
            "The researchers followed 520 adults with MS for three years. Falls were recorded "
            "in 18% of early starters and 29% of later starters. Early starters began balance "
            "training within a year of diagnosis."
        ),
        why_it_matters=f"{HEADLINE_IS_THEIRS} {DOCTOR}",
        limitations="This kind of study can find a link, but it cannot show cause and effect.",
    )
    design = detect_design(source)
    found = check_substance(source, design, link_summary(source, summary, design))
    return next((f.severity for f in found if "(hollow_why)" in f.message), None)


def test_conclusion_the_headline_says_whole_is_carried_already():
    assert _hollow_why("") == Severity.WARNING


def test_a_further_conclusion_the_summary_leaves_out_is_still_an_error():
    more = " Clinics could offer balance training to people soon after diagnosis."
    assert _hollow_why(more) == Severity.ERROR
