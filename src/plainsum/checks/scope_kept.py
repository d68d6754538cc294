"""A result the paper found only in some people, or in one trial, stated of everyone.

"Pain improved more on the pair, but only in people for whom the first drug had not worked"
said as "Pain improved more on the pair"; "weight gain was smaller in one trial of 38 babies"
as "Babies put on less weight". The summary keeps the paper's result and drops whom it held
for.

A summary sentence that states an effect (`claims_in`: up, down, better, worse) is read against
the paper's result or conclusion that holds most of it (`significance_kept.holders`). Within
that sentence, the clause that shares most words with the summary sentence must narrow it ("only
in women", "in a subgroup of", "in one trial", "in a single study"), or the clause after it must
("..., but only in those who had not responded"). The summary sentence keeps the scope when it
says so in any words of narrowing ("only", "some", "one trial", "those who", "a subgroup") or
names a word of the paper's narrowing phrase ("responders", "women"). A sentence is let go when
another result or conclusion holds it as well with no narrowing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..evidence import stem
from ..evidence_words import content_words
from ..ingest import Source
from ..schemas import EvidenceLink, Finding
from .negation import conditional
from .polarity import claims_in
from .significance_kept import held_clause, holders, paper_results
from .support_contradicted import link_finding

CHECK = "support"
_EFFECTS = frozenset({"up", "down", "better", "worse"})
_SECTIONS = frozenset({"headline", "what_the_study_did", "why_it_matters"})

# The paper's narrowing of a result, with the people or studies it names.
NARROWED = re.compile(
    r"\b(?:only\s+(?:in|among|for|when|if)\s+(?P<who>[^,;:.()]+)|"
    r"in\s+(?:a|the|one)\s+(?:small\s+)?(?:subgroup|subset|sub-group)\s+(?:of\s+)?"
    r"(?P<sub>[^,;:.()]+)|"
    r"(?:in|from|by)\s+(?:only\s+)?(?:one|a\s+single)\s+(?:small\s+)?"
    r"(?P<one>trial|study|RCT|randomi[sz]ed\s+(?:controlled\s+)?trial))\b",
    re.I,
)
# The clause after a result that narrows it: "but only in ...", "though only among ...".
_NARROWS_IT = re.compile(r"^\s*(?:but|though|although|yet|and)?,?\s*only\b", re.I)
# A summary sentence's own narrowing.
KEPT = re.compile(
    r"\b(?:only|some|certain|one\s+(?:[\w-]+\s+){0,2}(?:trial|study|RCT)|single|subgroups?|"
    r"subsets?|those|who|whom|"
    r"whose|a\s+few|part\s+of|among|when|if|but\s+not|(?:this|that|the)\s+(?:trial|study))\b",
    re.I,
)
_BREAK = re.compile(
    r"^\s*(?:[;:]|,\s+(?:but|and|while|whereas|although|though|however|which)\b"
    r"|\bbut\b|\bwhereas\b)",
    re.I,
)


class Widened(NamedTuple):
    """A summary sentence said of everyone where the paper narrows it."""

    sentence: str
    paper: str  # the paper's sentence
    scope: str  # the paper's narrowing words


def _stems(text: str) -> set[str]:
    return {stem(w.lower()) for w in content_words(text)}


def narrowing(paper: str, sentence: str) -> str | None:
    """The words of `paper` that narrow what `sentence` repeats of it."""
    found = held_clause(paper, sentence)
    if found is None:
        return None
    clause, rest = found
    if said := NARROWED.search(clause):
        return said.group(0)
    cut = _BREAK.match(rest)
    tail = rest[cut.end() :] if cut else ""
    if tail and _NARROWS_IT.match(tail) and (said := NARROWED.search(tail)):
        return said.group(0)
    return None


def scope_widened(source: Source, link: EvidenceLink) -> Widened | None:
    """The paper's narrowing of `link`'s stated effect, if the summary sentence drops it."""
    if link.kind != "content" or link.section not in _SECTIONS:
        return None
    sentence = link.text
    if KEPT.search(sentence) or conditional(sentence) or sentence.rstrip().endswith("?"):
        return None
    if not any(c.polarity in _EFFECTS for c in claims_in(sentence)):
        return None
    sentences = paper_results(source)[0]
    found = holders(source, sentence)
    if not found:
        return None
    scope = narrowing(sentences[found[0]], sentence)
    if not scope:
        return None
    match = NARROWED.search(scope)
    named = next((g for g in match.groups() if g), "") if match else ""
    clause = held_clause(sentences[found[0]], sentence)
    own = _stems(clause[0]) if clause else set()
    if (_stems(named) - own) & _stems(sentence):
        return None  # the summary names whom it held for
    if any(not narrowing(sentences[i], sentence) for i in found[1:]):
        return None  # the paper says it of everyone somewhere
    return Widened(sentence, sentences[found[0]], scope)


def scope_findings(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error when `link`'s sentence states of everyone what the paper found only in some."""
    widened = scope_widened(source, link)
    if widened is None:
        return []
    return [
        link_finding(
            link,
            (
                f"The sentence states of everyone what the paper found only "
                f"'{widened.scope}': {link.text!r}"
            ),
            "Say whom (or in how many studies) the result held for, as the paper does.",
            check=CHECK,
        )
    ]
