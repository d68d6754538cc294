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


@pytest.mark.parametrize(
    "line",
    [
        "High-dose vitamin D (4000 units or more a day) versus low-dose vitamin D (400 to 800 "
        "units a day)",
        "Iron and folic acid tablets compared to a dummy tablet or no tablets at all",
    ],
)
def test_a_long_comparison_heading_is_dropped(line: str) -> None:
    reference = (
        "We looked at steroid and iron tablets taken in pregnancy.\n"
        f"{line}\nWomen who took them had less anaemia when their babies were born. Side "
        "effects were rare. The trials were small and short, so we are unsure of these results. "
        "Most trials were run in cities. Two trials are under way."
    )
    text = " ".join(shape(reference).sections().values())
    assert line not in text
    assert "Women who took them" in text


def test_a_comparison_with_a_verb_and_no_full_stop_is_kept() -> None:
    line = "Stiffness scores were lower with warm baths compared with cold packs in two trials"
    reference = (
        f"{line}\nThe trials took in 180 adults and ran for a month. Most were women. "
        "Larger trials are needed. None asked about sleep. Two trials are under way."
    )
    assert "Stiffness scores were lower" in shape(reference).headline


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        (
            "Warm baths (taken daily for four weeks at home, in the evening, just before going to "
            "bed) eased stiffness.",
            "Warm baths",
        ),
        (
            "We asked whether warm baths eased stiffness in adults with nerve conditions (MS, "
            "stroke or spinal injury).",
            "We asked whether warm baths eased stiffness in adults with nerve conditions",
        ),
    ],
)
def test_a_headline_cut_inside_a_bracket_is_cut_before_it(first: str, headline: str) -> None:
    reference = (
        f"{first} The trials took in 180 adults. Most were women. Larger trials are needed. "
        "None asked about sleep. Two trials are under way."
    )
    assert shape(reference).headline == headline
