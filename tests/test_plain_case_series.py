"""A case series told without headings (issue 9): "We describe 9 children, aged ..., treated at
one hospital" opens on its cases, so what follows is what happened to them, drafted as the
report's results; its count gives the later sentences their referent ("Seven presented ...")."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.case_story import case_sentences, opens_on_case
from plainsum.plain.source import source_sentences

SERIES = (
    "Giant demyelinating lesions in adults: a case series\n\n"
    "Giant demyelinating lesions are large inflamed areas of the brain that can look like a "
    "tumour. We describe 11 adults, aged 19 to 52 years, seen at one clinic over 10 years. "
    "Eight presented with seizures. Five had surgery before the diagnosis was made. All were "
    "given steroids, and 9 recovered within a year. Four were later diagnosed with MS. "
    "Knowing these lesions can spare people an operation."
)


def test_a_case_series_opens_on_its_count() -> None:
    assert opens_on_case("We describe 11 adults, aged 19 to 52 years, seen at one clinic.")
    assert opens_on_case("We report three children with a rare form of MS.")
    assert not opens_on_case("We describe how 11 clinics organise their MS care.")


def test_the_series_is_its_cases_up_to_the_conclusion() -> None:
    source = parse(SERIES)
    sentences = source_sentences(source)
    case = case_sentences(sentences)
    texts = [s.text for s in sentences if s.index in case]
    assert texts[0].startswith("We describe 11 adults")
    assert any(t.startswith("Eight presented with seizures") for t in texts)
    assert any(t.startswith("All were given steroids") for t in texts)
    assert not any(t.startswith("Knowing these lesions") for t in texts)
    assert detect_design(source).design.value == "case_report"
