"""What was studied, for a paper with no aim of its own, is never read from a gap in the
evidence on one question said after the authors' finding: "Data for the effects of X in Y were
sparse" names a side question, so "The review authors looked at X in Y." would be false of a
review of something else (reader59_w3, CD007784). A gap said first, with no finding before it,
still names the topic. Sentences written for these tests."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.aim import studied_from
from plainsum.plain.source import source_sentences

RESULTS = (
    "Main results: We included 30 studies with 20,000 adults with liver disease. Most compared "
    "a cholesterol drug with placebo. The drug lowered deaths from heart disease. "
)


def _studied(text: str) -> str | None:
    built = studied_from(source_sentences(parse(text)), review=True)
    return built[0] if built else None


def test_a_gap_after_the_finding_is_not_the_topic() -> None:
    text = RESULTS + (
        "Authors' conclusions: The drug lowers deaths from heart disease in adults with liver "
        "disease. Data for the effects of high doses of the drug in people with early liver "
        "disease were sparse."
    )
    assert _studied(text) is None or "high doses" not in _studied(text)


def test_a_gap_with_no_finding_before_it_still_names_the_topic() -> None:
    text = RESULTS + (
        "Authors' conclusions: Evidence on the effects of the drug in people with early liver "
        "disease is limited."
    )
    assert _studied(text) == (
        "The review authors looked at the drug in people with early liver disease."
    )
