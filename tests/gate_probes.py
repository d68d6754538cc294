"""Small probes of one gate check on a made-up summary, shared by the tests of that check."""

from __future__ import annotations

from plainsum.checks.headline import check_headline
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import Source
from plainsum.schemas import PlainSummary


def contradictions(source: Source, parts: dict[str, str], section: str, sentence: str) -> list[str]:
    """The contradiction messages that name `sentence`, added to `section` of the summary
    `parts` (headline and the three sections)."""
    parts = {**parts, section: f"{parts[section]} {sentence}"}
    summary = PlainSummary(**parts)
    design = detect_design(source)
    links = link_summary(source, summary, design)
    return [
        f.message
        for f in check_support(source, design, links)
        if f.check == "contradiction" and sentence in f.message
    ]


def headline_errors(source: Source, headline: str, body: dict[str, str]) -> list[str]:
    """The headline check's error messages for `headline` over the three sections `body`."""
    findings = check_headline(source, PlainSummary(headline=headline, **body))
    return [f.message for f in findings if f.severity == "error"]
