"""In a study of its own data, the authors' advice to services ("Local councils should fund X")
is what the finding means, under why it matters; never put in the body as if it were what was
found, even when a repair has left the body no result (issue 9). Texts written for the tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather

THEMES = "Two main themes were found: keeping routines and asking for help at night."
INTERVIEWS = (
    "We explored how carers of people with multiple sclerosis manage care at night. We "
    "carried out semi-structured interviews with 15 carers recruited from one MS society. "
    f"{THEMES} Carers valued respite nurses who could stay overnight. Local councils should "
    "fund overnight respite for carers of people with MS."
)


def _sections(drop: frozenset[str]) -> dict[str, list[str]]:
    source = parse(INTERVIEWS)
    head, sections = compose(gather(source, detect_design(source)), drop)
    return {"headline": [head.text], **{k: [x.text for x in v] for k, v in sections.items()}}


def test_the_authors_advice_is_why_it_matters_not_what_was_found() -> None:
    for drop in (frozenset(), frozenset({THEMES})):  # ... also when a repair left no result
        sections = _sections(drop)
        body = " ".join(sections["what_the_study_did"])
        assert "should fund" not in body
        assert any("should fund overnight respite" in x for x in sections["why_it_matters"])
