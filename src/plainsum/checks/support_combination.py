"""A combination named by one of its parts, read for plainsum.checks.support.

"The review authors wanted to check the effect of single dose oral paracetamol." where the
paper tested "single dose oral paracetamol plus codeine": the summary names a treatment the
paper never gave alone, and says the study was about something it was not.

A summary sentence is read as cutting a combination short when
- it ends a run of words ("single dose oral paracetamol") where the paper writes that run
  followed by "plus", "combined with", "in combination with", "together with" or "+" and a
  second part ("codeine");
- the paper never writes that run without the second part after it: "paracetamol" alone is
  no cut where the paper also compares "paracetamol alone" (the run is taken as long as the
  summary and the paper share it, so the longest shared naming decides);
- the run holds a specific word (`MIN_WEIGHT`), not only "the same dose of";
- and the summary's sentence names the second part nowhere, nor joins anything to the run
  ("paracetamol and codeine", "paracetamol with codeine" name the combination their own way).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ..evidence_words import stem, word_weight
from ..ingest import Source
from ..schemas import EvidenceLink, Finding
from .support_contradicted import link_finding

__all__ = ["combination_cut"]

MIN_WEIGHT = 1.9  # a drug or a named treatment; not "dose", "oral", "daily"
_MAX_RUN = 6  # words of a naming before its combiner
_COMBINER = re.compile(
    r"\s+(?:plus|combined with|in combination with|together with|\+)\s+"
    r"(?:(?:the|a|an|low|high|\d+\s*\w+)\s+)?(?P<other>[A-Za-z][\w-]*)",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*")
_BREAKS = re.compile(r"[,;:.()\[\]?!]")
# what, after the run in the summary, joins a second part to it in the summary's own words
_JOINED = re.compile(r"\s*(?:\+|&|/|(?:plus|and|with|or|combined|together|alone)\b)", re.I)


def _words(text: str) -> list[str]:
    """`text`'s words by their stems ("injections" is "injection")."""
    return [stem(w.lower()) for w in _WORD.findall(text)]


class _Paper:
    """The paper's namings followed by a second part, and every run of its words."""

    def __init__(self, text: str) -> None:
        self.combined: list[tuple[list[str], str]] = []
        for m in _COMBINER.finditer(text):
            head = _BREAKS.split(text[max(0, m.start() - 120) : m.start()])[-1]
            run = _words(head)[-_MAX_RUN:]
            if run:
                self.combined.append((run, m.group("other")))
        self.text = text

    @cached_property
    def clauses(self) -> list[tuple[list[str], list[int], str]]:
        """The paper's clauses as word lists, with the text after each word's end: read only
        for a paper that writes a combination (a few in a hundred), so worked out then."""
        clauses = []
        for clause in re.split(r"(?<=[.;:!?])\s+|\n", self.text):
            spans = [(stem(m.group().lower()), m.end()) for m in _WORD.finditer(clause)]
            clauses.append(([w for w, _ in spans], [e for _, e in spans], clause))
        return clauses

    def always_combined(self, run: list[str]) -> bool:
        """Whether every time the paper writes `run`, a second part follows it."""
        n = len(run)
        seen = False
        for words, ends, clause in self.clauses:
            for i in range(len(words) - n + 1):
                if words[i : i + n] != run:
                    continue
                seen = True
                if not _COMBINER.match(clause, ends[i + n - 1]):
                    return False
        return seen


@lru_cache(maxsize=64)
def _paper(text: str) -> _Paper:
    return _Paper(text)


def _cut(paper: _Paper, sentence: str) -> tuple[str, str] | None:
    """The first naming in `sentence` the paper only gives with a second part, as (the
    naming as the summary writes it, the second part)."""
    if not paper.combined:
        return None
    found = list(_WORD.finditer(sentence))
    words = [stem(m.group().lower()) for m in found]
    for run, other in paper.combined:
        if stem(other.lower()) in words:
            continue
        # the longest end of the paper's run that the summary has, followed by no join
        for k in range(len(run), 0, -1):
            part = run[-k:]
            at = [
                i
                for i in range(len(words) - k + 1)
                if words[i : i + k] == part and not _JOINED.match(sentence, found[i + k - 1].end())
            ]
            if not at:
                continue
            said = [m.group() for m in found[at[0] : at[0] + k]]
            if any(word_weight(w.lower()) >= MIN_WEIGHT for w in said if w[0].isalpha()):
                if paper.always_combined(part):
                    return " ".join(said), other
            break
    return None


def combination_cut(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error on a summary sentence that names a treatment the paper only gives in a
    combination, without the combination's other part."""
    found = _cut(_paper(source.full_text), link.text)
    if not found:
        return []
    naming, other = found
    return [
        link_finding(
            link,
            f"Not supported by the source: {link.text!r} names {naming!r}, which the paper "
            f"only gives together with {other!r}.",
            f"Name the whole combination the paper tested ({naming} plus {other}).",
        )
    ]
