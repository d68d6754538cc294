"""A result the paper says was not significant, stated in the summary as an effect.

"Fewer babies died, but these results failed to reach statistical significance" said as "Fewer
babies died"; "less need for blood transfusion, but none of the differences reached statistical
significance" as "Fewer women needed a transfusion". The summary keeps the paper's difference
and drops the words that said it could be chance.

A summary sentence that states an effect (`claims_in`: up, down, better, worse) is read against
the paper's result or conclusion that holds most of it (at least `HELD` of its weighted words).
Within that sentence, the clause that shares most words with the summary sentence must itself
say the difference was not significant ("a non-significant rise", "did not differ
significantly"), or the clause after it must say so of it ("..., but these results failed to
reach statistical significance"). The summary sentence keeps the qualifier when it says
anything of chance, significance, clarity or certainty ("could be chance", "no clear
difference", "may"). A sentence is let go when another result or conclusion holds it as well
and says it with no such words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..evidence import overlaps, split_source, stem
from ..evidence_words import content_words
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding
from .negation import conditional
from .polarity import claims_in
from .support_contradicted import link_finding

CHECK = "support"
HELD = 0.6  # share of the summary sentence the paper's sentence must hold
_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
_EFFECTS = frozenset({"up", "down", "better", "worse"})
_SECTIONS = frozenset({"headline", "what_the_study_did", "why_it_matters"})

# The paper's words for a difference that may be chance.
NOT_SIGNIFICANT = re.compile(
    r"\b(?:not\s+(?:statistically\s+)?significant(?:ly)?|non-?\s?significant(?:ly)?|"
    r"no\s+(?:statistically\s+)?significant|insignificant|"
    r"(?:fail(?:ed|s)?\s+to|did\s+not|does\s+not|do\s+not|not)\s+(?:reach|achieve|attain)\w*\s+"
    r"(?:statistical\s+|conventional\s+)?significance|"
    r"none\s+of\s+(?:the|these)\s+(?:\w+\s+){0,2}(?:reached|was|were|achieved)\s+"
    r"(?:statistical(?:ly)?\s+)?significan\w*|not\s+superior|"
    r"(?:could|may|might)\s+(?:have\s+been|be)\s+(?:due\s+to\s+)?(?:chance|random)|"
    r"not\s+(?:statistically\s+)?(?:different|reliable))\b",
    re.I,
)
# The clause after a result that speaks of it: "but these results ...", "though the difference".
_OF_IT = re.compile(
    r"^\s*(?:\([^()]*\)\s*)*(?:but|though|although|however|yet)?,?\s*(?:these|this|that|both|"
    r"none|neither|it|the\s+(?:differences?|results?|effects?|findings?|gaps?|changes?))\b",
    re.I,
)
# A summary sentence's own word that the difference may not be real.
KEPT = re.compile(
    r"\b(?:chance|luck|\w*significan\w*|clear(?:ly)?|certain\w*|sure|uncertain\w*|unclear|"
    r"may|might|could|possibl[ey]|perhaps|likely|unlikely|reliabl[ey]|firm(?:ly)?|real|"
    r"confiden\w*|prove[dn]?|trend\w*|tend(?:s|ed)?|hint\w*|not enough|too (?:small|few)|"
    r"no (?:real |clear )?difference|similar|same|suggest\w*|seem\w*|appear\w*)\b",
    re.I,
)
# What a review looked for is no result: "We searched for trials which compared ...".
_SOUGHT = re.compile(r"\b(?:search\w*|looked for|sought|seeking)\b", re.I)
_SIGNIFICANT = re.compile(r"\bsignifican\w*", re.I)
_BREAK = re.compile(
    r"[;:]|,\s+(?:but|and|while|whereas|although|though|however|which)\b|\bbut\b|\bwhereas\b",
    re.I,
)


# Figures in brackets hold semicolons that end no clause.
_BRACKETS = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


class Dropped(NamedTuple):
    """A summary sentence said without the paper's qualifier."""

    sentence: str
    paper: str  # the paper's sentence
    words: str  # the paper's qualifying words


@lru_cache(maxsize=64)
def paper_results(source: Source) -> tuple[tuple[str, ...], frozenset[int]]:
    """The paper's sentences, and the indexes of its results and conclusions."""
    sentences = split_source(source)
    return tuple(s.text for s in sentences), frozenset(
        s.index for s in sentences if s.role in _ROLES
    )


def _stems(text: str) -> set[str]:
    return {stem(w.lower()) for w in content_words(text)}


def held_clause(paper: str, sentence: str) -> tuple[str, str] | None:
    """The clause of `paper` that shares most words (at least two) with `sentence`, and the
    rest of `paper` after it."""
    mine = _stems(sentence)
    paper = _BRACKETS.sub(_blank, paper)
    best: tuple[str, str] | None = None
    best_shared, start = 1, 0
    for found in [*_BREAK.finditer(paper), None]:
        end = found.start() if found else len(paper)
        clause = paper[start:end]
        shared = len(_stems(clause) & mine)
        if shared > best_shared:
            best, best_shared = (clause, paper[end:]), shared
        start = found.end() if found else len(paper)
    return best


def holders(source: Source, sentence: str) -> list[int]:
    """The paper's results and conclusions that hold `sentence`, the best first."""
    roles = paper_results(source)[1]
    held = sorted(
        ((share, i) for i, share in overlaps(source, sentence).items() if i in roles),
        reverse=True,
    )
    return [i for share, i in held if share >= HELD]


def _not_significant(paper: str, sentence: str) -> str | None:
    """The words of `paper` that say what `sentence` repeats of it may be chance."""
    found = held_clause(paper, sentence)
    if found is None:
        return None
    clause, rest = found
    if said := NOT_SIGNIFICANT.search(clause):
        # "significantly reduced discomfort with no significant differences in ..." says both
        if _SIGNIFICANT.search(NOT_SIGNIFICANT.sub(" ", clause)):
            return None
        return said.group(0)

    # the rest begins with the break that ended the clause: "but these results failed ..."
    cut = _BREAK.match(rest)
    tail = rest[cut.end() :] if cut else ""
    if tail and _OF_IT.match(tail) and (said := NOT_SIGNIFICANT.search(tail)):
        return said.group(0)

    return None


def significance_dropped(source: Source, link: EvidenceLink) -> Dropped | None:
    """The paper's sentence that says `link`'s stated effect was not significant, if the
    summary sentence drops that."""
    if link.kind != "content" or link.section not in _SECTIONS:
        return None
    sentence = link.text
    if KEPT.search(sentence) or _SOUGHT.search(sentence) or conditional(sentence):
        return None
    if sentence.rstrip().endswith("?"):
        return None
    claims = [c.polarity for c in claims_in(sentence)]
    if not any(p in _EFFECTS for p in claims) or "null" in claims:
        return None  # no effect, or an effect beside a null ("..., but not more births")
    sentences = paper_results(source)[0]
    found = holders(source, sentence)
    if not found:
        return None
    words = _not_significant(sentences[found[0]], sentence)
    if not words:
        return None
    if any(not _not_significant(sentences[i], sentence) for i in found[1:]):
        return None  # the paper says it plainly somewhere
    return Dropped(sentence, sentences[found[0]], words)


def significance_findings(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error when `link`'s sentence states as an effect what the paper says was not
    significant."""
    dropped = significance_dropped(source, link)
    if dropped is None:
        return []
    return [
        link_finding(
            link,
            (
                f"The sentence states an effect the paper says was not significant "
                f"('{dropped.words}'): {link.text!r}"
            ),
            "Say the difference was small enough to be chance, as the paper does.",
            check=CHECK,
        )
    ]
