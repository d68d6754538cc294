"""Terms the summary joins that the paper keeps apart, read for plainsum.checks.support.

"The ProSeal gave a higher peak leak pressure." where the paper reports "peak airway pressure"
and "leak pressure" (two outcomes, two results); "an ACE beta-blocker" where it compares "ACE
inhibitors and beta-blockers" (two drugs); "an elastic plaster cast" where a plaster cast was
compared with elastic compression. The summary names a thing the paper never measured or gave,
and its result belongs to neither.

Three words in a row, "a b c", are read as such a join when
- "b c" is a term of the paper (the two words stand together there), and "a b" never does;
- the paper's "a", as written, always stands before one other content word "h" ("peak
  airway", "ACE inhibitors", "elastic compression"), a word the summary's sentence leaves out:
  "a" is part of the paper's term "a h", a specific word (rare enough, `MIN_WEIGHT`) and no
  verb or adverb form;
- the paper sets the two terms side by side ("a h" and "b c" in one sentence) or shares
  their last word ("a h c": "peak airway pressure", "leak pressure");
- and the paper never has "a" a few words before "b c" with nothing coordinated between:
  "oral hormone therapy" for the paper's "oral administration of hormone therapy" drops words,
  it joins nothing.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ..evidence_words import content_words, stem, word_weight
from ..ingest import Source
from ..memo import SIZE
from ..schemas import EvidenceLink, Finding
from .support_contradicted import link_finding

__all__ = ["joined_terms"]

MIN_WEIGHT = 1.9  # "peak", "elastic", "ACE"; not "mean", "high", "total", "daily"
_NEAR = 5  # words before a term within which the paper's "a" means the summary dropped words
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d.,]*|[^\sA-Za-z\d-]")
# a short gloss or abbreviation in brackets: "leak (OPL) pressure" is "leak pressure"
_GLOSS = re.compile(r"\s*\([^()]{1,25}\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BREAK = "|"  # punctuation, in a paper's word sequence
# what sets two terms side by side rather than one inside the other
_COORDINATED = frozenset({"and", "versus", "vs", "with", "compar", "than", "nor", _BREAK})
_VERB_FORM = re.compile(r"(?:ing|ed|ly|s)$")
_NOT_A_NOUN = re.compile(r"(?:ing|ed)$")
_LINKS = frozenset({"plus", "alone", "versus"})


def _tokens(text: str) -> list[str]:
    """`text`'s words in order, lower case, punctuation as `_BREAK`, glosses in brackets left
    out, hyphenated words by their parts."""
    tokens = _TOKEN.findall(_GLOSS.sub(" ", text).replace("-", " "))
    return [t.lower() if t[0].isalpha() else _BREAK for t in tokens]


def _sequence(text: str) -> list[str]:
    """The stems of `_tokens`."""
    return [t if t == _BREAK else stem(t) for t in _tokens(text)]


class _Paper:
    """The paper's word pairs and triples, and what follows each word. Every summary sentence
    with three content words in a row asks for the pairs; the rest is read only for one whose
    first pair is new and whose second is the paper's (a few sentences a batch), so it is
    worked out then, once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        # each distinct token stemmed once (most of a paper's tokens are repeats)
        stems = {t: t if t == _BREAK else stem(t) for t in set(self.tokens)}
        self.words = [stems[t] for t in self.tokens]
        self.pairs = set(zip(self.words, self.words[1:], strict=False))

    @cached_property
    def triples(self) -> set[tuple[str, str, str]]:
        return set(zip(self.words, self.words[1:], self.words[2:], strict=False))

    @cached_property
    def sentences(self) -> list[set[tuple[str, str]]]:
        return [
            set(zip(s, s[1:], strict=False))
            for s in (_sequence(t) for t in _SENTENCE_END.split(self.text))
        ]

    @cached_property
    def after(self) -> dict[str, set[str]]:
        """What follows each word as written ("preventive" is not the verb "prevent")."""
        after: dict[str, set[str]] = {}
        for x, y in zip(self.tokens, self.words[1:], strict=False):
            after.setdefault(x, set()).add(y)
        return after

    def leads_to(self, a: str, b: str, c: str) -> bool:
        """Whether "a" stands a few words before the term "b c" with nothing coordinated
        between."""
        w = self.words
        for i in range(len(w) - 1):
            if (w[i], w[i + 1]) != (b, c):
                continue
            for j in range(max(0, i - _NEAR), i):
                if w[j] == a and not _COORDINATED.intersection(w[j + 1 : i]):
                    return True
        return False


@lru_cache(maxsize=64)
def _paper(text: str) -> _Paper:
    return _Paper(text)


@lru_cache(maxsize=SIZE)  # asked of each word of a summary sentence, three times a word
def _content(word: str) -> bool:
    return content_words(word) == [word.lower()]


def _joins(text: str, sentence: str) -> tuple[str, str, str] | None:
    """The first "a b c" of `sentence` that joins two of the paper's terms (the paper's text
    `text`), as (the summary's words, the paper's first term, its second). The paper is read
    only for a sentence with three words in a row that could be such a join."""
    tokens = _TOKEN.findall(sentence.replace("-", " "))
    # whether each token is a content word, read once (each is the a, b or c of three triples)
    content = [t[0].isalpha() and _content(t) for t in tokens]
    said: set[str] | None = None  # the sentence's stems, read for the few that get that far
    for k, (a, b, c) in enumerate(zip(tokens, tokens[1:], tokens[2:], strict=False)):
        if not (content[k] and content[k + 1] and content[k + 2]):
            continue
        if k and a[0].isupper() and not a.isupper():
            continue  # a name's word ("the Red Crescent first aid guidelines"), not a term's
        if word_weight(a.lower()) < MIN_WEIGHT or (_VERB_FORM.search(a) and not a.isupper()):
            continue
        if any(_NOT_A_NOUN.search(t.lower()) or t.lower() in _LINKS for t in (b, c)):
            continue
        sa, sb, sc = stem(a.lower()), stem(b.lower()), stem(c.lower())
        paper = _paper(text)
        if (sa, sb) in paper.pairs or (sb, sc) not in paper.pairs:
            continue
        follows = paper.after.get(a.lower(), set())
        if len(follows) != 1:
            continue
        h = next(iter(follows))
        if said is None:
            said = {stem(t.lower()) for t in tokens if t[0].isalpha()}
        if h in (_BREAK, sb) or h in said or not _content(h):
            continue  # "occlusion is", "dependent β": no term of the paper's
        side_by_side = (sa, h, sc) in paper.triples or any(
            (sa, h) in s and (sb, sc) in s for s in paper.sentences
        )
        if side_by_side and not paper.leads_to(sa, sb, sc):
            return f"{a} {b} {c}", f"{a} {h}...", f"{b} {c}"
    return None


def joined_terms(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error on a summary sentence whose words join two of the paper's terms into one the
    paper never names."""
    found = _joins(source.full_text, link.text)
    if not found:
        return []
    joined, first, second = found
    return [
        link_finding(
            link,
            f"Not faithful to the source: {link.text!r} says {joined!r}, joining two things "
            f"the paper keeps apart ({first!r} and {second!r}).",
            "Name each thing as the paper does, with its own result.",
            "faithfulness",
        )
    ]
