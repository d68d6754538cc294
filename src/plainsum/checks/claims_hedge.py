"""A dropped hedge: a result said flatly where the paper says it only with doubt.

"Exercise may reduce fatigue (low-certainty evidence)", "it is uncertain whether X improves
walking", "Although the data appeared to show that X reduced bleeding, we are uncertain of this
finding": the paper is unsure of the result. "Exercise reduced fatigue" says it is sure. A
summary sentence drops the hedge when

- it states a direction (up, down, better, worse, an effect) as found: not negated, not asked
  or aimed at, with no word of doubt in it ("may", "seems", "not clear", "low certainty") and
  none in the sentence after it ("But the evidence for this is weak.");
- the paper's result or conclusion that holds it best says the same direction about the same
  thing under a doubt that governs it: a hedge before it in its clause ("may reduce", "appeared
  to show that X reduced", "it is uncertain whether X improves", "low-quality evidence that X
  lowered", "There was some evidence that X reduced", "It seems that X improves"), or a
  concession the authors go on to doubt ("Although ..., we are uncertain");
- and no result or conclusion of the paper that holds it as well says it without doubt.

The paper may also doubt every result at once: "reliable conclusions could not be drawn from
the present data", "the evidence is insufficient to draw conclusions" (`doubted_throughout`).
A sentence that states a result as sure ("clearly", "significantly", "strong evidence") against
such a verdict drops the doubt too, when the verdict bounds itself to nothing the sentence does
not name ("no firm conclusions can be drawn about long-term safety" leaves a result on blood
pressure alone). The headline check holds the headline to the same verdict, sure words or not.

The claims check reports these with the paper's words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from .. import caseless
from ..evidence import align, content_words, overlaps, split_source, split_summary_section, stem
from ..ingest import Source
from ..plain.sentences import Role
from .claim_pairs import SAME_THING_WEIGHT
from .claim_scope import stated_under_condition
from .contradiction_same import same_thing
from .headline_conceded import DOUBT, conceded_part
from .no_conclusion import CALL, SURE, doubted_throughout, has_verdict
from .polarity import Claim, claims_in, weighed, without_parentheses

HELD = 0.3  # a paper sentence holding less of the summary sentence is not read against it
_ROLES = (Role.RESULTS, Role.CONCLUSION)
_DIRECTED = frozenset({"up", "down", "better", "worse", "effect"})

# Words that keep the doubt in the summary's sentence; "appeared to" and "seemed to" only
# repeat a concession, not the authors' doubt of it ("Although the data appeared to show ...,
# we are uncertain").
_SEEMED = r"seem\w*|appear\w*"
KEPT = re.compile(
    rf"\b(?:{_SEEMED}|may|might|could|possibl\w*|perhaps|suggest\w*|probabl\w*|"
    r"likely|unlikely|uncertain\w*|unclear|unsure|not (?:yet )?(?:sure|clear|certain|known|"
    r"proven|confirmed)|unknown|doubt\w*|tentative\w*|hint\w*|trend\w*|chance|"
    r"(?:low|poor|weak|limited|little|uncertain)[- ](?:quality|certainty|level)|"
    r"(?:weak|limited|little|scant|thin|insufficient|not enough|inconclusive|some) evidence|"
    r"evidence\b[^.;]{0,80}?\b(?:was|is|were|are|remains?) (?:\w+ )?(?:weak|limited|poor|low|"
    r"thin|uncertain|unclear|lacking|insufficient|scarce|sparse)|"
    r"(?:quality|certainty|strength) of (?:the )?evidence|"
    r"evidence from (?:a |one |two |only |)(?:single|small|few|one|two)\b[^.;]{0,20}?stud\w*|"
    r"potential\w*|caution\w*|careful\w*|early signs?)\b",
    re.I,
)
# A verdict on the evidence as a whole, which a summary may give once for all its results ("the
# evidence was weak", "low-quality trials"), unlike a hedge on one result elsewhere ("may help").
EVIDENCE_DOUBTED = re.compile(
    r"\b(?:(?:low|poor|weak|limited|little|uncertain)[- ](?:quality|certainty|level)|"
    r"(?:weak|limited|little|scant|thin|insufficient|not enough|inconclusive) evidence|"
    r"evidence\b[^.;]{0,80}?\b(?:was|is|were|are|remains?) (?:\w+ )?(?:weak|limited|poor|low|"
    r"thin|uncertain|unclear|lacking|insufficient|scarce|sparse)|"
    r"(?:quality|certainty|strength) of (?:the )?evidence|caution\w*)\b",
    re.I,
)
_KEPT_AGAINST_CONCESSION = re.compile(KEPT.pattern.replace(_SEEMED + "|", "", 1), re.I)
# A doubt the paper puts on a result, right before its direction word and in its clause: a
# strong one says the result itself is in doubt ("it is uncertain whether X improves", "very
# low-certainty evidence that X lowered"); a soft one hedges it ("may reduce", "appeared to").
_STRONG_BEFORE = re.compile(
    r"\b(?:uncertain(?:ty)? (?:whether|if|about)|not (?:clear|certain|sure) (?:whether|if)|"
    r"unclear (?:whether|if)|very low[- ](?:quality|certainty) evidence (?:that|of|for))\b",
    re.I,
)
_SOFT_BEFORE = re.compile(
    r"\b(?:may|might|possibly|perhaps|appear(?:s|ed)? to|seem(?:s|ed)? to|"
    r"(?:it )?(?:seem|appear)(?:s|ed)? that|"
    r"(?:low[- ](?:quality|certainty)|some|limited|weak|little) evidence "
    r"(?:to support (?:that )?|suggesting (?:that )?|that|of|for))\b",
    re.I,
)
# The grade a review gives the evidence for a result, after it in its clause, often in
# brackets: "had higher folate (MD 0.66; 1 study, 30 participants; very low-certainty
# evidence)", "(GRADE: low quality)": a soft doubt, as summaries often give the grade once
# for all their results.
_LOW_GRADE = re.compile(
    r"\b(?:very[- ])?low[- ](?:quality|certainty)\b(?! (?:of|in) (?:life|living)\b)"
    r"|\bGRADE:?\s*(?:very )?low\b",
    re.I,
)
# An effect the paper says is not known: "The effect of TA on maternal mortality is
# uncertain", "we are uncertain about the effects of X on falls", "Evidence is limited for the
# effects of X on anaemia".
_ON = r"\s+on\s+(?P<on>[^.;:()]{3,120}?)"
_UNKNOWN_EFFECT = re.compile(
    rf"\b(?:effects?|impacts?|benefits?|harms?)\s+of\s+[^.;:]{{1,80}}?{_ON}"
    r"\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+|very\s+|largely\s+)?"
    r"(?:uncertain|unclear|unknown|not (?:yet )?(?:known|clear))\b"
    r"|\b(?:uncertain|unclear|(?:insufficient|limited|little|no|not enough) evidence)\b"
    r"[^.;:]{0,40}?\b(?:about|for|on|of|regarding)\s+(?:the\s+)?"
    r"(?:effects?|impacts?|benefits?)\s+of\s+[^.;:]{1,80}?\s+on\s+(?P<on2>[^.;:()]{3,120}?)"
    r"(?=\s*(?:[.;:,]|$))",
    re.I,
)
_BREAK = re.compile(r"[;:]|,\s+(?:but|and|while|whereas|although|though|however)\b|\bbut\b", re.I)
HEDGE_REACH = 90  # characters a hedge reaches forward to the direction word it governs


def _sure_against_verdict(sentence: str, source: Source) -> Dropped | None:
    """A sentence stating a result as sure ("clearly reduced") where the paper's verdict is
    that its evidence carries no conclusion."""
    sure = SURE.search(sentence)
    if sure is None or caseless.search(_KEPT_AGAINST_CONCESSION, sentence) or CALL.search(sentence):
        return None
    if not _flat_claims(sentence):
        return None
    verdict = doubted_throughout(source, sentence)
    return Dropped(sure.group(0), sentence, verdict) if verdict else None


class Dropped(NamedTuple):
    """A result said flatly that the paper says with doubt."""

    words: str  # the summary's direction word
    sentence: str
    paper: str  # the paper's sentence with the doubt


HEDGE, DOUBTED, CONCEDED = "hedge", "doubted", "conceded"


def hedged_at(sentence: str, at: int) -> str | None:
    """How the paper's direction word at `at` is doubted, if it is: CONCEDED, a concession
    the sentence goes on to doubt ("Although the data appeared to show that X reduced Y, we are
    uncertain"); DOUBTED, a strong doubt before it in its clause ("it is uncertain whether X
    reduces") or a very low grade after it; HEDGE, a hedge before it ("may reduce") or a low
    grade after it."""
    parts = conceded_part(sentence)
    if parts is not None and at < len(" ".join(parts[0].split())):
        return CONCEDED
    plain = without_parentheses(sentence)
    start = max(0, at - HEDGE_REACH)
    for found in _BREAK.finditer(plain, start, at):
        start = found.end()
    if _STRONG_BEFORE.search(plain, start, at):
        return DOUBTED
    after = _BREAK.search(plain, at)
    grade = _LOW_GRADE.search(sentence, at, after.start() if after else len(plain))
    return HEDGE if grade or _SOFT_BEFORE.search(plain, start, at) else None


def _unknown_effect(sentence: str, mine: list[Claim]) -> bool:
    """Whether `sentence` says the effect on what a claim of `mine` is about is not known."""
    for found in _UNKNOWN_EFFECT.finditer(sentence):
        on = found.group("on") or found.group("on2") or ""
        if re.search(r"\bother\b", on, re.I):
            continue  # "other complications": not the ones the paper reports
        what = Claim("effect", weighed(content_words(on)))
        if what.about and any(same_thing(m, what, loosely=True) for m in mine):
            return True
    return False


def _flat_claims(sentence: str) -> list[Claim]:
    """The directions `sentence` states as found, each with what changed: not what it is
    set against ("higher illness when compared to the other route": illness). A direction
    a denial or a "no difference" in its clause governs ("no clear difference in the number
    who showed improvement", "no difference between A and B for reducing pain"), or told as
    counts ("improved in 7 of 18 people", "68% ... improved"), states no effect of its own."""
    if _COUNTS.search(sentence):
        return []
    claims = claims_in(sentence)
    out = []
    for c in claims:
        if c.polarity not in _DIRECTED or stated_under_condition(sentence, c.said_at):
            continue
        if c.said.lower().endswith("ing"):
            continue  # "reducing the use of X will ...", "focus on reducing": not a result
        if _denied_before(sentence, c.said_at):
            continue  # "We did not find any test accurate enough to rule out deterioration"
        if _NOT_STATED.search(sentence, 0, c.said_at) or any(
            n.polarity == "null"
            and n.said_at < c.said_at
            and not _BREAK.search(sentence, n.said_at, c.said_at)
            for n in claims
        ):
            continue
        what = {k: w for k, w in c.about.items() if k not in c.against and k not in _COMPARED}
        if what:
            out.append(replace(c, about=what))
    return out


_COMPARED = frozenset({stem("compared"), stem("versus")})
_DENIAL = re.compile(r"\b(?:not|no|never|neither|nor|none)\b|n't\b", re.I)


def _denied_before(sentence: str, at: int) -> bool:
    """Whether a denial stands before `at` in its clause ("We did not find any test accurate
    enough to rule out deterioration"), not a comparison with nothing ("compared with no
    splint")."""
    start = 0
    for found in _BREAK.finditer(sentence, 0, at):
        start = found.end()
    return any(
        not _COMPARATOR_BEFORE.search(sentence, 0, found.start())
        for found in _DENIAL.finditer(sentence, start, at)
    )


# "no" that names a comparison group, not a denial: "compared with no splint", "than no treatment"
_COMPARATOR_BEFORE = re.compile(r"\b(?:with|than|versus|vs\.?|to|against|or)\s+$", re.I)


# Not a result: what something was weighed for ("for reducing", "in improving"), a purpose
# ("used rhGH to improve"; not "was found to improve"), what a thing is ("a bisphosphonate,
# which slows bone loss")
_NOT_STATED = re.compile(
    r"\b(?:for|in|at|of|on)\s+$"
    r"|(?<!found )(?<!shown )(?<!seen )(?<!reported )(?<!proved )(?<!proven )\bto\s+$"
    r"|(?:,\s*(?:which|who)|\bwhich)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_COUNTS = re.compile(r"\d\s*%|\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b", re.I)


def find_dropped_hedges(text: str, source: Source, *, doubted: bool = False) -> list[Dropped]:
    """Each sentence of `text` that states flatly a result the paper states only with doubt.
    A result the paper only hedges ("may reduce") is held to this only when the summary is
    not `doubted` anywhere else (its limitations call the evidence weak, say): summaries often
    give the strength of the evidence once for all its results. A result the paper doubts
    outright ("it is uncertain whether", "very low-certainty evidence", "Although ..., we are
    uncertain") keeps its doubt beside it."""
    _, hedging, doubting = _doubting(source)
    pool = doubting if doubted else hedging | doubting
    verdict = has_verdict(source)
    if not pool and not verdict:
        return []  # the paper doubts none of its results (as far as this summary needs)
    sentences = split_summary_section(text)  # as the evidence links split it (cached work)
    found = []
    for n, sentence in enumerate(sentences):
        against = _sure_against_verdict(sentence, source) if verdict else None
        if against is not None:
            found.append(against)
            continue
        if caseless.search(_KEPT_AGAINST_CONCESSION, sentence):
            continue
        if n + 1 < len(sentences) and _doubts_the_one_before(sentences[n + 1]):
            continue  # "But the evidence for this is weak."
        if not pool.intersection(align(source, sentence).sentences):
            continue  # the results it is linked to have no word of doubt
        mine = _flat_claims(sentence)
        if not mine:
            continue
        doubt = _paper_doubt(sentence, mine, source)
        if not doubt or (doubt[0] == HEDGE and doubted):
            continue
        # "appeared to show" keeps a hedge, but not the authors' doubt of what they concede
        if doubt[0] == CONCEDED or not KEPT.search(sentence):
            found.append(Dropped(doubt[2], sentence, " ".join(doubt[1].split())))
    return found


def _doubts_the_one_before(sentence: str) -> bool:
    """Whether `sentence` doubts the result before it: a word of doubt, and no result of its
    own for the doubt to be about ("But this benefit is uncertain.", not "Walking speed
    improved, though this is not certain."): none about enough besides the doubt's words."""
    doubts = list(caseless.finditer(DOUBT, sentence))
    if not doubts:
        return False
    doubt_words = {stem(w.lower()) for d in doubts for w in content_words(d.group(0))}
    return not any(
        sum(w for k, w in c.about.items() if k not in doubt_words) >= SAME_THING_WEIGHT
        for c in claims_in(sentence)
    )


# Words of doubt a result may carry, soft and strong, to pass over the results with none at
# once (a concession's doubt is one of headline_conceded's DOUBT words).
_SOFT_DOUBT = re.compile("|".join(p.pattern for p in (_SOFT_BEFORE, _LOW_GRADE)), re.I)
_STRONG_DOUBT = re.compile("|".join(p.pattern for p in (_STRONG_BEFORE, DOUBT)), re.I)


@lru_cache(maxsize=64)
def _doubting(source: Source) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """(the paper's results and conclusions, those among them with a soft word of doubt,
    those with a strong one), by index."""
    results = [(i, s.text) for i, s in enumerate(split_source(source)) if s.role in _ROLES]
    return (
        frozenset(i for i, _ in results),
        frozenset(i for i, t in results if caseless.search(_SOFT_DOUBT, t)),
        frozenset(
            i
            for i, t in results
            if caseless.search(_STRONG_DOUBT, t) or caseless.search(_UNKNOWN_EFFECT, t)
        ),
    )


def _paper_doubt(sentence: str, mine: list[Claim], source: Source) -> tuple[str, str, str] | None:
    """(how the paper doubts it, the paper's sentence, the direction word of `sentence` it
    doubts) for `sentence`'s result, when the results and conclusions that say it all say it
    with doubt, and none plainly."""
    results = _doubting(source)[0]
    sentences = split_source(source)
    holders = sorted(
        (
            (share, i)
            for i, share in overlaps(source, sentence).items()
            if share >= HELD and i in results
        ),
        reverse=True,
    )
    doubted = None
    for _, i in holders:
        text = sentences[i].text
        pairs = [
            (m, c)
            for c in claims_in(text)
            for m in mine
            if c.polarity == m.polarity and same_thing(m, c, loosely=True)
        ]
        if not pairs:
            said = next((m.said for m in mine if _unknown_effect(text, [m])), None)
            if said:
                doubted = doubted or (DOUBTED, text, said)
            continue
        how = {hedged_at(text, c.said_at) for _, c in pairs}
        if None in how:
            return None  # the paper says it plainly here
        kind = next(k for k in (CONCEDED, DOUBTED, HEDGE) if k in how)
        doubted = doubted or (kind, text, pairs[0][0].said)
    return doubted
