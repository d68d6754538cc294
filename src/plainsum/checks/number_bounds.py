"""Number bounds: a share said of everyone that lies outside the shares of every group.

"Unwanted events occurred in 4.2% of children", where the paper gives unwanted events in 75% of
the children on the treatment and 6.8% of the control group: a share of all the children lies
between its groups' shares, so 4.2% is the share of some part of them (the paper's next
sentence was about one group), not of all. The number is the paper's; what it is said of is
not.

Read for a percentage of a summary sentence that compares nothing and names no group for it
(`number_arms.arm_of`): where the paper gives that percentage the same way (in a result that
compares nothing, said of no group), a result up to `NEAR` sentences before it that sets
percentages side by side for the same outcome ("75% ... versus 6.8% of the control group";
`SAME_OUTCOME` content words shared, the people and the statistics aside) bounds it: it must
lie within the compared shares' lowest and highest, give or take `SLACK` points for rounding.
A confidence level ("95% CI") is no share; a paper that compares no shares bounds nothing.
"""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import content_words, split_source, stem
from ..ingest import Source
from ..plain.sentences import Role
from .counts import PEOPLE_NOUNS
from .faithfulness import number_mentions
from .number_arms import arm_of

NEAR = 2  # a comparison this many sentences before the share bounds it
SAME_OUTCOME = 2  # content stems the two results must share (the outcome's words)
SLACK = 0.5  # percentage points a share may pass its bounds by (rounding)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.I)
# "4.2% of children", "in 12% of the women": a share of people (not "deaths fell by 80%", "a
# specificity of 95.9%")
_OF_PEOPLE = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+|all\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(PEOPLE_NOUNS, key=len, reverse=True))})\b",
    re.I,
)
_LEVEL = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)\s*(?:CI|confidence|credible)\b", re.I)
# Where one side of a comparison ends and the other begins.
_BRACKETS = re.compile(r"\([^()]*\)")
# Words of a result that name no outcome: the people, the study and its statistics.
_NOT_OUTCOME = frozenset(
    stem(w)
    for w in """children adults people patients participants women men infants group groups
    control treatment trial trials study studies review""".split()
)
_VERSUS = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to)|than|against)\b", re.I)


def _shares(text: str) -> list[tuple[float, str, int]]:
    """(value, as written, offset) for each percentage of `text` that is no confidence level."""
    out = []
    for value, offset, written in number_mentions(text):
        end = offset + len(written)
        if _PERCENT.match(text, end) and not _LEVEL.match(text, end):
            out.append((float(value), written, offset))
    return out


def _compared(text: str) -> list[float]:
    """The percentages `text` sets side by side: those before its first comparison word and
    those after, when there are both; else none."""
    m = _VERSUS.search(text)
    if m is None:
        return []
    shares = _shares(text)
    before = [v for v, _, at in shares if at < m.start()]
    after = [v for v, _, at in shares if at > m.end()]
    return before + after if before and after else []


def _outcome(text: str) -> frozenset[str]:
    """The content stems of a result with its numbers, people and statistics left out."""
    return frozenset(stem(w) for w in content_words(_BRACKETS.sub(" ", text))) - _NOT_OUTCOME


def shares_outside_arms(sentence: str, source: Source) -> list[tuple[str, str, str]]:
    """(number, what the summary says it is of, the compared shares) for each percentage of a
    summary sentence that compares nothing, said of no group, where the paper's sentence that
    gives it is a result whose share lies outside the shares a result just before it compares
    for the same outcome."""
    if caseless.search(_VERSUS, sentence):
        return []
    ours = {
        w: v
        for v, w, at in _shares(sentence)
        if _OF_PEOPLE.match(sentence, at + len(w)) and arm_of(sentence, at, at + len(w)) is None
    }
    if not ours:
        return []
    sentences = split_source(source)
    out = []
    for written, value in ours.items():
        for j, s in enumerate(sentences):
            if s.role != Role.RESULTS or not _alone(s.text, value):
                continue
            outcome = _outcome(s.text)
            for k in range(max(0, j - NEAR), j):
                compared = _compared(sentences[k].text)
                if not compared or len(outcome & _outcome(sentences[k].text)) < SAME_OUTCOME:
                    continue
                low, high = min(compared), max(compared)
                if value < low - SLACK or value > high + SLACK:
                    theirs = " and ".join(f"{v:g}%" for v in compared)
                    out.append((written, "everyone", theirs))
                    break
            if out and out[-1][0] == written:
                break
    return out


def _alone(text: str, value: float) -> bool:
    """Whether `text` gives `value` as a percentage said of no group, in a sentence that
    compares nothing."""
    if _VERSUS.search(text):
        return False
    return any(v == value and arm_of(text, at, at + len(w)) is None for v, w, at in _shares(text))
