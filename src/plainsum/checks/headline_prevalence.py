"""A headline that says how common something was among the people studied ("Throat culture found
Strep A in 10% of patients", "12% of the women had anaemia at the start", "Low vitamin D was
found in 40% of the children") in a paper whose conclusions are not about how common anything
is: a description of the sample, not the finding (issue 8, from the offline draft of plaba
25296661, a trial of a throat lozenge headed by how many had a strep infection; the gate passed
it).

Not flagged when the headline compares (a share in one group against another, "more", "fewer",
"than": a result), or when a main sentence of the paper is itself about how common something is
(a prevalence study's point is its share)."""

from __future__ import annotations

import re

from ..evidence import SourceSentence

_SHARE = (
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+|under\s+)?"
    r"\d[\d.,]*\s?(?:%|per\s?cent)"
)
# "found X in 10% of patients", "X was present in 40%", "10% of the children had X"
_PREVALENCE = re.compile(
    rf"\b(?:found|identified|detected|showed|revealed|confirmed)\s+(?:[\w-]+\s+){{1,5}}?in\s+"
    rf"(?:a\s+further\s+)?{_SHARE}"
    rf"|\b(?:was|were)\s+(?:found|present|seen|detected|identified|diagnosed)\s+in\s+{_SHARE}"
    rf"|^{_SHARE}\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,2}}?(?:people|patients|participants|"
    r"children|adults|women|men|infants|babies|cases|samples|volunteers)\s+(?:had|have|were|was|"
    r"showed|carried|tested)\b",
    re.I,
)
# A share set against another group's: a result, not a description.
_COMPARES = re.compile(
    r"\b(?:than|compared|versus|vs|against|more|fewer|less|higher|lower|rose|fell|increased|"
    r"decreased|reduced|dropped|improved|after|placebo|control)\b",
    re.I,
)
# A main sentence about how common something is: the paper's point is a share.
_ABOUT_SHARES = re.compile(
    r"\b(?:prevalen\w*|common|uncommon|frequen\w*|proportion|percentage|incidence|rates?|"
    r"one in \w+|how many|widespread|rare|majority|minority)\b|\d\s?%",
    re.I,
)


def prevalence_headline(headline: str, main: list[int], sentences: list[SourceSentence]) -> str:
    """The words by which a headline (without its full stop) says how common something was
    among those studied, when it compares nothing and no main sentence of the paper (`main`:
    its conclusions, or its results) is about how common anything is; else ""."""
    m = _PREVALENCE.search(headline)
    if m is None or _COMPARES.search(headline) or not main:
        return ""
    if any(_ABOUT_SHARES.search(sentences[i].text) for i in main):
        return ""
    return m.group(0)
