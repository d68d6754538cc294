"""A result of one study of several, lifted whole from the paper's turn on that study and set
after a sentence about another one.

A review that reports its studies in turn names each one and then goes on about it with no name:
"A second trial of caregiver medicine diaries found fewer children missing doses. The
intervention had no effect on viral load." A summary that says "A trial of a home nursing
programme improved knowledge and refills. The intervention had no effect on viral load." gives
the diaries' result to the nursing programme: each sentence is the paper's, and the pair is
false.

Read: a body sentence whose subject points back ("The intervention ...", "The treatment ...",
"This programme ...") and whose source sentence also points back, to a paper sentence
just before it that names one study of several ("A second RCT of ...", "Another trial ...");
flagged when the summary's sentence before it does not draw on that paper sentence (so it
names, or is about, another study). The attribution check reports it.
"""

from __future__ import annotations

import re

from ..evidence import split_source
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity
from .claim_scope import names_one_study

# A subject that points back to what the sentence before named.
_POINTS_BACK = re.compile(
    r"^\s*(?:the|this|its)\s+(?:[\w-]+\s+)?"
    r"(?:intervention|treatment|programme|program|approach|therapy|drug|medicine|regimen|"
    r"diary|diaries|strategy|scheme)s?\b",
    re.I,
)
_BODY = ("what_the_study_did", "why_it_matters", "limitations")


def turn_lifted(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """An error for each body sentence that repeats a paper sentence pointing back to one study
    of several, set after a summary sentence that does not draw on that study's sentence."""
    sentences = split_source(source)
    out = []
    for section in _BODY:
        own = [k for k in links if k.section == section and k.kind == "content"]
        for before, link in zip(own, own[1:], strict=False):
            if not _POINTS_BACK.search(link.text):
                continue
            for at in link.source_sentences:
                if not 0 < at < len(sentences) or not _POINTS_BACK.search(sentences[at].text):
                    continue
                named = sentences[at - 1].text
                if not names_one_study(named) or (at - 1) in before.source_sentences:
                    continue
                out.append(_finding(link, named))
                break
    return out


def _finding(link: EvidenceLink, named: str) -> Finding:
    study = " ".join(named.split())
    return Finding(
        check="attribution",
        severity=Severity.ERROR,
        section=link.section,
        span=link.text,
        message=(
            f"{link.text!r} repeats the paper's result for the study it names just before "
            f"({study!r}), but the summary sets it after a sentence about another. (one_study)"
        ),
        hint="Say which study found it ('In a trial of ..., ...'), or leave it out.",
    )
