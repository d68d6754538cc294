"""Number findings of the support check: a number the source has, but not for what a summary
sentence uses it for. The rules live in plainsum.checks.number_links (a number moved from
another result, or counting another kind of thing), plainsum.checks.number_arms (a number of
one arm given for the other), plainsum.checks.number_pairs (two numbers of a sentence that
traded their groups), plainsum.checks.count_scope (a part's count of studies given as the
review's), plainsum.checks.number_times (a result of one time point given for
another), plainsum.checks.number_roles (the people of one step of a study, such as those who
finished it, given for another, such as those who entered it) and plainsum.checks.counts (a
part given as the whole); this module words their findings, one per number."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .. import caseless
from ..ingest import Source
from ..plain.number_words import SPELLED_NUMBER
from ..schemas import EvidenceLink, Finding, Severity
from .count_scope import subset_review_counts
from .counts_misplaced import misplaced_counts
from .number_arms import other_arm_numbers
from .number_bounds import shares_outside_arms
from .number_links import misattributed_numbers
from .number_moved import moved_numbers
from .number_pairs import crossed_numbers, crossed_parts, traded_numbers, unpaired_people
from .number_partners import other_partner_numbers
from .number_people import wider_people_numbers
from .number_roles import other_step_numbers
from .number_times import other_time_numbers

NUMBERS = "numbers"  # the check name of a misattributed number
# Every rule finds nothing in a sentence that states no number: each reads the sentence's
# numbers first (`faithfulness.number_mentions`, digits and spelled-out numbers; "one" and
# "two" too where `counts.counts_in` reads them), or a pattern that needs a digit (a share, a
# count of people, "259 of 7767"). A sentence with no digit and no number word is skipped.
_DIGIT = re.compile(r"\d")

Finder = Callable[[str, Source], Iterable[tuple[str, str, str]]]
Message = Callable[[str, str, str, str], str]

# Each rule, in this order: what finds the numbers (each with what the summary says and what
# the paper says), whether a number an earlier rule flagged is skipped, the message (number,
# ours, theirs, the quoted sentence) and the hint.
_RULES: tuple[tuple[Finder, bool, Message, Callable[[str], str]], ...] = (
    (
        moved_numbers,
        False,
        lambda number, said, theirs, quoted: (
            f"The number {number} is in the source, but not for this: the sentences "
            f"this one draws on give {theirs} ({said!r} in {quoted})."
        ),
        lambda number: "Check which number the paper gives for this and use that one.",
    ),
    (
        misattributed_numbers,
        False,
        lambda number, noun, theirs, quoted: (
            f"The number {number} counts {theirs} in the source, not {noun}: {quoted}."
        ),
        lambda number: f"Use {number} only for what the paper counts with it.",
    ),
    (
        other_arm_numbers,
        True,
        lambda number, ours, theirs, quoted: (
            f"The number {number} is in the source, but for another group: {quoted} gives it "
            f"for {ours!r}, the paper for {theirs!r}."
        ),
        lambda number: "Check which group the paper gives this number for.",
    ),
    (
        shares_outside_arms,
        True,
        lambda number, ours, theirs, quoted: (
            f"The share {number}% is in the source, but not of {ours}: {quoted} says it of all, "
            f"where the paper compares {theirs} for the same result, and a share of all lies "
            f"between its groups'."
        ),
        lambda number: "Say which group the paper gives this share for.",
    ),
    (
        traded_numbers,
        True,
        lambda number, label, other, quoted: (
            f"The numbers {number} and {other} have traded places: the paper gives "
            f"{label!r} to {other}, not to {number} ({quoted})."
        ),
        lambda number: "Check which number the paper gives each group, and put each with its own.",
    ),
    (
        crossed_numbers,
        True,
        lambda number, paper, other, quoted: (
            f"The numbers {number} and {other} have traded places: {quoted} gives them to "
            f"its two groups the other way round from the paper ({paper!r})."
        ),
        lambda number: "Check which number the paper gives each group, and put each with its own.",
    ),
    (
        other_partner_numbers,
        True,
        lambda number, ours, theirs, quoted: (
            f"The share {number}% is in the source, but not set against {ours}: the paper sets "
            f"it against {theirs}, for another result ({quoted})."
        ),
        lambda number: "Check which shares the paper compares, and keep each pair together.",
    ),
    (
        wider_people_numbers,
        True,
        lambda number, ours, theirs, quoted: (
            f"The number {number} counts {theirs} in the source, but {quoted} says it of "
            f"{ours}: people the paper did not count with it."
        ),
        lambda number: "Say who the paper counts with this number, and no one else.",
    ),
    (
        crossed_parts,
        True,
        lambda number, whole, theirs, quoted: (
            f"The number {number} is in the source, but not out of {whole}: the paper gives "
            f"{number} out of {theirs}, and another number out of {whole} ({quoted})."
        ),
        lambda number: (
            "Check which group's count and total the paper gives, and keep them together."
        ),
    ),
    (
        unpaired_people,
        True,
        lambda number, studies, theirs, quoted: (
            f"The number {number} is in the source, but not for {studies} studies: the paper "
            f"gives {number} people to {theirs} of them ({quoted})."
        ),
        lambda number: "Give the number of people the paper gives for those studies.",
    ),
    (
        other_time_numbers,
        True,
        lambda number, ours, theirs, quoted: (
            f"The number {number} is in the source, but for another time point: {quoted} "
            f"gives it {ours!r}, the paper {theirs!r}."
        ),
        lambda number: "Check which time point the paper gives this number for.",
    ),
    (
        other_step_numbers,
        True,
        lambda number, step, theirs, quoted: (
            f"The number {number} is in the source, but it counts {theirs}, not those who "
            f"{step} it: {quoted}."
        ),
        lambda number: (
            "Check which step of the study (who entered, finished or left it) the paper gives "
            "this number for."
        ),
    ),
    (
        misplaced_counts,
        True,
        lambda number, said, theirs, quoted: (
            f"The number {number} is in the source, but not as {said!r}: the paper "
            f"gives {theirs} ({quoted})."
        ),
        lambda number: (
            "Check what the paper counts with this number, and whether it is a part or the whole."
        ),
    ),
    (
        subset_review_counts,
        True,
        lambda number, said, theirs, quoted: (
            f"{quoted} gives {said!r} as the review's count, but the paper gives {theirs}."
        ),
        lambda number: (
            "Give the number of studies the review included, or say which part of them this "
            "number counts ('four of the trials, those in young people, ...')."
        ),
    ),
)


def number_findings(link: EvidenceLink, source: Source) -> list[Finding]:
    """A misattributed-number error for each number of `link`'s sentence that the source
    gives for something else: moved from another result, counting another thing, or a part
    given for another arm of the study or another time point, or a part given as the whole (each
    number once, in that order)."""
    if not _DIGIT.search(link.text) and not caseless.search(SPELLED_NUMBER, link.text):
        return []  # three sentences in four: every rule reads numbers the sentence states
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

    for finder, each_once, message, hint in _RULES:
        for number, ours, theirs in finder(link.text, source):
            if each_once and number in flagged:
                continue
            flagged.add(number)
            add(message(number, ours, theirs, quoted), hint(number))
    return findings
