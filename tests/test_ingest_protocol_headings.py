"""The headings of protocols, PRISMA abstracts and expert reviews are sections: a BMJ Open-style
protocol's "Methods and analysis" was no heading, so who would take part and what would be
compared were read as background and the draft said only its outcomes."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.ingest.headings import canonical
from plainsum.plain.sentences import Role
from plainsum.plain.source import source_sentences


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Methods and analysis", "methods"),
        ("METHODS AND ANALYSIS", "methods"),
        ("Ethics and dissemination", "administrative"),
        ("Trial design", "methods"),
        ("Eligibility criteria", "methods"),
        ("Synthesis of results", "results"),
        ("Expert opinion", "conclusions"),
        ("Summary of Background Data", "background"),
        ("Systematic review registration", "administrative"),
    ],
)
def test_headings(heading: str, section: str) -> None:
    assert canonical(heading) == section


PROTOCOL = (
    "Study protocol: a randomised trial of a walking programme for people with MS\n\n"
    "Introduction: Walking problems are common in MS and limit daily life. "
    "Methods and analysis: We will recruit 120 adults with MS and randomly assign them to a "
    "walking programme or usual care. The primary outcome is walking speed at 12 weeks. "
    "Ethics and dissemination: The trial was approved by an ethics committee. Results will be "
    "published in journals."
)


def test_a_protocols_methods_are_methods_and_its_ethics_are_not_findings() -> None:
    roles = {s.text[:20]: s.role for s in source_sentences(parse(PROTOCOL))}
    assert roles["We will recruit 120 "] == Role.METHODS
    assert roles["The primary outcome "] == Role.METHODS
    assert not any(text.startswith("The trial was approv") for text in roles)
