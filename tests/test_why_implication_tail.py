"""Issue 9 (why it matters): an MS cohort's one conclusion, "High X predicted poor treatment
response, and measuring it may help guide treatment decisions", was the headline whole (25
words) and why it matters said only that the summary says no more. The finding heads; the
second clause, what the authors draw from it for practice, is why it matters, with "it" named
(plain/why_implication.implication_tail, plain/relevance.py, plain/compose.py). Abstracts and
sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.frames import HEADLINE_IS_THEIRS
from plainsum.plain.why_implication import implication_tail
from plainsum.settings import Settings

_COHORT = """Serum neurofilament light chain and treatment response in relapsing MS: a cohort study

Background: Blood markers of nerve damage may show whether a treatment works.
Methods: We measured serum neurofilament light chain every 6 months in 380 people with relapsing
MS starting a new treatment and followed them for 3 years.
Results: People whose neurofilament levels stayed high at 12 months had more relapses and new
lesions later (hazard ratio 2.2, 95% CI 1.4 to 3.4).
Conclusions: Persistently high serum neurofilament light chain predicted poor treatment
response, and measuring it may help guide treatment decisions.
"""


def test_the_finding_heads_and_its_use_is_why_it_matters() -> None:
    summary = draft(parse(_COHORT), Settings(backend="offline")).summary
    assert "predicted poor treatment response" in summary.headline
    assert "guide treatment decisions" not in summary.headline
    assert "may help guide treatment decisions" in summary.why_it_matters
    assert "measuring it" not in summary.why_it_matters  # "it" named
    assert HEADLINE_IS_THEIRS not in summary.why_it_matters


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "High serum protein Q at diagnosis predicted later disability, and measuring it may "
            "help identify people at risk.",
            (
                "High serum protein Q at diagnosis predicted later disability",
                "measuring serum protein Q may help identify people at risk",
            ),
        ),
        (
            "Home cooling reduced fatigue in people with MS, and cooling vests could be offered "
            "to people who are sensitive to heat.",
            (
                "Home cooling reduced fatigue in people with MS",
                "cooling vests could be offered to people who are sensitive to heat",
            ),
        ),
        # a second finding, not a use
        ("Drug Q lowered relapses, and side effects may be more common in older people.", None),
        # the same subject's second verb: implied_use's business, not this split
        ("Drug Q lowered relapses and may reduce disability.", None),
        # too little finding before it
        ("Drug Q worked, and doctors may use it.", None),
    ],
)
def test_a_conclusions_second_clause_for_practice(text, split) -> None:
    assert implication_tail(text) == split
