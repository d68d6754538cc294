"""A summary's sections with one sentence added to a section, and what the gate's evidence links
and support check make of it: shared by the tests of the support check's rules."""

from __future__ import annotations

from plainsum.checks.support import check_support
from plainsum.design import DesignInfo, detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import Source
from plainsum.schemas import EvidenceLink, PlainSummary


def linked(
    paper: Source, sections: dict[str, str], sentence: str, section: str = "what_the_study_did"
) -> tuple[PlainSummary, DesignInfo, list[EvidenceLink]]:
    """The summary of `sections` with `sentence` added at the end of `section`, the paper's
    design, and the summary's evidence links."""
    added = dict(sections)
    added[section] = f"{added[section]} {sentence}".strip()
    summary = PlainSummary(**added)
    design = detect_design(paper)
    return summary, design, link_summary(paper, summary, design)


def support_messages(
    paper: Source,
    sections: dict[str, str],
    sentence: str,
    marker: str,
    section: str = "what_the_study_did",
) -> list[str]:
    """The messages of the support check's findings on `sentence`, added to `section`, that
    hold `marker` (the words of one rule's message)."""
    _, design, links = linked(paper, sections, sentence, section)
    return [
        f.message
        for f in check_support(paper, design, links)
        if f.span == sentence and marker in f.message
    ]
