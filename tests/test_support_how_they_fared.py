"""A sentence the paper never says, about how people fared or whether something was safe
("Breastfeeding on the drug appeared safe too.", "Most of the nurses said they had suffered."),
is an unsupported finding (an error), like one with "found" or "fewer" in it; background that
only names an unsafe thing ("unsafe sex") stays the editor's to read. A paper and sentences
written for these tests."""

from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

PAPER = parse(
    """Night shifts and sleep in hospital nurses: a cohort study

Methods: We followed 420 hospital nurses for two years and recorded their shifts, sleep
duration and sick leave.

Results: Nurses working three or more night shifts a month slept 48 minutes less per day and
took more sick leave than nurses on day shifts.

Conclusions: Frequent night shifts are associated with shorter sleep and more sick leave."""
)


def _support_errors(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="Nurses on night shifts slept less and took more sick leave",
        what_the_study_did="A study followed 420 nurses for two years. " + sentence,
        why_it_matters="Sleep matters for health. Ask your doctor if you sleep badly.",
        limitations="The study shows a link, not that shifts are the cause.",
    )
    design = detect_design(PAPER)
    links = link_summary(PAPER, summary, design)
    return [
        f.span or ""
        for f in check_support(PAPER, design, links)
        if f.check == "support" and f.severity == Severity.ERROR
    ]


def test_an_unreported_verdict_on_safety_or_how_people_fared_is_an_error():
    for sentence in (
        "Taking melatonin tablets between shifts appeared safe too.",
        "Most of the nurses' partners said their marriage had suffered.",
        "The youngest nurses recovered within a week of changing rotas.",
    ):
        assert sentence in _support_errors(sentence), sentence


def test_what_the_paper_reports_is_no_error():
    assert _support_errors("Those on frequent night shifts slept about 48 minutes less.") == []
