"""A conclusion's second half that names what the study left out is a limitation ("..., but the
decision should weigh effects on the baby, which this study did not assess"): shown as a
"But ..." sentence in the body it had no first half before it."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.plain.abbreviations import expand
from plainsum.plain.sentences import limit_after_finding
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("piece", "limit"),
    [
        ("But the choice should weigh effects on the baby, which this study did not assess.", True),
        ("But the choice should weigh effects on the baby, which this study did not check.", True),
        ("But effects on sleep were not measured.", True),
        ("But the benefit was smaller in older people.", False),
        ("But the trial did not find a change in walking speed.", False),
    ],
)
def test_what_the_study_left_out_is_a_limit(piece: str, limit: bool) -> None:
    assert limit_after_finding(piece) is limit


COHORT = (
    "Relapses after stopping a treatment before pregnancy\n\n"
    "Objective: To describe relapses in pregnancy in women who stopped a treatment before it. "
    "Methods: In this cohort from 8 centres, we included 150 pregnancies in 140 women. "
    "Results: Relapse rates rose in the third trimester and after delivery. Women who kept "
    "the treatment into the first trimester had fewer relapses during pregnancy. "
    "Conclusion: Stopping the treatment before pregnancy was followed by more relapses. "
    "Keeping it into the first trimester may lower this risk, but the choice should weigh "
    "possible effects on the baby, which this study did not assess."
)


def test_the_limit_is_in_the_limitations_not_the_body() -> None:
    summary = draft(COHORT, Settings(backend="offline", max_repairs=0)).summary
    assert "effects on the baby" in summary.limitations
    assert "But the choice" not in summary.what_the_study_did


def test_a_short_form_before_a_singular_verb_takes_the_singular() -> None:
    text = "The ARR was 0.11 before pregnancy, and ARR rose after it."
    said = expand(text, {"ARR": "annualised relapse rates"})
    assert said.startswith("The annualised relapse rate was 0.11")
    assert "annualised relapse rates rose" in said


@pytest.mark.parametrize(
    ("text", "definitions", "said"),
    [
        # a mass noun, a larger subject's verb, a singular that ends in s: left as they are
        (
            "Daily ICS was better.",
            {"ICS": "inhaled corticosteroids"},
            "Daily inhaled corticosteroids",
        ),
        (
            "The effect of CCBs is unproven.",
            {"CCBs": "calcium channel blockers"},
            "The effect of calcium channel blockers is",
        ),
        (
            "The HAT was rare.",
            {"HAT": "human African trypanosomiasis"},
            "The human African trypanosomiasis was",
        ),
    ],
)
def test_other_short_forms_keep_their_long_form(
    text: str, definitions: dict[str, str], said: str
) -> None:
    assert expand(text, definitions).startswith(said)
