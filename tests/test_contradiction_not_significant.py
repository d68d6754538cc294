"""A difference the paper calls not significant in words or by its P value, said flatly: "so
the early group was clearly riskier" where the paper gives "6 (20%) ... and 3 (10%) ...; the
difference was not statistically significant (P = 0.47)". It passes with its doubt kept ("the
gap could be down to chance"), and a paper sentence that also shows a difference (a small P
value, an interval clear of no change) or a summary's background sentence is not read this way.
Also the ratio words a summary uses for such a result ("half as often", "twice as likely") and
"riskier" as directions. Papers and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction_unshown import check_unshown_differences, not_significant
from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

WOUNDS = parse(
    """Objectives: To compare early with late stitching of clean cuts to the hand.

Main results: One trial with 60 adults was included. Nine people had wound infections: 6 (20%) \
in the early group and 3 (10%) in the late group; the difference was not statistically \
significant (P = 0.47). Healing took the same time in both groups.

Authors' conclusions: There is not enough evidence to choose between early and late stitching."""
)


def _unshown(body: str, why: str = "This review is not about MS. Ask your care team.") -> list:
    summary = PlainSummary(
        headline="Early and late stitching of hand cuts were compared",
        what_the_study_did=f"The review found one trial with 60 adults. {body}",
        why_it_matters=why,
        limitations="There was only one small trial, so the results need confirming.",
    )
    links = link_summary(WOUNDS, summary, detect_design(WOUNDS))
    return [f.message for f in check_unshown_differences(WOUNDS, links, set())]


def test_a_difference_the_paper_calls_not_significant_said_flatly_is_an_error() -> None:
    said = (
        "Infections happened in 6 people stitched early and 3 stitched late, so early was riskier."
    )
    (message,) = _unshown(said)
    assert "not significant" in message


def test_the_same_result_with_its_doubt_kept_passes() -> None:
    said = (
        "Infections happened in 6 people stitched early and 3 stitched late; the gap could be "
        "down to chance."
    )
    assert not _unshown(said)


def test_a_background_sentence_in_why_it_matters_is_not_read_this_way() -> None:
    why = "Wound infections are more common in dirty cuts. Ask your care team about stitches."
    assert not _unshown("Healing took the same time in both groups.", why)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The difference was not statistically significant (P = 0.47).", True),
        ("Falls were fewer with exercise (P = 0.42).", True),
        ("Falls were fewer with exercise (P = 0.05).", False),
        ("Falls were fewer with exercise (p=0.002), and fractures were fewer (p=0.25).", False),
        (
            "Deaths fell (RR 0.41, 95% CI 0.29 to 0.58), though not significantly in women alone.",
            False,
        ),
    ],
)
def test_a_paper_sentence_not_significant_and_nothing_else(text: str, expected: bool) -> None:
    assert not_significant(text) is expected


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("Women on the herb got high blood pressure about half as often.", "down"),
        ("Women on the herb were twice as likely to notice a smell.", "up"),
        ("Surgery was clearly riskier than watching.", "worse"),
    ],
)
def test_ratio_words_and_riskier_are_directions(sentence: str, polarity: str) -> None:
    assert [c.polarity for c in claims_in(sentence)] == [polarity]


HERB = parse(
    """Objectives: To assess a herb for preventing high blood pressure in pregnancy.

Main results: One trial with 100 women was included. There was no clear difference between \
the herb and placebo groups in the risk of high blood pressure (RR 0.50, 95% CI 0.25 to 1.00).

Authors' conclusions: There is not enough evidence to recommend the herb."""
)


def _contradicted(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="A herb did not clearly prevent high blood pressure in pregnancy",
        what_the_study_did=f"The review found one trial with 100 women. {sentence}",
        why_it_matters="This review is not about MS. Ask your midwife about blood pressure.",
        limitations="There was only one small trial, so the results need confirming.",
    )
    links = link_summary(HERB, summary, detect_design(HERB))
    design = detect_design(HERB)
    return [f.message for f in check_support(HERB, design, links) if sentence in f.message]


def test_a_difference_taken_back_as_chance_in_its_sentence_agrees_with_no_difference() -> None:
    kept = "Women on the herb had less high blood pressure, but this could be down to chance."
    assert not _contradicted(kept)
    assert _contradicted("Women on the herb had less high blood pressure.")
