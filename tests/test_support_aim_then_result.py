"""A paper's sentence that gives some studies' aim and then what they found ("Six trials aimed to
clear the infection; cure rates did not differ between the drugs") states a result: a summary
that says the opposite contradicts it. Papers and sentences written for these tests."""

from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Objectives: To compare antifungal creams for athlete's foot.

Main results: We included nine trials with 1210 adults. Six trials aimed to clear the \
infection; cure rates did not differ significantly between the creams. Three trials aimed to \
prevent its return.

Authors' conclusions: The creams seem to work about as well as each other."""
)


def _contradictions(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="Antifungal creams for athlete's foot seem to work about as well as each other",
        what_the_study_did=f"The review looked at nine trials of antifungal creams. {sentence}",
        why_it_matters="This review is not about MS. Ask your pharmacist about foot creams.",
        limitations="The trials were small, so the review can only be as good as they are.",
    )
    design = detect_design(PAPER)
    links = link_summary(PAPER, summary, design)
    return [
        f.message
        for f in check_support(PAPER, design, links)
        if f.span == sentence and f.check == "contradiction"
    ]


def test_the_opposite_of_a_result_after_an_aim_is_a_contradiction():
    assert _contradictions(
        "In six trials aimed at clearing the infection, cure rates were clearly better with "
        "the newer cream."
    )


def test_the_result_after_an_aim_said_as_the_paper_says_passes():
    assert not _contradictions(
        "In six trials aimed at clearing the infection, cure rates did not clearly differ "
        "between the creams."
    )
