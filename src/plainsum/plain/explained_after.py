"""Vetted explanations said once the draft's body is chosen and fitted to the grade, at the
first use of each term.

A bracket added as a sentence is edited (`explain`) makes that sentence longer and harder by the
measures the drafter picks sentences and fits the grade with: in lab and review drafts a
sentence with a bracket lost its place to a shorter one, and with it the main result
(gate_identity, stop 56: plaba 33080005 lost its primary result for "randomization (...)", plaba
34213743 its main finding for "alleles (...)"). The terms of data/body_explanations.tsv are
explained after the choice: the body keeps the sentences it would have had, and the reader still
learns what the term is where the body first uses it (the grade may rise: the main finding is
worth more than the grade). The singular and the plural are one term ("allele", "alleles"): the
first use of either is explained, a later one is not. Where the first use is inside a noun
phrase ("the allele frequency") or explained already, nothing is added and the gate names it; so
too where a rare word stands before the term in its phrase ("glucocerebrosidase nonsense mutant
medaka"): a bracket there would read, to a reader and to the gate, as explaining the whole
phrase, the rare word with it.

The terms of data/explanations.tsv, explained as each sentence is edited, are explained here too
where that left them bare: a sentence their bracket made too long to show was kept without it
(`simplify._explained_pieces`), and the reader met "nephrotic syndrome" or "electroconvulsive
treatment" with nothing to say what it is (issue 9, stop 59: 38 drafts of gate_identity gain
such a bracket, 6 of them no longer fail). Once the sentences are chosen a bracket costs none its
place; a term some sentence explains already keeps its bracket where it stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicon import zipf
from .explain import gloss, glossed, may_explain
from .lines import Line

__all__ = ["explain_after", "explained_after"]


@cache
def _pattern() -> re.Pattern[str]:
    terms = sorted(gloss(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, terms)) + r")(?![\w-])", re.I)


# The words before a term in its phrase (up to three, joined by plain spaces or hyphens).
_BEFORE = re.compile(r"((?:[A-Za-z][\w'’]*[\s-]){1,3})$")
RARE_ZIPF = 3.0  # a word this rare before the term is a term of its own


def _rare_before(text: str, start: int) -> bool:
    """Whether a rare word stands before the term at `start`, in its phrase ("transduced patient
    fibroblasts", "ERK MAP kinase")."""
    m = _BEFORE.search(text, 0, start)
    if m is None:
        return False
    words = re.findall(r"[A-Za-z][\w'’]*", m.group(1))
    return any(zipf(w.lower()) < RARE_ZIPF for w in words)


def _one_term(key: str) -> str:
    """The key a term's singular and plural share ("alleles" -> "allele")."""
    return key[:-1] if key.endswith("s") else key


def explain_after(texts: list[str]) -> list[str]:
    """`texts` (a chosen body's sentences, in reading order) with each term of the body gloss
    explained in brackets at its first use, where a bracket may stand there."""
    # a term explained in some sentence already keeps that bracket where it stands: one moved to
    # an earlier use changed which sentences a repair kept (CD006884 lost its main result)
    said: set[str] = {
        _one_term(key)
        for text in texts
        if " (" in text
        for m in glossed().finditer(text)
        for key in [" ".join(next(g for g in m.groups() if g is not None).lower().split())]
    }
    out = []
    for text in texts:
        pieces, last = [], 0
        for m in _pattern().finditer(text):
            key = " ".join(m.group(1).lower().split())
            if _one_term(key) in said:
                continue
            said.add(_one_term(key))
            if not may_explain(text, m.start(), m.end()) or _rare_before(text, m.start()):
                continue
            pieces.append(text[last : m.end()] + f" ({gloss()[key]})")
            last = m.end()
        out.append("".join(pieces) + text[last:])
    return out


def explained_after(sections: dict[str, list[Line]]) -> dict[str, list[Line]]:
    """A chosen body's `sections` (in reading order) with the body gloss's terms explained at
    their first use (`explain_after`)."""
    lines = [line for lines in sections.values() for line in lines]
    texts = iter(explain_after([line.text for line in lines]))
    return {
        name: [
            line if (text := next(texts)) == line.text else replace(line, text=text)
            for line in lines
        ]
        for name, lines in sections.items()
    }
