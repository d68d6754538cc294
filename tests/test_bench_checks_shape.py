"""bench_checks.shape: a human lay summary cut into the summary's four parts for measuring the
gate. A heading line of the summary is no sentence of it (texts written for these tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_checks import shape  # noqa: E402

from plainsum.checks.fluency import check_fluency  # noqa: E402

WITH_HEADINGS = """Review question
We asked whether warm baths ease muscle stiffness in adults with long-term nerve conditions.

Warm baths compared to no baths
Stiffness scores were a little lower after four weeks of daily baths.

Warm baths compared to cold packs
People liked the baths more, but stiffness was about the same.

Quality of the evidence
The three small trials were not blinded, so we are unsure of these results. Each trial
lasted only a month, and none of them asked whether the baths helped people sleep or move
about more easily at home. Larger and longer trials that measure daily life are needed."""


def test_heading_lines_are_not_joined_into_the_sentence_after_them() -> None:
    summary = shape(WITH_HEADINGS)
    text = " ".join(summary.sections().values())
    assert "Review question" not in text
    assert "compared to no baths" not in text
    assert summary.headline.startswith("We asked whether warm baths")
    assert not [f for f in check_fluency(summary) if "fused_heading" in f.message]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that lost its full stop is kept: it is long, not a heading
        "Walking speed, balance, falls and quality of life were not measured by any of the "
        "four trials in this review",
        "Stiffness scores were lower with warm baths than with cold packs in two of the trials",
    ],
)
def test_a_long_line_without_a_full_stop_is_kept(line: str) -> None:
    reference = (
        f"{line}\nThe four trials took in 180 adults between them and ran for about a month. "
        "Most people who took part were women in their fifties or sixties. None of the trials "
        "told the people who scored stiffness which treatment each person had. Larger trials "
        "that last longer and measure daily life at home are still needed to be sure. Two "
        "trials are under way."
    )
    summary = shape(reference)
    assert line.split()[0] in summary.headline
