"""Senses of ambiguous abbreviations (data/abbreviation_senses.tsv): the meanings one short
form has ('RR': risk ratio, relapsing-remitting), the words around a use that signal each, and
the sense a paper gives it, by its own definition or by the context of its uses. Used by the
abbreviations check (plainsum.checks.abbreviations) and the drafter's one-word forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .long_forms import same_long_form

WINDOW = 60  # characters either side of a use in which the context is read
NUMBER_VOTES = 3  # "RR 0.82": a statistic, whatever words stand around it
_NUMBER_AFTER = re.compile(r"\s*[=:(,]?\s*[<>≤≥]?\s*-?\d")


@dataclass(frozen=True)
class Sense:
    """One meaning of an ambiguous abbreviation, and the words around it that signal it."""

    short: str
    long_forms: tuple[str, ...]
    context: re.Pattern[str]
    numeric: bool  # a number right after the abbreviation ("RR 0.82") signals this sense
    own_use: re.Pattern[str] | None = None  # what after a long form makes it no spelling out


@cache
def senses() -> dict[str, tuple[Sense, ...]]:
    """The ambiguous abbreviations of data/abbreviation_senses.tsv, by short form."""
    text = resources.files("plainsum").joinpath("data/abbreviation_senses.tsv").read_text("utf-8")
    table: dict[str, list[Sense]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, long_forms, context, *rest = line.split("\t")
        own_use = re.compile(rest[0], re.I) if rest and rest[0] else None
        numeric = context.startswith("NUM|")
        pattern = re.compile(context.replace("NUM|", ""), re.I)
        sense = Sense(short, tuple(long_forms.split("|")), pattern, numeric, own_use)
        table.setdefault(short, []).append(sense)
    return {short: tuple(found) for short, found in table.items()}


@cache
def _uses(short: str) -> re.Pattern[str]:
    """`short` as a word of its own (the table's short forms: a fixed, small set)."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")


def paper_sense(short: str, source: str, definitions: dict[str, str]) -> Sense | None:
    """The sense the paper gives `short`: by its own definition if it has one, else by the
    context of its uses (the sense whose signals stand beside more uses; none on a tie)."""
    options = senses().get(short, ())
    if short in definitions:
        for sense in options:
            if any(same_long_form(lf, definitions[short]) for lf in sense.long_forms):
                return sense
        return None
    votes: dict[Sense, int] = {}
    for m in _uses(short).finditer(source):
        window = source[max(0, m.start() - WINDOW) : m.end() + WINDOW]
        number_follows = bool(_NUMBER_AFTER.match(source, m.end()))
        for sense in options:
            if sense.numeric and number_follows:
                votes[sense] = votes.get(sense, 0) + NUMBER_VOTES
            elif sense.context.search(window):
                votes[sense] = votes.get(sense, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
