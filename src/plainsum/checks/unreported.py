"""Results the paper does not report, however well the sentence's other words are supported:
a subgroup's best ("those who started early gained the most") where the paper compares no
subgroups, and a change in an outcome ("slowed the shrinking of the brain") that the paper's
results never mention."""

from __future__ import annotations

import re

from .. import caseless
from ..evidence import SourceSentence, content_words, found_share, word_weight
from ..ingest import Source
from ..plain.sentences import Role
from .negation import conditional
from .polarity import claims_in, negated_in_clause, without_parentheses
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


# "eased fatigue more than any other kind of exercise": a best, said as a comparison with all.
_ABOVE_ALL = re.compile(
    r"\b(?:more|better|less|worse|faster|further|longer|higher|lower|most|best)\b[^.;:]{0,30}?"
    r"\bthan\s+(?:any|all|every)\s+(?:of\s+)?(?:the\s+)?other",
    re.I,
)


def best_of(sentence: str) -> str | None:
    """The superlative of a subgroup result the sentence states ("gained the most", "eased
    it more than any other kind"), if any; a question or a hedge states none ("which drug
    works best is unclear")."""
    m = caseless.search(_BEST_OF, sentence) or caseless.search(_ABOVE_ALL, sentence)
    if (
        not m
        or caseless.search(_UNSURE, sentence)
        or negated_in_clause(sentence, m.start())
        or _WHICH_BEFORE.search(sentence[: m.start()])
        or _MODAL_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()])
    ):
        return None
    return m.group(0)


# Two groups of people (or animals) set against each other: "helped women more than men",
# "worked better in older people than in younger ones", "more common among girls than boys",
# "older mice became sicker than young ones".
_GROUP = (
    r"(?:women|men|girls|boys|males|females|children|adults|teenagers|(?:older|younger|old|"
    r"young) (?:people|adults|patients|women|men|ones|mice|rats|animals)|smokers|non-?smokers)"
)
_COMPARATIVE = (
    r"more|less|better|worse|faster|slower|sooner|later|higher|lower|stronger|weaker|sicker|"
    r"healthier|heavier|lighter|larger|smaller|bigger|longer|shorter|earlier|greater|fewer"
)
_GROUPS_COMPARED = re.compile(
    rf"\b(?P<a>{_GROUP})\b[^.;]{{0,40}}?\b(?:{_COMPARATIVE})\b[^.;]{{0,30}}?\bthan "
    rf"(?:(?:in|for|among|with) )?(?:the )?(?P<b>{_GROUP})\b"
    rf"|\b(?:more|less|better|worse|higher|lower|stronger|weaker)\b[^.;]{{0,30}}?"
    rf"\b(?:in|for|among) (?P<c>{_GROUP}) than (?:(?:in|for|among) )?(?P<d>{_GROUP})\b",
    re.I,
)


def groups_compared(sentence: str, source_text: str) -> str | None:
    """The comparison of two groups of people the sentence states ("helped women more than
    men"), when the paper names neither group, or one of them not at all."""
    m = caseless.search(_GROUPS_COMPARED, sentence)
    if not m or caseless.search(_UNSURE, sentence):
        return None
    groups = [g for g in m.groups() if g]
    words = {w for g in groups for w in g.split() if w.lower() not in ("ones", "old", "young")}
    if all(re.search(rf"\b{re.escape(w)}\b", source_text, re.I) for w in words):
        return None
    return m.group(0)


# "worked better in people who had been diagnosed recently", "helped most in those with mild
# disease": a result said of a subgroup, which the paper must name.
_IN_WHOM = re.compile(
    r"\b(?:more|less|better|worse|best|most|least|only)\s+(?:\w+\s+)?(?:in|for|among)\s+"
    r"(?:the\s+)?(?:people|those|patients|participants|children|adults|women|men|mice|rats|"
    r"animals|babies|infants)\s+(?P<who>(?:who|whose|with|that)\b[^.;,]*)",
    re.I,
)
# "Most of the patients had smoked for many years": a trait of those studied, which only the
# paper can give. Only the words up to the first comma are weighed ("Most of them had
# relapsing MS, in which symptoms ...": the rest explains).
_WHO_STUDIED = (
    r"(?:people|patients|participants|children|adults|women|men|mice|rats|animals|babies|"
    r"infants|families|mothers)"
)
_TRAIT = re.compile(
    r"^\s*(?:(?:most|many|all|half|some|few|none|several|nearly all|almost all|about half)\s+"
    rf"of\s+(?:them|(?:the|these|those)\s+(?:\w+\s+)?{_WHO_STUDIED})\s+(?:had|have|were|was|"
    r"used|took|smoked|lived|worked|came)"
    # "Children in both families also had heart problems", "Mice without the switch were born
    # with shortened legs"
    rf"|(?:the\s+)?(?:\w+\s+){{0,2}}?{_WHO_STUDIED}\b[^,.;]{{0,30}}?\s+(?:also\s+)?"
    r"(?:had|developed|were born with|was born with|suffered|got))"
    r"\b(?P<who>[^.;,]*)",
    re.I,
)
GROUP_FOUND = 0.5  # the share of a subgroup's or trait's words the paper must hold
# a trait is often said in other words than the paper's ("had surgery" for "operated on"):
# only one the paper hardly touches at all is unsupported
TRAIT_FOUND = 0.2
GROUP_MIN_WEIGHT = 2.0
SUBJECT_WORDS = 2


def group_not_reported(
    source: Source, sentence: str, sentences: list[SourceSentence], traits: bool = True
) -> str | None:
    """The subgroup a result is said of ("better in people who had been diagnosed
    recently"), the trait given to those studied ("most had smoked for many years"; only
    with `traits`, where a summary says who took part), or the thing said to beat all others
    ("swimming eased fatigue more than any other kind"), when the paper hardly names it."""
    if caseless.search(_UNSURE, sentence) or not_a_claim(sentence):
        return None
    everywhere = frozenset(s.index for s in sentences)
    m = caseless.search(_IN_WHOM, sentence)
    if m and _absent(source, m.group("who"), everywhere):
        return m.group(0).strip()
    m = _TRAIT.search(sentence) if traits else None
    if m and _absent(source, m.group("who"), everywhere, TRAIT_FOUND):
        return m.group(0).strip()
    above = _ABOVE_ALL.search(sentence)
    if above:
        # what is said to beat all others: the sentence's first words ("Swimming eased ...")
        for word in content_words(sentence[: above.start()])[:SUBJECT_WORDS]:
            if word_weight(word) >= GROUP_MIN_WEIGHT and _absent(source, word, everywhere):
                return sentence[: above.end()].strip()
    return None


def _absent(
    source: Source, text: str, everywhere: frozenset[int], share: float = GROUP_FOUND
) -> bool:
    words = content_words(text)
    return (
        sum(word_weight(w) for w in words) >= GROUP_MIN_WEIGHT
        and found_share(source, text, everywhere) < share
    )


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
    if conditional(sentence) or not_a_claim(sentence):
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
