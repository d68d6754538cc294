"""The main result in the body, even when the headline says it.

The headline is the main finding said short; the body says it again in full, with its size and
who it applies to: the sentence of the paper the headline was cut from when the cut left out
words, else the result (then the conclusion) that names what the headline is about. Never the
headline word for word: a sentence that only repeats it adds nothing.
"""

from __future__ import annotations

import re

from .conclusion_kinds import future_work
from .contrasts import CONTRAST_OPENER
from .headline import Headline
from .headline.forms import without_lead
from .lines import Line
from .own_meaning import meaning_tail
from .pick import leans
from .relevance import says_headline_again
from .results import RESEARCH_CALL, key_terms, says_a_finding, says_which_way, what_it_says
from .simplify import HARD_MAX_WORDS, PlainSentence

__all__ = [
    "MIN_SHARED",
    "only_its_meaning_left",
    "placed_rest",
    "placed_restated",
    "rested_on",
    "restated_main",
    "showing",
    "shows_main",
    "word_for_word",
]

MIN_SHARED = 2  # key terms a body sentence shares with the headline to say the same finding
MIN_FULLER = 3  # ... or one of them and this many of the fuller sentence the headline came from
FULLER_BY = 4  # words of its own a sentence adds to the headline's to say more than it
SAME_SHARE = 0.8  # share of the headline's words a sentence holds to say it word for word

_WORD = re.compile(r"[a-z0-9-]+")
# "... and warrant further investigation": what to study next, never the main result
_LOOK_FURTHER = re.compile(
    r"\bwarrants? (?:further|more|closer)\b|\bfurther (?:investigation|study|exploration)\b", re.I
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_for_word(text: str, headline: str) -> bool:
    """Whether `text` only repeats the headline: nearly every word of the headline in it
    (`SAME_SHARE`) and fewer than `FULLER_BY` words of its own besides, a lead that adds
    nothing left out ("On the basis of this review, X" repeats "X")."""
    head, own = _words(headline), _words(without_lead(text))
    if not head:
        return False
    kept = sum(1 for w in head if w in set(own)) / len(head)
    return kept >= SAME_SHARE and len(set(own) - set(head)) < FULLER_BY


def _shared(terms: frozenset[str], text: str) -> int:
    return len(terms & key_terms([text]))


def shows_main(head: Headline, did: list[Line]) -> bool:
    """Whether a sentence of the paper in `did` already says what the headline found (it
    names `MIN_SHARED` of the headline's key terms and says a finding); True when the headline
    says no finding to repeat."""
    if not says_a_finding(head.text) or not key_terms([head.text]):
        return True
    return showing(head, did) is not None


def showing(head: Headline, did: list[Line]) -> Line | None:
    """The first sentence of the paper in `did` that says what the headline found, or None."""
    terms = key_terms([head.text])
    need = min(MIN_SHARED, len(terms))
    # the headline's own sentence, when it says more: a result that names much of it and
    # something the headline names says the same finding in other words
    fuller = key_terms([head.origin, head.basis]) - terms
    return next(
        (
            line
            for line in did
            if line.kind == "content"
            and line.sources
            and not line.keep
            # which way it went, even said inside how it was done ("Forty studies gave data for
            # the pooled analysis, which showed that people drank less")
            and (says_a_finding(line.text) or what_it_says(line.text).direction)
            and not word_for_word(line.text, head.text)
            and (
                _shared(terms, line.text) >= need
                or (_shared(terms, line.text) and _shared(fuller, line.text) >= MIN_FULLER)
            )
        ),
        None,
    )


def only_its_meaning_left(text: str, headline: str) -> bool:
    """Whether the headline left out of its sentence only what the authors draw from the
    finding ("X, consistent with Y" heads as X): why it matters says that part
    (`own_meaning`), and the sentence said whole in the body would say the headline again."""
    tail = meaning_tail(text)
    return tail is not None and word_for_word(tail[0], headline)


def restated_main(
    head: Headline,
    did: list[Line],
    results: list[PlainSentence],
    conclusions: list[PlainSentence],
    shown: set[str],
) -> Line | None:
    """The sentence that says the headline's finding in full for a body that does not say it
    yet, or None: the headline's own sentence when the headline left words of it out (its
    size, its group), else the result that names most of what the headline is about and
    says which way it went, else such a conclusion. Never one already `shown`, one that leans
    on a sentence before it, or one that says no more than the headline."""
    own = {head.origin, head.basis} - {""}
    pieces = [p for p in (*results, *conclusions) if p.text in own and says_which_way(p.text)]
    for p in pieces:
        if word_for_word(p.text, head.text) and showing(head, did) is not None:
            continue  # the headline whole, and a result shown says its finding in full already
        if any(line.sources == p.sources and line.text != p.text for line in did):
            # the rest of the sentence the headline was cut from is shown ("The drop was
            # largest in adults who took them"): never without its first half
            return Line(p.text, p.sources, main=True, lead=True, restates=True)
    if shows_main(head, did):
        return None
    terms = key_terms([head.text])
    need = min(MIN_SHARED, len(terms))
    fresh = [
        p
        for p in (*results, *conclusions)
        if p.text not in shown or p.text in own
        if not leans(p)
        and not word_for_word(p.text, head.text)
        and not says_headline_again(p.text, head.text)
        and says_which_way(p.text)  # never only what was not reported or how it was done
        and not future_work(p.text)
        and not RESEARCH_CALL.search(p.text)
        and not _LOOK_FURTHER.search(p.text)
    ]
    for p in fresh:
        if p.text in own and not only_its_meaning_left(p.text, head.text):
            return Line(p.text, p.sources, main=True, lead=True, restates=True)
    for pool in (results, conclusions):
        options = [
            p for p in fresh if p in pool and p.text not in own and _shared(terms, p.text) >= need
        ]
        if options:
            # one the gate would not name a word of first, then the one nearest the headline
            best = max(options, key=lambda p: (not p.hard, _shared(terms, p.text), -p.order))
            return Line(best.text, best.sources, main=True, lead=True, restates=True)
    return None


def rested_on(
    claim: PlainSentence, results: list[PlainSentence], shown: list[Line], used: set[str]
) -> PlainSentence | None:
    """The result the authors' main conclusion (`claim`) rests on, for a body whose results
    `shown` name too little of what it is about (fewer than `MIN_SHARED` of its key terms:
    a side measure, a subgroup or a method stood in for it), or None: of the `results` not
    yet `used`, the one that says which way its outcome went, names the most of the claim's
    key terms (at least `MIN_SHARED`), stands alone and holds no word the gate would name;
    the first in the paper's order among equals."""
    terms = key_terms([claim.text])
    if len(terms) < MIN_SHARED or any(_shared(terms, line.text) >= MIN_SHARED for line in shown):
        return None
    options = [
        p
        for p in results
        if p.text not in used
        and not leans(p)
        and not p.hard
        and p.words <= HARD_MAX_WORDS
        and says_which_way(p.text)
        and not RESEARCH_CALL.search(p.text)
        and _shared(terms, p.text) >= MIN_SHARED
    ]
    return max(options, key=lambda p: (min(_shared(terms, p.text), 3), -p.order), default=None)


def placed_rest(did: list[Line], rest: PlainSentence, shown: list[Line]) -> Line:
    """The result the main conclusion rests on, put in `did` in the paper's order among the
    results `shown`, as a main line (returned)."""
    line = Line(rest.text, rest.sources, main=True)
    after = [x for x in shown if x.sources and x.sources[0] > rest.sources[0]]
    at = next((i for i, x in enumerate(did) if after and x is after[0]), len(did))
    did.insert(at, line)
    return line


def placed_restated(did: list[Line], restated: Line, stock: set[str]) -> None:
    """The headline's finding in full, put in `did` before the rest of its own sentence when
    that is shown, else after the results: never before the design frame, an aim or a count
    (`stock`) linked to the same sentence."""
    places = [
        i
        for i, x in enumerate(did)
        if x.sources == restated.sources and not x.keep and x.text not in stock
    ]
    # (a ", but" split's second half, "But Y", goes after its first)
    turn = bool(places) and bool(CONTRAST_OPENER.match(restated.text))
    at = places[-1] + 1 if turn else next(iter(places), len(did))
    did.insert(at, restated)
