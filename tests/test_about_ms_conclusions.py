"""A conclusion stating a finding in people with MS makes the paper about MS (plainsum.about_ms),
even when no other heading names MS; MS named only as where the work may lead, or as one of
many conditions, does not."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse

_RESULTS_ONLY = (
    "Main results: We included 12 trials with 940 participants. Balance scores were higher "
    "after six weeks of training than after no training. Two trials reported falls.\n\n"
    "Authors' conclusions: {conclusion}"
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Balance training probably improves balance in people with MS in the short term.",
        "There is no clear evidence that training lowers falls in adults with relapsing MS.",
        "Training may improve balance among multiple sclerosis patients with mild disability.",
    ],
)
def test_a_finding_concluded_in_people_with_ms_is_about_ms(conclusion):
    assert detect_design(parse(_RESULTS_ONLY.format(conclusion=conclusion))).about_ms


@pytest.mark.parametrize(
    "conclusion",
    [
        # MS as where the work may lead
        "Balance training improves balance after stroke; its potential in people with MS "
        "should be tested.",
        "These findings may have implications for patients with MS.",
        "Future trials in people with MS are warranted.",
        # an open question about MS
        "Balance training improves balance after stroke. Its role in MS is unknown.",
        # MS as one of many conditions
        "Balance training improves balance in people with MS, stroke or Parkinson's disease.",
        "Training helped adults with MS and other neurological conditions alike.",
        "Training helped in neurological conditions such as stroke and people with MS.",
    ],
)
def test_ms_named_in_the_conclusion_only_as_a_link_or_in_a_list_is_not_about_ms(conclusion):
    text = (
        "Background: Falls are common after stroke.\n\n"
        "Methods: We included randomised trials of balance training in adults after a stroke.\n\n"
        + _RESULTS_ONLY.format(conclusion=conclusion)
    )
    assert not detect_design(parse(text)).about_ms
