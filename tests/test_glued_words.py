"""Two words a paper wrote as one are written apart again, and a rare real word never is
(issue 9: source slips copied into drafts, "havinginstrumental births", "HPPhypophosphatasia")."""

from __future__ import annotations

import pytest

from plainsum.plain.glued_words import unglued
from plainsum.plain.simplify import rewrite


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Fewer children withrash were seen.", "Fewer children with rash were seen."),
        (
            "Fewer mothers havingsurgery were counted.",
            "Fewer mothers having surgery were counted.",
        ),
        ("Stillbirth, andsevere bleeding were rare.", "Stillbirth, and severe bleeding were rare."),
        ("Outcomes in childhoodwere not planned.", "Outcomes in childhood were not planned."),
        ("Scores ofmaternal comfort rose.", "Scores of maternal comfort rose."),
        (
            "Untreated PKUphenylketonuria harmed learning.",
            "Untreated phenylketonuria harmed learning.",
        ),
    ],
)
def test_a_lost_space_is_put_back(text: str, mended: str) -> None:
    assert unglued(text) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Chest indrawing was common in the infants.",  # a real word that starts with "in"
        "Ofatumumab lowered the relapse rate.",  # a medicine, not "of atumumab"
        "The Centor score was recorded.",  # a name
        "Andrographis was given for colds.",  # capitalised: a name
        "The DNAdamage marker rose.",  # no long form of "DNA"
        "Late FSHDfacioscapulohumeral weakness.",  # no "d" in the word after: not its long form
        "Superelastic wires were compared.",  # two content words: not a lost space
        "Handsearching found two more trials.",
    ],
)
def test_a_rare_real_word_is_left_alone(text: str) -> None:
    assert unglued(text) == text


def test_the_drafter_writes_the_paper_s_glued_words_apart() -> None:
    said = rewrite("Fewer women havinginstrumental births were seen withsurgery.")
    assert "having instrumental births" in said
    assert "with surgery" in said
