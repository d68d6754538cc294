"""A sentence about the paper, not about the study: what the text covers, not what was found.

"Central themes of the research, methods used and conclusions drawn are briefly described."
and "This article discusses the main ethical questions." tell a reader what the paper holds,
the way a table of contents does; neither says how the study was done nor what it found. A
body made of such sentences beside the headline is as thin as a body of one sentence (`thin`).

A sentence is about the paper when
- a present-tense passive says that something is set out in the text ("... are (briefly)
  described", "... is discussed here", "... are outlined below"); a past tense ("Side effects
  were described in three trials") reports what the studies did and is content; or
- the paper, or its authors in the present tense, set something out ("This article discusses",
  "In this paper we describe", "Here we review"), unless a "that" or "how" clause follows the
  verb with what was found ("We describe how the drug blocks ...", "This paper shows that ...").
"""

from __future__ import annotations

import re

_SET_OUT = (
    r"(?:described|discussed|presented|outlined|summari[sz]ed|reviewed|highlighted|considered|"
    r"introduced|explained|addressed|illustrated|explored|detailed|covered|listed)"
)
# "... are (briefly) described." / "... is discussed here." / "... are outlined below."
_PASSIVE = re.compile(
    rf"\b(?:is|are)\s+(?:(?:also|briefly|further|then|first|here|critically|finally|"
    rf"systematically)\s+)*{_SET_OUT}"
    r"(?:\s+(?:here|below|in (?:this|the) (?:paper|article|review|report|chapter|essay|"
    r"commentary|manuscript|text|summary)))?\s*[.!]?\s*$",
    re.I,
)
_TEXT = r"(?:paper|article|essay|commentary|chapter|report|manuscript|editorial|perspective)"
_VERB = (
    r"(?:describe|discuss|present|outline|summari[sz]e|review|highlight|consider|introduce|"
    r"explain|address|illustrate|explore|detail|cover|list|examine)"
)
# "This article discusses ...", "In this paper, we describe ...", "Here we review ..."
_ACTIVE = re.compile(
    rf"^\W*(?:(?:this|the present|the current|our) {_TEXT}\s+(?:(?:also|briefly|then|first|"
    rf"further)\s+)?{_VERB}e?s\b"
    rf"|(?:(?:in|with) (?:this|the present) {_TEXT},?\s+|here,?\s+)we\s+(?:(?:also|briefly|"
    rf"then|first|further)\s+)?{_VERB}\b)",
    re.I,
)
# What follows the verb and carries a finding: "... describe how X works", "... show that ..."
_FINDING_CLAUSE = re.compile(r"\b(?:that|how|why)\b", re.I)


def about_the_paper(sentence: str) -> bool:
    """Whether `sentence` says what the paper covers rather than what the study did or found."""
    if _PASSIVE.search(sentence):
        return True
    m = _ACTIVE.search(sentence)
    return m is not None and not _FINDING_CLAUSE.search(sentence, m.end())
