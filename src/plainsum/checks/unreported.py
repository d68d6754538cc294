"""Results the paper does not report, however well the sentence's other words are supported:
a subgroup's best ("those who started early gained the most") where the paper compares no
subgroups, and a change in an outcome ("slowed the shrinking of the brain") that the paper's
results never mention."""

from __future__ import annotations

import re

from ..evidence import SourceSentence, found_share
from ..ingest import Source
from ..plain.sentences import Role
from .polarity import CONDITIONAL, claims_in, without_parentheses
from .study_statements import not_a_claim

_BEST_OF = re.compile(
    r"\b(?:gain(?:ed|s)?|improv(?:ed|es)?|benefit(?:ed|s)?|did|do|does|help(?:ed|s)?|"
    r"respond(?:ed|s)?|work(?:ed|s)?|fared|chang(?:ed|es)|fell|dropped|rose|lost)\s+"
    r"(?:the\s+(?:most|least)\s+[a-z]+\b(?<!\blikely)|(?:the\s+)?(?:most|best|least|worst)"
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:in|on|at|of|from|when|if|after|among|with|by|overall)\b))",
    re.I,
)
_WHICH_BEFORE = re.compile(r"\b(?:which|what|how|whether)\b", re.I)
_UNSURE = re.compile(r"\?|\b(?:unclear|not clear|unknown|not known|uncertain|if)\b", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:may|might|could|would|to|seem(?:ed|s)?(?: to)?)\s+(?:(?:also|still|not|\w+ly)\s+)?$",
    re.I,
)
# What a paper's results say when they compare subgroups or name a best. "most" and "least"
# name a best only as "the most", "most likely" or before an adjective ("most effective"):
# "scores on most tests" is a majority and "at least" a floor, neither a best.
_SUBGROUP = re.compile(
    r"\b(?:best|greatest|largest|strongest|highest|lowest|worst|subgroups?|subsets?|"
    r"particularly|especially|pronounced|interaction|stratified|depending on)\b"
    r"|\bthe (?:most|least)\b"
    r"|(?<!\bat )\b(?:most|least) (?:likely|\w+(?:ive|ful|ent|ant|able|ible|ly))\b",
    re.I,
)


def best_of(sentence: str) -> str | None:
    """The superlative of a subgroup result the sentence states ("gained the most"), if any;
    a question or a hedge states none ("which drug works best is unclear")."""
    m = _BEST_OF.search(sentence)
    if (
        not m
        or _UNSURE.search(sentence)
        or _WHICH_BEFORE.search(sentence[: m.start()])
        or _MODAL_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
    ):
        return None
    return m.group(0)


# Two groups of people set against each other: "helped women more than men", "worked better
# in older people than in younger ones", "more common among girls than boys".
_GROUP = (
    r"(?:women|men|girls|boys|males|females|children|adults|teenagers|older (?:people|adults|"
    r"patients|women|men)|younger (?:people|adults|patients|women|men|ones)|smokers|non-?smokers)"
)
_GROUPS_COMPARED = re.compile(
    rf"\b(?P<a>{_GROUP})\b[^.;]{{0,40}}?\b(?:more|less|better|worse|faster|slower|sooner|"
    rf"later|higher|lower|stronger|weaker)\b[^.;]{{0,30}}?\bthan (?:(?:in|for|among|with) )?"
    rf"(?:the )?(?P<b>{_GROUP})\b"
    rf"|\b(?:more|less|better|worse|higher|lower|stronger|weaker)\b[^.;]{{0,30}}?"
    rf"\b(?:in|for|among) (?P<c>{_GROUP}) than (?:(?:in|for|among) )?(?P<d>{_GROUP})\b",
    re.I,
)


def groups_compared(sentence: str, source_text: str) -> str | None:
    """The comparison of two groups of people the sentence states ("helped women more than
    men"), when the paper names neither group, or one of them not at all."""
    m = _GROUPS_COMPARED.search(sentence)
    if not m or _UNSURE.search(sentence):
        return None
    groups = [g for g in m.groups() if g]
    if all(re.search(rf"\b{re.escape(g.split()[-1])}\b", source_text, re.I) for g in groups):
        return None
    return m.group(0)


def compares_subgroups(sentences: list[SourceSentence]) -> bool:
    """Whether any result or conclusion of the paper compares subgroups or names a best."""
    return any(
        s.role in (Role.RESULTS, Role.CONCLUSION)
        and _SUBGROUP.search(without_parentheses(s.text))  # not "to 280 (strongest)"
        for s in sentences
    )


# "It slowed the shrinking of the brain", "The drug reduced the risk of falls": a past-tense
# verb of change with its object, the form in which a summary reports what a study did to
# something. A participle before a noun ("increased risk", "raised toilet seats") describes,
# and a verb after "is", "can", "to" or "which" states a general fact, not this study's result.
_RESULT_VERB_OBJECT = re.compile(r"\s+(?:the|a|an|their|his|her|its|this|these|those|both)\b", re.I)
_GENERAL_BEFORE = re.compile(
    r"\b(?:is|are|be|been|can|could|may|might|will|would|to|that|which|who)\s+$", re.I
)
# The share of such a result's object that the paper's results and conclusions must hold, and
# that the whole paper must hold, for the result to be one the paper reports.
OUTCOME_IN_RESULTS = 0.01
OUTCOME_IN_PAPER = 0.5
OUTCOME_MIN_WEIGHT = 4.0  # everyday words ("the body's ability") say too little to judge by
_OUTCOME_POLARITIES = frozenset({"up", "down", "better", "worse"})


def outcome_not_reported(
    source: Source, sentence: str, sentences: list[SourceSentence]
) -> str | None:
    """What a stated result was done to ("slowed the shrinking of the brain": shrinking,
    brain), when no result or conclusion of the paper mentions it and the paper as a whole
    hardly does: a finding the paper does not report, however well the sentence's other words
    (the drug, the disease) are supported. A question, an aim or a hedge states no result; a
    paper without result sentences is not judged."""
    if CONDITIONAL.search(sentence) or not_a_claim(sentence):
        return None
    results = frozenset(s.index for s in sentences if s.role in _RESULT_ROLES)
    if not results:
        return None
    everywhere = frozenset(s.index for s in sentences)
    for claim in claims_in(sentence):
        if (
            claim.polarity not in _OUTCOME_POLARITIES
            or not claim.words
            or sum(claim.about.values()) < OUTCOME_MIN_WEIGHT
            or not claim.said.lower().endswith("ed")
            or not _RESULT_VERB_OBJECT.match(sentence, claim.said_at + len(claim.said))
            or _GENERAL_BEFORE.search(sentence[max(0, claim.said_at - 30) : claim.said_at])
        ):
            continue
        if sentence.lower().find(claim.words[0], claim.said_at) < 0:
            continue  # said of its subject ("a stricter test increased the reduction")
        text = " ".join(claim.words)
        if (
            found_share(source, text, results) < OUTCOME_IN_RESULTS
            and found_share(source, text, everywhere) < OUTCOME_IN_PAPER
        ):
            return text
    return None


_RESULT_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
