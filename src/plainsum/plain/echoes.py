"""A claim said once: a sentence of the body that only says the headline again, or a sentence
of why it matters that only says again what the body said, is left out.

Readers found the same finding said twice or three times in other words: the headline, then in
the body "There is very low-level evidence for non-drug treatments for pain.", then under why
it matters. A sentence echoes another when all of its content words (stems, and its numbers)
are in the other, bar framing words ("the use of", "clearly", "the review found"), and both or
neither is negated: "Exercise may make little or no difference to falls" is no echo of "General
medicine review may make little or no difference to falls".
What a section needs stays: the body keeps a main result that says what was found in words the
gate names none of, why it matters keeps a sentence of the paper's, so an echo that is the only
one is kept (the gate would name the gap, which is worse than the echo).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..checks.jargon import find_terms
from ..evidence import content_stems, stem
from ..memo import SIZE
from .conclusion_kinds import a_call
from .contrasts import CONTRAST_OPENER
from .frames import is_design_sentence
from .headline import Headline
from .headline.forms import tells_case
from .lines import Line
from .results import says_a_finding
from .simplify import measured
from .standalone import leans_back, whole_alone
from .wholeness import finite

__all__ = [
    "MIN_ECHO_WORDS",
    "echoes",
    "only_the_headline",
    "said_once",
    "same_letters",
    "without_echoes",
]

# Sentences of the paper's own a body keeps besides the headline's finding, for that finding
# to be left to the headline (the gate's thin-body count, `drafters.fit_grade.MIN_DID_CONTENT`)
MIN_OWN_LINES = 2
MIN_ECHO_WORDS = 4  # shorter sentences ("The trials were small.") may echo by chance
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")  # numbers as written: 1,000 and 1000 differ
_NEGATION = re.compile(r"\b(?:not|no|none|without|neither|nor|never|only)\b|n't\b", re.I)
# Words that frame a claim without adding to it ("The review authors found that ...").
_FRAMING = frozenset(
    stem(w)
    for w in """review reviews author authors researchers study studies trial trials result results
    finding findings found find show shows showed shown suggest suggests suggested evidence
    data people use clear clearly overall analysis analyses estimate estimates""".split()
)


# Words of a direction said either way ("less likely to have side effects", "fewer side effects").
_DIRECTION = {"fewer": "less", "lower": "less", "higher": "more", "greater": "more"}


def _stems(text: str) -> frozenset[str]:
    stems = content_stems(text, _NUMBER.findall) - _FRAMING
    return frozenset(_DIRECTION.get(s, s) for s in stems)


def echoes(text: str, other: str) -> bool:
    """Whether `text` says nothing `other` does not: every one of its content words (framing
    words aside; "fewer" and "lower" are "less", "higher" and "greater" "more") and numbers is
    in `other`, it has `MIN_ECHO_WORDS` or more, and both or neither is negated."""
    own = _stems(text)
    theirs = _stems(other)
    if len(own) < MIN_ECHO_WORDS or bool(_NEGATION.search(text)) != bool(_NEGATION.search(other)):
        return False
    return own <= theirs


def _paper(line: Line) -> bool:
    return line.kind == "content" and bool(line.sources) and not line.keep


def _stays(line: Line) -> bool:
    """Whether a line of the body says what was found and will stay in it: a main result, no
    word the gate would name (a hard one may yet be left out for the grade or a repair)."""
    return (
        _paper(line)
        and (line.main or line.lead)
        and says_a_finding(line.text)
        and not measured(line.text).hard
        and not find_terms(line.text)
    )


def _leaned_on(line: Line, lines: list[Line]) -> bool:
    """Whether another line needs `line` before it: the rest of its own sentence of the paper
    ("The drop was largest in adults who took them"), or the next line leans on it ("These
    side effects were mild"): the pair is said together or not at all."""
    at = next(i for i, x in enumerate(lines) if x is line)
    nxt = lines[at + 1] if at + 1 < len(lines) else None
    halves = any(x is not line and x.sources == line.sources for x in lines)
    return halves or (nxt is not None and (nxt.leans or leans_back(nxt.text.rstrip("."))))


# "X is poorly documented and no recommendations can be made": under the headline "X is poorly
# documented", the clause after it is what the sentence adds (CD001332: the headline said again
# word for word under why it matters). Never a clause without its own subject ("and cannot be
# recommended").
_ADDED = re.compile(
    r"^(?:,? and|;) (?P<rest>(?!(?:can|cannot|could|may|might|should|must|will|would|is|"
    r"are|was|were|has|have|had|did|does|do|not|also|it|they|this|these)\b)(?![a-z]+ed\b)[a-z].*)$"
)


def past_the_headline(text: str, headline: str) -> str | None:
    """The clause a sentence adds after saying the headline word for word, as a sentence of
    its own, when it is whole and leans on nothing; None otherwise."""
    head = headline.rstrip(".")
    if not text.lower().startswith(head.lower()):
        return None
    m = _ADDED.match(text[len(head) :].rstrip().rstrip("."))
    if m is None:
        return None
    clause = m["rest"][:1].upper() + m["rest"][1:]
    if len(clause.split()) < MIN_ECHO_WORDS or leans_back(clause) or not whole_alone(clause):
        return None
    if not finite(clause.split(maxsplit=1)[1]):
        # its first word is its only verb, the subject left in the headline: "These results
        # suggest X, and support testing it in Y" gave "Support testing it in Y."
        return None
    return f"{clause}."


def without_echoes(
    headline: str, did: list[Line], why: list[Line]
) -> tuple[list[Line], list[Line]]:
    """`did` without the sentences that only say the headline again, and `why` without those
    that only say again the headline or a sentence of the body, each while its section keeps
    another sentence of the paper that does its job (the body: one that says what was found)."""
    for line in list(did):
        others = [x for x in did if x is not line and _stays(x)]
        if _paper(line) and others and echoes(line.text, headline) and not _leaned_on(line, did):
            did = [x for x in did if x is not line]
    for line in list(did):
        # a result the body says again in a later sentence that says more (the conclusion
        # "X users had fewer side effects than Y users, and ..." after the result "X users were
        # less likely to have any side effects than Y users": a reader met it twice, CD001324)
        fuller = [
            x
            for x in did
            if x is not line
            and _stays(x)
            and x.sources != line.sources
            and echoes(line.text, x.text)
        ]
        if _paper(line) and fuller and not _leaned_on(line, did):
            did = [x for x in did if x is not line]
    said = [headline, *(x.text for x in did if _paper(x))]
    for i, line in enumerate(why):
        added = past_the_headline(line.text, headline) if _paper(line) else None
        if added is not None:  # the headline again, then what it adds: what it adds
            why[i] = replace(line, text=added)
    for line in list(why):
        # (a call for more research beside it says nothing of what the finding means)
        others = [x for x in why if x is not line and _paper(x) and not a_call(x.text)]
        if _paper(line) and others and any(echoes(line.text, s) for s in said):
            why = [x for x in why if x is not line]
    return did, why


_NOT_LETTER_DIGIT_SPACE = re.compile(r"[^a-z0-9 ]")


@lru_cache(maxsize=SIZE)  # every sentence of the material is held against the headline
def _norm(text: str) -> str:
    return _NOT_LETTER_DIGIT_SPACE.sub("", text.lower()).strip()


def same_letters(a: str, b: str) -> bool:
    """Whether two sentences are the same words, case and punctuation aside."""
    return _norm(a) == _norm(b)


# "... in mice", "... in fruit flies": the model a headline names for an animal study.
_MODEL_NAMED = re.compile(
    r" in (?:[a-z-]+ ){0,2}?(?:mice|rats|animals|flies|fish|zebrafish|worms|pigs|dogs|monkeys|"
    r"rabbits|sheep|hamsters|cats|primates)\b"
)


def only_the_headline(line: Line, headline: str, did: list[Line]) -> bool:
    """Whether `line`, the headline's finding meant for the body in full, is the headline word
    for word (its contrast opener aside: "But the effects of X remain unclear" under the
    headline "The effects of X remain unclear"; the animals the headline names aside) while
    `did` says another finding of its own that will stay (`_stays`), is not thin without it,
    and holds no other piece of `line`'s sentence that would lean on it. The body would say
    the headline's finding in no more words than the headline, a second time: readers met it
    twice, one under the other (CD009953)."""
    opener = CONTRAST_OPENER.match(line.text)
    text = line.text[opener.end() :] if opener else line.text
    # (the headline names the animals the paper's sentence leaves to its design: "X causes Y"
    # heads as "X causes Y in mice")
    modelled = _MODEL_NAMED.sub("", headline, count=1) if not _MODEL_NAMED.search(text) else ""
    if not (same_letters(text, headline) or (modelled and same_letters(text, modelled))):
        return False
    if any(x.sources == line.sources and _paper(x) and not is_design_sentence(x.text) for x in did):
        return False  # the rest of its sentence is shown, and reads after it
    others = [x for x in did if not same_letters(x.text, headline)]
    # (one that will stay, in a body not thin without it: a hard one, left alone, is kept whole
    # by the repairs and named by the gate, a body worse than the headline said twice)
    plain = [
        x
        for x in others
        if x.kind == "content"
        and x.sources
        and not is_design_sentence(x.text)
        and not measured(x.text).hard
        and not find_terms(x.text)
    ]
    return any(_stays(x) for x in others) and len(plain) >= MIN_OWN_LINES


def said_once(
    head: Headline, restated: Line | None, did: list[Line], why: list[Line]
) -> tuple[list[Line], list[Line]]:
    """`did` and `why` without the headline word for word (in the body, nor its whole
    sentence of the paper, bar the `restated` finding in full, which says more than the
    headline), then without what only says it again in other words (`without_echoes`)."""

    def repeats(line: Line) -> bool:
        if restated is not None and line is restated:
            return False
        if tells_case(line.text):
            # a case report's opening on its people ("The researchers describe four women who
            # developed X") says whom the report is about: without it the body opened "None
            # had diabetes" under the headline "Four women developed X" (the lead's case series)
            return False
        return same_letters(line.text, head.text) or (
            bool(head.origin) and line.text == head.origin
        )

    did = [line for line in did if not repeats(line)]
    why = [line for line in why if not same_letters(line.text, head.text)]  # whole origin: kept
    return without_echoes(head.text, did, why)
