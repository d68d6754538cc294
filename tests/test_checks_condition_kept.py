"""A condition the summary names in place of the paper's (issue 8, a changed condition).
Papers and sentences written for these tests."""

import pytest
from summary_with import linked

from plainsum.checks.condition_kept import changed_conditions
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

TRIAL = parse(
    """Background: Night-time itching keeps many adults with psoriasis awake.

Methods: We randomly assigned 120 adults with plaque psoriasis to a menthol cream or a plain \
cream, applied at bedtime for four weeks, in a clinic for people with CF and other chronic \
conditions.

Results: Adults with psoriasis who used the menthol cream woke fewer times a night than those \
who used the plain cream (mean 1.2 against 2.6 times). Itch scores fell in both groups.

Conclusions: A menthol cream at bedtime helped adults with psoriasis sleep through the night."""
)

SECTIONS = {
    "headline": "A cooling cream at bedtime helped adults with psoriasis sleep",
    "what_the_study_did": "The study put 120 adults into two groups by chance.",
    "why_it_matters": "This was not about MS. Talk to your GP about itching.",
    "limitations": "It was one small trial of four weeks.",
}


def _changed(sentence: str, section: str = "what_the_study_did"):
    _, _, links = linked(TRIAL, SECTIONS, sentence, section)
    return [
        found
        for link in links
        if link.text == sentence
        for found in changed_conditions(TRIAL, link)
    ]


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Adults with eczema who used the menthol cream woke fewer times a night than those "
            "who used the plain cream.",
            "eczema",
        ),
        (
            "Adults with Parkinson's disease who used the menthol cream woke fewer times a night.",
            "Parkinson's disease",
        ),
    ],
)
def test_a_condition_swapped_for_the_papers_is_found(sentence, name):
    found = _changed(sentence)
    assert found and found[0][0] == name and "psoriasis" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        # the paper's own condition
        "Adults with psoriasis who used the menthol cream woke fewer times a night.",
        # a plain, generic name for it
        "Adults with a long-term skin disease who used the menthol cream woke less often.",
        # the paper's condition named as well
        "Adults with psoriasis, which some mistake for eczema, woke less often on the menthol "
        "cream.",
        # named by its initials in the paper ("CF")
        "Adults with psoriasis were seen in a clinic for people with cystic fibrosis and other "
        "conditions.",
        # a condition that rests on no sentence naming another
        "Eczema was not studied.",
    ],
)
def test_the_papers_condition_a_plain_name_or_an_unswapped_one_passes(sentence):
    assert not _changed(sentence)


def test_background_in_why_it_matters_is_not_read_but_a_reported_result_is():
    background = "Migraine can also wake people at night."
    assert not _changed(background, "why_it_matters")
    reported = "The study found that adults with eczema who used the menthol cream woke less."
    assert _changed(reported, "why_it_matters")


def test_the_support_check_reports_it_as_an_error():
    sentence = (
        "Adults with eczema who used the menthol cream woke fewer times a night than those who "
        "used the plain cream."
    )
    summary = PlainSummary(
        **{**SECTIONS, "what_the_study_did": f"{SECTIONS['what_the_study_did']} {sentence}"}
    )
    design = detect_design(TRIAL)
    findings = check_support(TRIAL, design, link_summary(TRIAL, summary, design))
    mine = [f for f in findings if "eczema" in f.message and "does not" in f.message]
    assert mine and mine[0].severity == Severity.ERROR and mine[0].span == sentence
