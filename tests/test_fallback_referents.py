"""The sentence a too-thin body falls back on, from the paper's scene-setting, never points at
what the reader has not met ("A common feature of these disorders is ...": the disorders were
named in the sentence before it, shown elsewhere or not at all; issue 9). Sentences written for
this test."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.drafters.body_fill import fallback
from plainsum.ingest import parse
from plainsum.plain.compose import Line, gather

TEXT = (
    "Rare inborn errors of metabolism often cause seizures in young children. "
    "A common feature of these disorders is poor energy use by the brain, which leads to many "
    "symptoms. A diet high in fat has been used to treat such conditions. In the end, better "
    "knowledge will help design diet-based treatments that work better than current diets."
)
HEADLINE = "Better knowledge will help design diet-based treatments"


def test_a_scene_setting_sentence_that_points_back_is_not_the_fallback():
    source = parse(TEXT)
    material = gather(source, detect_design(source))
    first = material.context[0]
    sections = {
        "what_the_study_did": [],
        "why_it_matters": [Line(first.text, first.sources)],  # shown, but not before it
        "limitations": [],
    }
    line = fallback(material, sections, HEADLINE)
    assert "these disorders" not in line.text
    assert "such conditions" not in line.text


def test_one_that_names_its_own_subject_still_is():
    source = parse(TEXT)
    material = gather(source, detect_design(source))
    empty: dict[str, list[Line]] = {
        "what_the_study_did": [],
        "why_it_matters": [],
        "limitations": [],
    }
    assert fallback(material, empty, HEADLINE).text.startswith("Rare inborn errors")
