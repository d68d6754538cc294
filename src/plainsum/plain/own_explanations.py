"""A hard term explained in the paper's own words, where the draft first uses it.

A paper often says once what a term is, in an appositive: "Clemastine, an antihistamine,
promoted repair in mice." The drafter keeps other sentences, which use the name bare
("Clemastine shortened latency ..."), and the reader meets a word nothing explains. The
paper's own noun phrase is put in brackets after the body's first use of the term:
"Clemastine (an antihistamine) shortened latency ...". Only a rare single word the vetted
gloss does not know, only a short noun phrase with an article and no verb, figure or
bracket, and only where the bracket ends the term's noun phrase (`explain`'s rules). Nothing
is guessed: a term the paper does not explain is left for the gate to name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import zipf
from .explain import RARE_DRUG_ZIPF, ends_phrase, explained, gloss, in_brackets
from .wholeness import has_verb

__all__ = ["explain_own_terms", "own_explanations"]

# "Clemastine, an antihistamine, ...": a word, then "a"/"an" and up to four words, between
# commas. Not after "of", "in" or "with" ("the effect of X, a drug, ..." names X as before).
_APPOSITIVE = re.compile(
    r"(?<![\w-])(?P<term>[A-Za-z][a-z][a-z-]{3,}), (?P<what>(?:a|an) [a-z][\w-]*"
    r"(?: [a-z][\w-]*){0,3}),"
)
# ... where the term opens its clause or is named as taken or given: not "in people with MS,
# a group ...", where the phrase after the comma may say more than what the term is.
_BEFORE_TERM = re.compile(
    r"(?:^|[.;:]\s*|\b(?:of|and|with|that|use|as|take|took|taking|received|receiving|given)\s+)$"
)
# Words that make the phrase more than what the term is: a clause, a figure, a pointer.
_NOT_A_KIND = re.compile(r"\b(?:which|that|who|the|this|these|its|their|of|in|for|with)\b")


def own_explanations(sentences: Iterable[str]) -> dict[str, str]:
    """Lower-case term -> the noun phrase the paper explains it with ("an antihistamine"): the
    first appositive of each rare term the vetted gloss does not hold."""
    found: dict[str, str] = {}
    known = gloss()
    for sentence in sentences:
        for m in _APPOSITIVE.finditer(sentence) if ", a" in sentence else ():
            term, what = m["term"], m["what"]
            if not _BEFORE_TERM.search(sentence, 0, m.start()):
                continue
            key = term.lower()
            if key in found or key in known or zipf(key) >= RARE_DRUG_ZIPF:
                continue
            if _NOT_A_KIND.search(what) or has_verb(what):
                continue
            found[key] = what
    return found


def explain_own_terms(texts: list[str], explanations: dict[str, str]) -> list[str]:
    """`texts` (a draft's body sentences, in reading order) with each term of `explanations`
    explained at its first use, unless that use is already explained or inside a phrase."""
    if not explanations:
        return texts
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, explanations)) + r")(?![\w-])", re.I
    )
    said: set[str] = set()
    out = []
    for text in texts:
        pieces, last = [], 0
        for m in pattern.finditer(text):
            key = m.group(1).lower()
            if key in said:
                continue
            said.add(key)
            if in_brackets(text, m.start()) or explained(text, m.start(), m.end()):
                continue
            if not ends_phrase(text, m.end()):
                continue
            pieces.append(text[last : m.end()] + f" ({explanations[key]})")
            last = m.end()
        out.append("".join(pieces) + text[last:])
    return out
