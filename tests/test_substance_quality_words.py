"""The studies' quality is a stated limit; a quality the study measured is not (issue 8).

"Poor sleep quality was reported by 64% of respondents" is a survey's finding: reading it as
"weak evidence" made the gate ask for a limit the paper never states (stock_limits).
"""

from __future__ import annotations

import pytest

from plainsum.checks.substance import stated_limits
from plainsum.ingest import parse


def _kinds(sentence: str) -> list[str]:
    text = (
        "Methods: We surveyed 900 adults with MS online in three countries.\n"
        f"Results: {sentence}\nConclusions: Routine questions in clinic could help."
    )
    return stated_limits(parse(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Poor sleep quality was reported by 64% of respondents.",
        "Those with low quality of life had more relapses.",
        "Poor diet quality was linked with more fatigue.",
        "Families named poor quality health services as a barrier.",
    ],
)
def test_a_measured_quality_is_no_weak_evidence(sentence: str) -> None:
    assert "weak evidence" not in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The evidence was of low quality.",
        "Most trials were of poor methodological quality.",
        "There was low-quality evidence that exercise helped.",
        "Poor quality studies limited what could be concluded.",
        "The certainty of the evidence was low.",
        "Most trials were of poor quality and may overstate the benefit.",
        "This rests on one small poor quality trial.",
        "Insufficient high-quality trials were found on this question.",
    ],
)
def test_the_studies_quality_is_weak_evidence(sentence: str) -> None:
    assert "weak evidence" in _kinds(sentence)
