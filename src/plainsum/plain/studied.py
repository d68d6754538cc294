"""What was studied, in whom or for what, as one whole sentence, for a draft that never names it.

A draft whose headline and body name neither the treatment (or exposure) together with the
condition (or subject) leaves the reader asking what the paper was about. The sentence added
is only ever the paper's own aim read as "X for Y" / "X in Y" ("The review authors looked at
growth hormone for children with short stature."); an aim that does not parse that cleanly
gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .aim import AIM_MAX_COST, LOOKED_AT, aim_sentence, short_aim, without_comparators
from .headline.on_topic import aim_terms
from .numbers import drop_brackets, strip_statistics
from .simplify import PlainSentence, plain_sentences, strip_label

__all__ = ["Studied", "names_studied", "studied_sentence"]

# Where what was studied ends and whom or what it was for begins: the first such word.
_FOR_WHOM = re.compile(r" (?:for|in|among) ")
# Key words a sentence shares with the condition to name it: "multiple" alone is not
# "multiple myeloma"; one word of what was studied ("growth" of "growth hormone") is.
MIN_WHOM_SHARED = 2
# Words of the "for whom" part that name no condition or subject of their own.
_WHO_FILLER = aim_terms(
    ["adults children people persons women infants babies newborns young older aged healthy"]
)

# A "for whom" part that says how the study was done or what it measured: no subject.
_NOT_WHOM = re.compile(
    r"(?<![\w-])(?:trials?|stud(?:y|ies)|reviews?|using|methods?|results?|outcomes?|settings?|"
    r"terms?|comparison|compared|versus|adverse|events?|harms?|side effects?|"
    r"unwanted events?|harmful effects?|potential)"
    r"(?![\w-])"
    # ... or ends on a word that needs more after it ("primary painful periods when",
    # "primary or secondary prevention"): not said whole
    r"|\b(?:when|and|or|of|the|a|an|with|to|as|by|at|on|prevention|treatment|management|"
    r"care|use)\.?$",
    re.I,
)


@dataclass(frozen=True)
class Studied:
    """The "looked at X for Y" sentence, and the key terms of X and of Y."""

    sentence: PlainSentence
    what: tuple[frozenset[str], ...]  # as the paper says it, as drafted
    whom: tuple[frozenset[str], ...]


def _subject_terms(part: str) -> frozenset[str]:
    """Key words of a "for whom" part up to any clause of its own ("adults with myeloma who
    are ..."), without "adults" or "children" when the part names more than who they were."""
    part = re.split(r"\b(?:who|that|which|whose)\b", part)[0]
    terms = aim_terms([part])
    return terms - _WHO_FILLER or terms


def _without(aim: str) -> str:
    """`aim` without the comparators it ends on, or as it is."""
    return without_comparators(aim) or aim


def _parts(text: str) -> tuple[str, str] | None:
    """X and Y of "... looked at X for Y.", or None when `text` is no such sentence."""
    m = LOOKED_AT.match(text)
    if m is None:
        return None
    split = _FOR_WHOM.search(m["what"])
    if split is None:
        return None
    return m["what"][: split.start()], m["what"][split.end() :]


def studied_sentence(
    aims: list[tuple[str, int]], review: bool, expand: Callable[[str], str] | None = None
) -> Studied | None:
    """From the paper's first aim sentence (text, index) whose head reads "X for Y" or
    "X in Y": what was studied, for what, as a whole plain sentence with the key terms of
    each part; None when no aim parses cleanly or its plain form keeps a hard word or reads
    harder than an aim is kept at (`AIM_MAX_COST`)."""
    for text, index in aims:
        said = aim_sentence(strip_label(text), review, objective=True)
        tiny = said if LOOKED_AT.match(said) else None  # already built as "looked at X for Y"
        bare = strip_statistics(drop_brackets(said))
        # the aim without the comparators it ends on ("..., compared with placebo") says the
        # same thing studied, for the same people
        tiny = tiny or short_aim(bare, compact=True) or short_aim(_without(bare), compact=True)
        raw = _parts(tiny) if tiny else None
        if tiny is None or raw is None:
            continue
        pieces = plain_sentences(tiny, review, (index,), expand)
        edited = _parts(pieces[0].text) if len(pieces) == 1 else None
        if edited is None or pieces[0].hard or pieces[0].cost > AIM_MAX_COST:
            continue  # a code the gate names, or harder to read than an aim is kept at
        if any(_NOT_WHOM.search(part) for part in raw[1:] + edited[1:]) or not aim_terms(
            [edited[0]]
        ):
            continue  # "in randomised trials" is how, not for whom; "treatments" names nothing
        what = tuple(aim_terms([part]) for part in (raw[0], edited[0]))
        whom = tuple(_subject_terms(part) for part in (raw[1], edited[1]))
        return Studied(pieces[0], what, whom)
    return None


def _names(terms: frozenset[str], variants: tuple[frozenset[str], ...], least: int) -> bool:
    """Whether `terms` hold `least` key words (or all there are) of one wording of a part."""
    return any(len(terms & v) >= min(least, len(v)) for v in variants if v) or not any(variants)


def names_studied(texts: list[str], studied: Studied) -> bool:
    """Whether one of `texts` (the draft's sentences) names both what was studied and,
    when the aim names one, the condition or subject it was for (in the paper's words or
    the draft's plain ones)."""
    return any(
        _names(terms, studied.what, 1) and _names(terms, studied.whom, MIN_WHOM_SHARED)
        for terms in (aim_terms([text]) for text in texts)
    )
