"""Issue 9 (a barrier to using a finding is a limitation, never why it matters): a test that
needs equipment not yet available everywhere, a cost that limits use, findings that need
confirming (the lead's hand-written v8). Sentences written for these tests (plain/limits.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import states_a_limit


@pytest.mark.parametrize(
    "text",
    [
        "The test needs a specific scanner setting that is not yet available at all centres.",
        "The device is not widely available in smaller hospitals.",
        "The high cost of the drug limits its use.",
        "These findings need confirmation in other groups.",
        "The results require independent replication.",
    ],
)
def test_a_practical_barrier_is_a_limit(text):
    assert states_a_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Data on quality of life were not available.",
        "The drug is not available in the USA.",
        "Costs were lower with the home programme.",
        "The test was available at all centres.",
        "The new scan could reduce misdiagnosis.",
    ],
)
def test_no_barrier_is_no_limit(text):
    assert not states_a_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trial population was too small to allow firm conclusions on the drug's effect.",
        "The studies were too few to draw any conclusions about harms.",
        "Follow-up was too short to reach definitive conclusions on disability.",
    ],
)
def test_too_small_for_firm_conclusions_is_a_limit(text):
    # (CD006643's why it matters held such a sentence, as if it were what the finding means)
    assert states_a_limit(text)


def test_a_finding_of_too_small_an_effect_is_no_limit():
    assert not states_a_limit("The change in walking speed was too small to matter to patients.")
