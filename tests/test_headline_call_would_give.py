"""A headline that says what more work would give ("A pooled analysis of each woman's data would
provide further information on ...") is a call for more research, not the finding, when the
paper's conclusions state a result (issue 8). Found in the offline drafts of ../shared/data
(devaraj-183 headed a review of early delivery with its closing remark) while reading drafts the
gate held for review on their reading grade alone. Texts written for these tests."""

import pytest
from gate_probes import headline_errors

from plainsum.ingest import parse

REVIEW = parse(
    """We included four trials with 1,500 women with high blood pressure late in pregnancy.
Planned early delivery lowered the risk of serious illness in the mother (RR 0.70, 95% CI 0.58
to 0.85). There was no clear difference in serious illness of the babies. For women with high
blood pressure late in pregnancy, planned early delivery is linked with less serious illness in
the mother. A pooled analysis of each woman's data would provide further information on the
different kinds of high blood pressure in pregnancy."""
)
BODY = {
    "what_the_study_did": "The researchers pooled four trials in pregnant women.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or midwife.",
    "limitations": "A review is only as good as the trials it includes.",
}


def errors(headline: str) -> list[str]:
    return headline_errors(REVIEW, headline, BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "A pooled analysis of each woman's data would provide further information on high "
        "blood pressure in pregnancy",
        "Bigger trials could give clearer answers about early delivery",
    ],
)
def test_what_more_work_would_give_is_no_finding(headline: str) -> None:
    assert any("what research comes next" in m for m in errors(headline))


@pytest.mark.parametrize(
    "headline",
    [
        "Planned early delivery lowered the risk of serious illness in mothers with high blood "
        "pressure",
        "Early delivery would give mothers with high blood pressure less serious illness",
    ],
)
def test_a_finding_passes(headline: str) -> None:
    assert not errors(headline)
