"""Figures against a comparison: a summary sentence that says one arm had more (or less) of
something than the other, where the paper's own pair of figures for the two arms says the
opposite. "Fewer patients using the ointment than the placebo said their sores had healed"
turns round the paper's "completely healed (50.0% vs 16.7%) ... with the ointment versus
placebo", however the comparison is worded, and the summary need give no figure at all.

Read in the paper's sentence: one pair of figures set against each other ("50.0% vs 16.7%",
"12 versus 30", "18% compared with 6%") with the two arms named in the same order as what was
given ("with ointment versus placebo", "in the early group compared with the late group");
each figure with its arm right after it ("63% in the dressing arm versus 41% in the usual care
arm"); or two figures given "respectively" after the arms named in turn ("in the fasting and
usual-diet groups"). The first figure is the first arm's. Read in the summary's: a comparative
of amount ("more", "fewer", "less", "higher", "lower", "greater", "smaller") and its "than" in
one clause, not denied or hedged, one arm named before the "than" and the other after it. A
comparative of worth ("less helpful", "greater benefit") is not one of amount: the figures of
an outcome (pregnancies, relapses) may count what is bad to have. The sentence must share
what was measured with the paper's (a word of weight besides the arms). A change or a
difference as figures ("fell by 6.0 vs 3.3") says how much something moved, not how much of
it there was: not read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import caseless
from ..evidence import content_words, stem, word_weight
from ..schemas import EvidenceLink, Finding
from .negation import conditional, negated_in_clause
from .plain_equivalents import named_alike
from .support_contradicted import CONTRADICTION, link_finding, one_line

_FIGURE = r"\d+(?:\.\d+)?"
_UNIT = r"\s*(?:%|per\s*cent|percent)?"
_JOIN = r"(?:vs\.?|versus|compared\s+(?:with|to)|against)"
_PAIR = re.compile(
    rf"(?<![\d.\-−–])(?<!of )(?<!/)(?P<a>{_FIGURE}){_UNIT}\s*(?:[a-z]+\s+){{0,2}}?{_JOIN}\s+"
    rf"(?P<b>{_FIGURE}){_UNIT}(?![\d.])",
    re.I,
)
# "... were 48% (...) and 61% (...), respectively": two figures given in the order of the arms
_RESPECTIVE = re.compile(
    rf"(?<![\d.\-−–])(?<!of )(?P<a>{_FIGURE}){_UNIT}\s*(?:\([^()]*\)\s*)?,?\s*and\s+"
    rf"(?P<b>{_FIGURE}){_UNIT}(?:\s+[a-z]+\b(?:\s+\d+)?){{0,3}}"
    r"\s*(?:\([^()]*\)\s*)?,?\s*respectively\b",
    re.I,
)
# the arms of a "respectively": "in the combination and anastrozole alone groups", "for OSTAi
# and NOF"
_ARMS_IN_TURN = re.compile(
    r"\b(?:in|for|of|with|among|between)\s+(?:the\s+)?(?P<x>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"\s+and\s+(?:the\s+)?(?P<y>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"(?=\s+(?:groups?|arms?|were|was|had|showed|reached|,))",
    re.I,
)
# the arms, joined and named as what was given ("treated with MEBO versus placebo", "taking A
# compared with B")
_ARMS = re.compile(
    r"\b(?:with|receiving|taking|given|using|on|in|among)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<x>(?:[A-Za-z][\w'’-]*\s+)?[A-Za-z][\w'’-]*)(?:\s+(?:group|arm)s?)?\s+\(?"
    r"(?:vs\.?|versus|compared\s+(?:with|to))\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?P<y>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})",
    re.I,
)
# each figure with its arm right after it: "63% in the treatment arm versus 43% in the
# observation arm", "73% with acupuncture versus 33% with midodrine", "33% of participants on
# placebo and 73% on nifedipine"
_OF_WHO = r"(?:of\s+(?:the\s+)?(?:patients|participants|people|those|women|men|children)\s+)?"
_GIVEN = r"(?:in|with|among|on|for|receiving|given|taking)\s+(?:the\s+)?"
_ARM = r"[A-Za-z][\w'’-]*(?:\s+(?!group|arm)[A-Za-z][\w'’-]*)?"
_ATTACHED = re.compile(
    rf"(?<![\d.\-−–])(?P<a>{_FIGURE}){_UNIT}\s+{_OF_WHO}{_GIVEN}(?P<x>{_ARM})"
    r"(?:\s+(?:group|arm)s?)?\s*,?\s*(?:vs\.?|versus|compared\s+(?:with|to)|and|against)\s+"
    rf"(?P<b>{_FIGURE}){_UNIT}\s+{_OF_WHO}{_GIVEN}(?P<y>{_ARM})",
    re.I,
)
# a change or a gap as figures: how much something moved, not how much there was
_CHANGE = re.compile(
    r"\b(?:change[sd]?|reduc\w+|decreas\w+|increas\w+|declin\w+|drop\w*|fall|fell|"
    r"improv\w+|differences?|rise|rose|gain\w*|loss)\b",
    re.I,
)
_MORE = r"more|greater|higher|larger|bigger"
_LESS = r"fewer|less|lower|smaller"
_COMPARATIVE = re.compile(
    rf"\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b(?P<between>[^.;:,]{{0,80}}?)\bthan\b", re.I
)
# a comparative of worth, not of amount ("less effective", "greater benefit", "more helpful"):
# how good, which the figures of an outcome (pregnancies, relapses) do not say the same way
_WORTH = re.compile(
    r"\s*(?:\w+\s+)?(?:effective\w*|helpful|useful|beneficial|benefits?|successful|success|"
    r"harmful|safe\w*|serious|severe|improve\w*|efficacy|quality|protect\w*|favou?rable|"
    r"better|worse|well|good|bad|satisf\w*|accurate|reliable|sensitive|specific|powerful|potent|"
    r"toleral\w*|tolerated|acceptable|valuable|important|worth\w*|promising|suitable)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|unclear|uncertain|not clear|no clear|chance|"
    r"similar|same|whether|if)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:]|,\s*(?:but|while|whereas|and)\b|\b(?:but|while|whereas)\b", re.I)
# who took part and the words of a group: never what was measured
_NOT_MEASURED = frozenset(
    stem(w)
    for w in """people person patients patient participants adults children women men mice rats
    animals those group groups arm arms volunteers using taking given receiving treated
    treatment said took""".split()
)
MIN_SHARED_WEIGHT = 1.5  # what was measured, shared by the two sentences


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _weights(text: str) -> dict[str, float]:
    """The stems of `text`'s content words that can name what was measured, with weights."""
    out: dict[str, float] = {}
    for w in content_words(text):
        s = stem(w)
        if s not in _NOT_MEASURED:
            out[s] = max(out.get(s, 0.0), word_weight(w))
    return out


def _arm_words(text: str) -> set[str]:
    return {s for s in _stems(text) if s not in _NOT_MEASURED}


# plain names of the arm given nothing active, read as the paper's "placebo"
_INACTIVE = frozenset(stem(w) for w in "dummy fake sham inactive".split())
_PLACEBO = stem("placebo")


def _named(arm: frozenset[str], text: str) -> bool:
    """Whether `text` names the arm whose stems are `arm` (a plain word for the paper's counts:
    "dummy" for "placebo")."""
    stems = {_PLACEBO if s in _INACTIVE else s for s in _stems(text)}
    return bool(stems & arm) or any(named_alike(s, a) for s in stems for a in arm)


class _Pair(NamedTuple):
    """Two arms' figures in a paper's sentence: the first arm's, the second's, the words that
    tell each arm apart, and all the arms' words."""

    first: float
    second: float
    x: frozenset[str]
    y: frozenset[str]
    arms: frozenset[str]


@lru_cache(maxsize=4096)
def _paper_pair(sentence: str) -> _Pair | None:
    """The one pair of figures `sentence` sets against each other with its two arms named in
    order."""
    pairs = list(caseless.finditer(_PAIR, sentence))
    attached = list(caseless.finditer(_ATTACHED, sentence))
    if attached:
        return _attached_pair(attached) if len(attached) == 1 and not pairs else None
    if not pairs:
        return _respective_pair(sentence)
    if len(pairs) != 1:
        return None
    pair = pairs[0]
    a, b = float(pair.group("a")), float(pair.group("b"))
    if a == b or caseless.search(_CHANGE, sentence[max(0, pair.start() - 60) : pair.start()]):
        return None
    for arms in caseless.finditer(_ARMS, sentence):
        if arms.start() <= pair.end() and arms.end() >= pair.start():
            continue  # the figures themselves, joined
        x, y = _arm_words(arms.group("x")), _arm_words(arms.group("y"))
        if x - y and y - x:  # told apart by their own words ("zinc cream", "placebo cream")
            return _Pair(a, b, frozenset(x - y), frozenset(y - x), frozenset(x | y))
    return None


def _attached_pair(found: list[re.Match[str]]) -> _Pair | None:
    """The pair of a sentence that names each figure's arm right after it ("63% in the
    treatment arm versus 43% in the observation arm")."""
    m = found[0]
    a, b = float(m.group("a")), float(m.group("b"))
    if a == b or caseless.search(_CHANGE, m.string[max(0, m.start() - 60) : m.start()]):
        return None
    x, y = _arm_words(m.group("x")), _arm_words(m.group("y"))
    if not x - y or not y - x:
        return None
    return _Pair(a, b, frozenset(x - y), frozenset(y - x), frozenset(x | y))


def _respective_pair(sentence: str) -> _Pair | None:
    """The pair of a sentence that gives two arms' figures "respectively", both arms named in
    turn before them."""
    pairs = list(caseless.finditer(_RESPECTIVE, sentence))
    if len(pairs) != 1:
        return None
    pair = pairs[0]
    a, b = float(pair.group("a")), float(pair.group("b"))
    if a == b or caseless.search(_CHANGE, sentence[: pair.start()]):
        return None
    arms = [m for m in caseless.finditer(_ARMS_IN_TURN, sentence) if m.end() <= pair.start()]
    if len(arms) != 1:
        return None
    x, y = _arm_words(arms[0].group("x")), _arm_words(arms[0].group("y"))
    if not x - y or not y - x:
        return None
    return _Pair(a, b, frozenset(x - y), frozenset(y - x), frozenset(x | y))


def figures_against(summary_sentence: str, paper_sentences: list[str]) -> str | None:
    """The paper's sentence whose pair of figures for two arms goes the other way from the
    comparison `summary_sentence` makes between the same arms, or None."""
    if conditional(summary_sentence):
        return None
    for m in caseless.finditer(_COMPARATIVE, summary_sentence):
        start, than_end = m.start(), m.end()
        clause_start = max(
            (e.end() for e in _CLAUSE_END.finditer(summary_sentence, 0, start)), default=0
        )
        rest = summary_sentence[than_end:]
        end = _CLAUSE_END.search(rest)
        before = summary_sentence[clause_start:start] + " " + m.group("between")
        after = rest[: end.start()] if end else rest
        clause = summary_sentence[clause_start : than_end + len(after)]
        if negated_in_clause(summary_sentence, start) or caseless.search(_HEDGE, clause):
            continue
        if _WORTH.match(summary_sentence, m.end("more") if m.group("more") else m.end("less")):
            continue  # "less effective than": worth, not amount
        more = bool(m.group("more"))
        measured = _weights(clause)
        for text in paper_sentences:
            got = _paper_pair(text)
            if not got:
                continue
            x, y = got.x, got.y
            if _named(x, before) and _named(y, after) and not _named(y, before):
                first_more = got.first > got.second
            elif _named(y, before) and _named(x, after) and not _named(x, before):
                first_more = got.second > got.first
            else:
                continue
            theirs = _stems(text)
            shared = sum(w for s, w in measured.items() if s in theirs and s not in got.arms)
            if shared < MIN_SHARED_WEIGHT:
                continue
            if first_more != more:
                return text
    return None


def figures_findings(link: EvidenceLink, findings_said: list[str]) -> list[Finding]:
    """A contradiction error on the sentence of `link` (a content sentence) when its comparison
    of two arms goes against the pair of figures one of the paper's results (`findings_said`,
    the results and conclusions it states as found) gives for them."""
    if link.kind != "content":
        return []
    against = figures_against(link.text, findings_said)
    if not against:
        return []
    return [
        link_finding(
            link,
            f"Contradicts the source: {link.text!r} says the other arm had more, but the "
            f"paper's own figures for the two arms go the other way: {one_line(against)!r}.",
            "Say which group had more the way the paper's figures show.",
            CONTRADICTION,
        )
    ]
