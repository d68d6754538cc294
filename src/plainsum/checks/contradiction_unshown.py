"""A difference the paper's figures do not show: "The mean stay in hospital was 0.5 days longer
with the new dressing", where the paper writes "0.5 days longer (MD 0.5, 95% CI -0.5 to 1.4)".
The paper's words give a direction, but its interval holds no change: the stay may as well
have been shorter. Made plain, the statistics go, and what is left says a difference the
study did not find. The offline drafter leaves such sentences out
(`plainsum.plain.mixed_direction.unshown_difference`); this check holds any drafter, and an
editor, to the same.

A summary sentence is read against the paper's sentence that holds most of it (at least
`HELD` of its words): when that sentence is a result whose every interval holds no change, in
words that do not say so themselves, and the summary sentence states a direction (up, down,
better, worse) as found, with no doubt, no "no difference" and no interval of its own, it is an
error. A sentence that keeps the interval, or says "may", "similar" or "no clear difference",
passes.
"""

from __future__ import annotations

import re

from ..evidence import overlaps, split_source
from ..ingest import Source
from ..plain.mixed_direction import unshown_difference
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .negation import conditional
from .polarity_words import DIRECTION

CHECK = "contradiction"
HELD = 0.6  # share of the summary sentence the paper's sentence must hold (hedged's)
_INTERVAL = re.compile(r"\b(?:CI|confidence interval)\b", re.I)
_WAYS = ("up", "down", "better", "worse")
# "0.6 days longer": a way the polarity words leave to context ("no longer", "longer-term")
_LONGER = re.compile(r"(?<!\bno )\blonger\b(?!-)", re.I)


def _says_a_way(sentence: str) -> bool:
    """Whether `sentence` states a direction as found: a word for up, down, better or worse,
    no word for no difference, not hedged or asked."""
    kinds = {m.lastgroup for m in DIRECTION.finditer(sentence)}
    way = bool(kinds & set(_WAYS)) or bool(_LONGER.search(sentence))
    return way and "null" not in kinds and not conditional(sentence)


def check_unshown_differences(
    source: Source, links: list[EvidenceLink], flagged: set[str]
) -> list[Finding]:
    """An error for each content sentence not in `flagged` (spans already found contradicted)
    that states a difference where the paper's sentence holding it gives an interval that
    holds no change."""
    sentences = split_source(source)
    unshown = {
        s.index
        for s in sentences
        if s.role in (Role.RESULTS, Role.CONCLUSION) and unshown_difference(s.text)
    }
    if not unshown:
        return []
    findings = []
    for link in links:
        if link.kind != "content" or link.text in flagged or _INTERVAL.search(link.text):
            continue
        if not _says_a_way(link.text):
            continue
        shares = overlaps(source, link.text)
        best = max(shares, key=lambda i: shares[i], default=None)
        if best is None or best not in unshown or shares[best] < HELD:
            continue
        evidence = " ".join(sentences[best].text.split())
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=link.section,
                span=link.text,
                message=(
                    f"Says a difference the paper's figures do not show: {link.text!r}, but "
                    f"the paper's interval holds no change: {evidence!r}."
                ),
                hint="Say there was no clear difference (or that it may go either way), as "
                "the paper's figures show.",
            )
        )
    return findings
