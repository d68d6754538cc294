"""The eval's generated explanations read as English: articles agree, counts agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plainsum.evals.caveat_coverage import design_phrase
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize("design", [d.value for d in StudyDesign])
def test_every_design_has_the_right_article(design):
    phrase = design_phrase(design)
    article, rest = phrase.split(" ", 1)
    assert article == ("an" if rest[0] in "aeiou" else "a"), phrase
    assert "_" not in phrase


def test_an_unknown_design_still_reads():
    assert design_phrase("imaging") == "an imaging study"
    assert design_phrase("mixed_methods") == "a mixed methods study"


def test_no_a_before_a_vowel_in_the_coverage_explanation():
    from plainsum.api import draft
    from plainsum.evals.caveat_coverage import caveat_coverage
    from plainsum.ingest import read_source
    from plainsum.settings import Settings

    example = str(Path(__file__).resolve().parents[1] / "examples" / "lab_herpes_cells.txt")
    result = draft(read_source(example, "auto", None), Settings(backend="offline", log=False))
    explanation = caveat_coverage(result).explanation
    assert not re.search(r"\ba [aeiou]", explanation), explanation
    assert re.match(r"\d+ of \d+ for (a|an) ", explanation), explanation


def test_a_one_system_chart_is_drawn_on_the_metric_s_own_scale():
    from plainsum.evals.report_html import bar_chart

    svg = bar_chart("caveat coverage", {"solo": 0.5}, {"solo"}, scale=1.0)
    assert 'class="scale" x="130" y="6" width="150"' in svg
    assert 'width="75.0"' in svg and "scale 0 to 1" in svg
    stretched = bar_chart("errors", {"solo": 8.0}, set(), scale=5.0)
    assert 'width="150.0"' in stretched and "scale 0 to 8" in stretched


def test_a_failed_case_card_shows_the_error_and_the_raw_answer():
    from plainsum.evals.report_html import draft_card
    from plainsum.evals.runlog import SystemResult

    card = draft_card(
        SystemResult(system="m", error="DraftFailedError: never parsed", raw_answer="{<oops>"),
        1,
    )
    assert "never parsed" in card and "{&lt;oops&gt;}" not in card and "{&lt;oops&gt;" in card
    assert 'class="raw"' in card
