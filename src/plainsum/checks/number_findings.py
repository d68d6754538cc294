"""Number findings of the support check: a number the source has, but not for what a summary
sentence uses it for. The rules live in plainsum.checks.number_links (a number moved from
another result, or counting another kind of thing), plainsum.checks.number_arms (a number of
one arm given for the other) and plainsum.checks.counts (a part given as the whole); this
module words their findings, one per number."""

from __future__ import annotations

from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity
from .counts import misplaced_counts
from .number_arms import other_arm_numbers
from .number_links import misattributed_numbers, moved_numbers

NUMBERS = "numbers"  # the check name of a misattributed number


def number_findings(link: EvidenceLink, source: Source) -> list[Finding]:
    """A misattributed-number error for each number of `link`'s sentence that the source
    gives for something else: moved from another result, counting another thing, or a part
    given for another arm of the study, or a part given as the whole (each number once, in that
    order)."""
    quoted = f"{link.text!r}"
    findings: list[Finding] = []
    flagged: set[str] = set()

    def add(message: str, hint: str) -> None:
        findings.append(
            Finding(
                check=NUMBERS,
                severity=Severity.ERROR,
                section=link.section,
                span=link.text,
                message=message,
                hint=hint,
            )
        )

    for number, said, theirs in moved_numbers(link.text, source):
        flagged.add(number)
        add(
            f"The number {number} is in the source, but not for this: the sentences "
            f"this one draws on give {theirs} ({said!r} in {quoted}).",
            "Check which number the paper gives for this and use that one.",
        )
    for number, noun, theirs in misattributed_numbers(link.text, source):
        flagged.add(number)
        add(
            f"The number {number} counts {theirs} in the source, not {noun}: {quoted}.",
            f"Use {number} only for what the paper counts with it.",
        )
    for number, ours, theirs in other_arm_numbers(link.text, source):
        if number in flagged:
            continue
        flagged.add(number)
        add(
            f"The number {number} is in the source, but for another group: {quoted} gives it "
            f"for {ours!r}, the paper for {theirs!r}.",
            "Check which group the paper gives this number for.",
        )
    for number, said, theirs in misplaced_counts(link.text, source):
        if number in flagged:
            continue
        flagged.add(number)
        add(
            f"The number {number} is in the source, but not as {said!r}: the paper "
            f"gives {theirs} ({quoted}).",
            "Check what the paper counts with this number, and whether it is a part or the whole.",
        )
    return findings
