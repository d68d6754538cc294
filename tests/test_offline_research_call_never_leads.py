"""A call for more research is never what a draft says was found: when a repair has left out
every result (each named by the gate), the conclusions stand in for them, but "Randomised
trials with clinical outcomes are needed." led the body of a pilot study from a PubMed feed."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.sentences import Role

PILOT = (
    "A weekly vitamin dose in relapsing MS: an open-label pilot study\n\n"
    "Background: Low vitamin levels are linked with MS activity. "
    "Methods: Thirty adults with relapsing MS took a high vitamin dose once a week for 10 weeks. "
    "Results: Blood vitamin levels tripled. No one had high calcium. "
    "Conclusions: A weekly high dose was well tolerated and raised vitamin levels. "
    "Randomised trials with clinical outcomes are needed."
)


def test_with_every_result_left_out_the_research_call_is_not_shown() -> None:
    source = parse(PILOT)
    material = gather(source, detect_design(source))
    results = frozenset(p.text for p in material.by_role.get(Role.RESULTS, []))
    assert results  # the repair's drop below leaves out real results
    _, sections = compose(material, drop=results)
    did = [line.text for line in sections["what_the_study_did"]]
    assert not any("are needed" in text for text in did)
