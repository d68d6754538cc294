"""Verdicts between two arms: a sentence that says which of two things compared came out
ahead ("Surgery did clearly better than care without surgery", "Lactitol came out ahead of
lactulose", "silicone oil gave more favourable results than the gas"), read against the
paper's sentences that name the same two. The paper's "no clear difference between A and B"
or "A was no better than B" denies any winner; the paper's verdict with the winner the other
way round ("B did better than A", "A did worse than B") says the opposite.

The polarity reading (plainsum.checks.polarity) takes a direction word with the outcome it is
about, and a verdict often names no outcome near its word ("did clearly better than", "came
out ahead"): what it is about is the two arms and which one won, whatever words say the
winning. The arms are the words before the verdict (the winner, or the loser) and the words
after its "than", "to", "of" or "over"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import prefilter
from ..evidence import content_words, stem
from .contradiction import TAKEN_BACK
from .plain_equivalents import named_alike
from .polarity import claims_in, without_parentheses
from .polarity_words import POLARITY_STEMS

# Saying one arm won: "did better than", "came out ahead of", "was superior to",
# "gave more favourable outcomes than", "outperformed", "beat".
_WIN = r"better|superior|ahead|more\s+(?:effective|favou?rable|successful|helpful|beneficial)"
_LOSE = (
    r"worse|inferior|behind|poorer|less\s+(?:effective|favou?rable|successful|helpful|"
    r"beneficial)"
)
_WIN_VERB = r"outperform(?:ed|s)?|beat|beats|surpass(?:ed|es)?|edged\s+out"
_LOSE_VERB = r"trail(?:ed|s)?|lagged\s+behind|fell\s+behind|underperform(?:ed|s)?"
_VERDICT = re.compile(
    rf"\b(?:(?P<win>{_WIN})|(?P<lose>{_LOSE}))"
    # what the verdict is on may stand before "than" ("more favourable outcomes than"), not a
    # clause; "ahead of", "superior to" take their arm straight after
    r"(?:(?<=ahead)\s+of|(?<=behind)\s+of|(?<=superior)\s+to|(?<=inferior)\s+to"
    r"|(?:\s+(?!than\b)[\w'-]+){0,4}?\s+than)\s+(?P<b>[^,;:.]+)"
    rf"|\b(?:(?P<winv>{_WIN_VERB})|(?P<losev>{_LOSE_VERB}))\s+(?P<bv>[^,;:.]+)",
    re.I,
)
# A verdict denied, or said of evidence that is lacking: "no better than", "not shown to be
# superior to", "did not do better", "The evidence does not show that one is better",
# "There is not enough evidence that ... is more helpful than": anywhere in the sentence
# before it.
_DENIED = re.compile(r"\b(?:no|not|n't|neither|nor|never|without|lack\w*|insufficient)\b", re.I)
# A verdict only hoped or guessed: "may be better than", "could beat".
_HEDGED = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|probably|likely|unclear|whether|if)\b", re.I
)
# The outcome a verdict is on, after the arm it is set against ("than placebo for pain"):
# not a part of that arm.
_OUTCOME_AFTER = re.compile(
    r"\s+(?:at|for|in|on|when|with regard to|in terms of|during|after|by)\s+.*$", re.I
)
# Where the winner's words begin: the clause opening (not an appositive comma, "A gas, sulfur
# hexafluoride, did better": the comma there is kept inside the arm).
_CLAUSE_START = re.compile(
    r"(?:[;:]|\b(?:but|whereas|while|although|though|however|and)\b|\bthat\b)\s*", re.I
)
# "no difference between the groups": both arms named by the comparison itself
_BOTH_ARMS = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:two\s+|both\s+)?(?:groups|arms|treatments|interventions)\b",
    re.I,
)
_NOT_ARM = frozenset(
    stem(w)
    for w in """group groups arm arms people patients participants women men children adults
    trial trials study studies clear clearly significant significantly much far slightly
    somewhat statistically did do does done came come worked work performed fared out
    results outcomes one another other others treatment treatments intervention interventions
    therapy therapies option options approach approaches method methods type types plan plans
    kind kinds form forms""".split()
)
_MAX_ARM_WORDS = 12


@dataclass(frozen=True)
class Verdict:
    """Which arm came out ahead: `winner` beat `loser` (stems of each arm's words), or, for a
    denied verdict ("no better than"), neither."""

    first: frozenset[str]  # the arm before the verdict word
    second: frozenset[str]  # the arm after it
    outcome: str  # "win" (the first arm won), "lose" (the second won) or "none" (denied)


def _arm(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text)) - _NOT_ARM


def verdicts(sentence: str) -> list[Verdict]:
    """The verdicts between two arms that `sentence` states, denied ones as "none"."""
    return list(_verdicts(without_parentheses(sentence)))


@lru_cache(maxsize=4096)
def _verdicts(sentence: str) -> tuple[Verdict, ...]:
    out = []
    for m in _VERDICT.finditer(sentence):
        before = sentence[: m.start()]
        first = _first_arm(before)
        second_text = m.group("b") or m.group("bv") or ""
        second = _arm(_OUTCOME_AFTER.sub("", second_text))
        if not first or not second or first == second:
            continue
        won = bool(m.group("win") or m.group("winv"))
        denied = _DENIED.search(before)
        outcome = "none" if denied else ("win" if won else "lose")
        out.append(Verdict(first, second, outcome))
    return tuple(out)


def _first_arm(before: str) -> frozenset[str]:
    """The arm a verdict is said of: the words of its clause before it, or, when its clause
    opens with the verdict's verb ("... healed faster and had more favourable scores than"),
    the subject it shares with the clause before."""
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(before))]
    for start in reversed(starts[-3:]):
        arm = _arm(" ".join(before[start:].split()[-_MAX_ARM_WORDS:]))
        if arm:
            return arm
    return frozenset()


# Words that say how sure or how big a result is, or where it came from, not what it is on
_NOT_OUTCOME = (
    frozenset(
        stem(w)
        for w in """evidence quality moderate low high certainty statistically suggests suggested
    suggest showed shows found review authors pooled analysis compared comparison versus
    small large additional better worse ahead behind superior inferior favourable favorable
    effective helpful difference differences differ differed outperformed outperform beat
    surpassed trailed trail lagged fell underperformed edged came due""".split()
    )
    | POLARITY_STEMS
)


def _outcome(sentence: str, arms: frozenset[str]) -> frozenset[str]:
    """What a verdict or a null between two arms is on: the sentence's content words apart
    from the arms' and the words of how sure or how big ("parasite clearance", "adverse
    events leading to withdrawal")."""
    words = frozenset(stem(w) for w in content_words(without_parentheses(sentence)))
    return frozenset(w for w in words - _NOT_ARM - _NOT_OUTCOME if not _names(frozenset({w}), arms))


def _same_outcome(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a paper's sentence is on the outcome the summary's verdict is on: they share a
    word of it, or one of them names none (a winner overall, no difference overall)."""
    if not mine or not theirs:
        return True
    shared = [m for m in mine if m in theirs or any(named_alike(m, t) for t in theirs)]
    return len(shared) > _SHARED_OUTCOME * len(mine)


# the share of the words a verdict is on that the paper's sentence must name (more than):
# "withdrawing for lack of effect" is not "withdrawing due to adverse events"
_SHARED_OUTCOME = 0.5


def _names(arm: frozenset[str], words: frozenset[str]) -> bool:
    return any(a in words or any(named_alike(a, w) for w in words) for a in arm)


def _own(arm: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The words of `arm` that the other arm does not share ("heavy" of "heavy silicone oil"
    against "standard silicone oil")."""
    return arm - other


def verdict_against(summary_sentence: str, evidence: list[str], findings: list[str]) -> str | None:
    """The paper's sentence that says the opposite of the summary's verdict between two arms:
    among `evidence` (the sentences it is aligned with), one that names both arms and says
    there was no difference between them and no change at all; among `findings` (every
    result the paper states as found), a verdict on the same two arms with the other winner.
    None when the summary states no verdict, only hedges one, or takes it back ("but the gap
    could be chance")."""
    text = without_parentheses(summary_sentence)
    if prefilter.search(TAKEN_BACK, text):
        return None
    mine = [v for v in verdicts(text) if v.outcome != "none"]
    if not mine or _HEDGED.search(text):
        return None
    for v in mine:
        a, b = _own(v.first, v.second), _own(v.second, v.first)
        if not a or not b:
            continue
        on = _outcome(text, v.first | v.second)
        for theirs in findings:
            for t in verdicts(theirs):
                ta, tb = _own(t.first, t.second), _own(t.second, t.first)
                if not _same_outcome(on, _outcome(theirs, v.first | v.second)):
                    continue
                same = _names(a, ta) and _names(b, tb) and not (_names(a, tb) or _names(b, ta))
                crossed = _names(a, tb) and _names(b, ta) and not (_names(a, ta) or _names(b, tb))
                if t.outcome == "none" and (same or crossed):
                    return theirs
                if same and t.outcome != v.outcome or crossed and t.outcome == v.outcome:
                    return theirs
        for theirs in evidence:
            if _no_difference_between(theirs, a, b, on):
                return theirs
    return None


def _no_difference_between(
    sentence: str, a: frozenset[str], b: frozenset[str], on: frozenset[str]
) -> bool:
    """Whether the paper's `sentence` names both arms (or "between the groups") and states
    only no difference, on the outcome `on` the summary's verdict is on (or on none): a null
    and no change found in any direction. Where it names the two "between A and B", each of
    its arms is all named in one of the summary's ("oral methotrexate" is not the summary's
    "intramuscular methotrexate")."""
    claims = claims_in(sentence)
    if not claims or any(c.polarity != "null" for c in claims):
        return False
    if any(v.outcome != "none" for v in verdicts(sentence)):
        return False
    words = frozenset(stem(w) for w in content_words(sentence))
    between = _BETWEEN.search(without_parentheses(sentence))
    if between:  # "between ginger capsules and metoclopramide": each arm one of the two
        ta, tb = _arm(between.group("a")), _arm(between.group("b"))
        named = (_alike(ta, a) and _alike(tb, b)) or (_alike(ta, b) and _alike(tb, a))
        return named and _same_outcome(on, _outcome(sentence, a | b))
    if _BOTH_ARMS.search(sentence):
        return _same_outcome(on, _outcome(sentence, frozenset()))
    return _names(a, words) and _names(b, words) and _same_outcome(on, _outcome(sentence, a | b))


def _alike(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """Whether the paper's arm is the summary's: they share a word, and not each has words of
    its own ("oral methotrexate" is not "intramuscular methotrexate"; "ginger capsules" is
    "ginger")."""
    if not _names(mine, theirs):
        return False
    extra_theirs = [t for t in theirs if not _names(frozenset({t}), mine)]
    extra_mine = [m for m in mine if not _names(frozenset({m}), theirs)]
    return not (extra_theirs and extra_mine)


_BETWEEN = re.compile(
    r"\bbetween\s+(?P<a>[^,;:.]+?)\s+and\s+(?P<b>[^,;:.]+?)"
    r"(?=\s+(?:in|on|for|at|with|regarding|when|after|during|over)\b|[,;:.]|$)",
    re.I,
)
