"""A result sentence that only says how much the studies differed (heterogeneity) tells a
reader how consistent the evidence is, not what was found: the body of an offline draft leaves
it out (issue 9). Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.body_sentences import only_spread
from plainsum.plain.compose import compose, gather


@pytest.mark.parametrize(
    "text",
    [
        "There was large heterogeneity between the trials.",
        "Clinical heterogeneity among the included studies limited pooling.",
        "Variation between studies was high for this outcome.",
        "No clear variation between trials was detected.",
        "Statistical heterogeneity was moderate and not explained by subgroup analyses.",
    ],
)
def test_a_sentence_only_about_the_spread_is_spread(text):
    assert only_spread(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walking speed improved with the drug, although variation between studies was high.",
        "Relapses were fewer in the treated group, but the trials differed a lot in size.",
        "Fatigue was lower after exercise, and heterogeneity was low.",
        "The review included six trials with 300 people.",
        "The drug did not reduce relapses compared with placebo.",
    ],
)
def test_a_result_beside_the_spread_or_without_it_is_not(text):
    assert not only_spread(text)


def _body(spread: str) -> str:
    text = (
        "Objectives: To assess early treatment for people with smouldering myeloma.\n"
        "Search methods: We searched trial registers up to March 2021.\n"
        "Main results: We included three trials with 131 people. Early treatment delayed "
        f"disease progression. {spread} No effects on deaths were seen.\n"
        "Authors' conclusions: Early treatment may delay progression but not survival."
    )
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)))
    return " ".join(line.text for line in sections["what_the_study_did"])


@pytest.mark.parametrize(
    "spread",
    [
        "No significant heterogeneity was detected.",
        "Heterogeneity was high.",
        "The trials were pooled, without significant heterogeneity.",
        "But heterogeneity between trials was large.",
    ],
)
def test_the_body_leaves_out_the_spread_and_keeps_the_results(spread):
    body = _body(spread)
    assert "heterogeneity" not in body.lower()
    assert "variation between" not in body.lower()
    assert "Early treatment delayed disease progression." in body
    assert "No effects on deaths were seen." in body
