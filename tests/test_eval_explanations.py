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
