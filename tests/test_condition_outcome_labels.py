"""An outcome's name as a heading that opens its results ("Stress urinary incontinence (SUI):
Results showed ...") is what a review measured, never the condition it studied: a review of
prolapse surgery was drafted "This review was about stress urinary incontinence." (abstract
written for these tests)."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather

REVIEW = (
    "Objectives: To determine the safety and effectiveness of surgery for bladder-wall "
    "prolapse.\n\n"
    "Main results: We included 20 trials (2100 women).\n"
    "Stress urinary incontinence (SUI): Results showed no differences between groups (RR 1.4, "
    "95% CI 0.9 to 2.1).\n"
    "Repeat surgery for prolapse, stress urinary incontinence or mesh exposure (composite "
    "outcome): Results favoured native tissue repair.\n\n"
    "Authors' conclusions: Native tissue repair was linked with less de novo SUI and fewer "
    "bladder injuries."
)


def test_an_outcome_heading_names_no_condition_studied():
    source = parse(REVIEW)
    names = [c.name.lower() for c in gather(source, detect_design(source)).conditions]
    assert "stress urinary incontinence" not in names


def test_outcome_headings_in_the_results_leave_no_condition():
    """The same shapes as the review above, read sentence by sentence: the outcome headings
    ("Stress urinary incontinence: Results showed ...") named it four times; only "repeat surgery
    for stress urinary incontinence" says it as something treated, once."""
    from plainsum.plain.condition import conditions_of
    from plainsum.plain.sentences import Role

    sentences = [
        ("To assess the safety and benefits of operations for front-wall vaginal prolapse.", 1,
         Role.AIM),
        ("Stress urinary incontinence: Results showed little or no difference (RR 1.3).", 5,
         Role.RESULTS),
        ("Repeat surgery for prolapse, stress urinary incontinence or mesh exposure (composite "
         "outcome): Results favoured native tissue.", 6, Role.RESULTS),
        ("New stress urinary incontinence: Evidence suggested few or no differences.", 7,
         Role.RESULTS),
        ("There was no difference in rates of repeat surgery for stress urinary incontinence.", 8,
         Role.RESULTS),
        ("stress urinary incontinence: It is unclear whether the groups differed.", 9,
         Role.RESULTS),
        ("Native tissue repair was linked with less new stress urinary incontinence.", 12,
         Role.CONCLUSION),
    ]  # fmt: skip
    assert conditions_of(sentences) == []
