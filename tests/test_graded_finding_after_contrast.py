"""A results-only review extract (no headings) whose graded finding gives its grade after the
word "evidence" ("Evidence of very low to moderate quality suggests X helped") is the authors'
conclusion, never a limitation; and a result set against the one before it ("However, the effects
of X in reducing Y remain unclear") never gives what the review looked at (CD009953's draft said
the review "looked at" two side outcomes and headed with them)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.sentences import Role
from plainsum.plain.source import source_sentences
from plainsum.plain.unheaded_roles import drafting_role
from plainsum.plain.unstated_aim import studied_from
from plainsum.settings import Settings

EXTRACT = (
    "We included nine trials with 640 adults who had long-term lung disease. Programmes ran for "
    "eight weeks to six months. Compared with usual care, gentle group exercise gave a longer "
    "walking distance (MD 31 metres, 95% CI 12 to 50) and better breathing test results (MD "
    "0.10 L, 95% CI 0.01 to 0.19). However, the effects of gentle group exercise in reducing "
    "breathlessness and improving daily mood remain inconclusive. No harms were reported. "
    "Evidence of low to moderate quality suggests a longer walking distance and better "
    "breathing test results for gentle group exercise compared with usual care. Future trials "
    "should compare the styles of exercise used."
)


_OPENING = (
    "We included five trials with 300 adults who had long-term lung disease. The programmes ran "
    "for eight weeks to six months in clinics and at home."
)


@pytest.mark.parametrize(
    "graded",
    [
        "Evidence of low to moderate quality suggests a longer walking distance with exercise.",
        "Evidence of very low quality indicates no difference in drop-outs between the groups.",
        "Evidence of moderate certainty shows a longer walking distance with exercise.",
    ],
)
def test_a_graded_finding_with_its_grade_after_evidence_is_a_conclusion(graded: str) -> None:
    text = f"{_OPENING} {graded}"
    s = next(s for s in source_sentences(parse(text)) if s.text == graded)
    assert drafting_role(s, headed=False) == Role.CONCLUSION


def test_a_stated_limit_of_the_evidence_stays_a_limitation() -> None:
    text = f"{_OPENING} The quality of the evidence was very low."
    s = source_sentences(parse(text))[-1]
    assert s.role == Role.LIMITATION
    assert drafting_role(s, headed=False) == Role.LIMITATION


def test_a_contrasting_result_never_gives_what_was_studied() -> None:
    built = studied_from(source_sentences(parse(EXTRACT)), review=True)
    assert built is None or "breathlessness" not in built[0]


def test_the_graded_finding_heads_not_the_open_side_outcomes() -> None:
    d = draft(EXTRACT, Settings(backend="offline"))
    assert "walking distance" in d.summary.headline
    assert "breathlessness" not in d.summary.headline
    assert "looked at gentle group exercise in reducing" not in d.summary.what_the_study_did
