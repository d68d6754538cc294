"""Negation and condition: whether a direction word is denied in its clause ("did not reduce",
"no evidence that X improves Y"), and whether a sentence states a result as found at all (not a
question, an aim, a hope or a hedge)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..memo import SIZE
from .polarity_words import DIRECTION

# A negator right before a direction word, with at most two filler words between ("did not
# significantly reduce", "was not associated with").
NEGATOR = re.compile(
    r"(?:\b(?:not|no|never|neither|nor|without|didn't|did not|does not|doesn't|do not|don't|"
    r"was not|were not|wasn't|weren't|cannot|can't|fail(?:s|ed)? to|unable to|ruled out|rules out|"
    r"rule out|ruling out)|\bnone of (?:the )?\w+)"
    r"\s+(?:(?:\w+ly|further|much|any|to|be|have|been|associated with|linked (?:to|with)|"
    r"related to|show|shown|lead to|result in|evidence (?:of|that|for)|"
    # "did not bring fewer side effects", "did not produce lower scores"
    r"bring|produce|cause|give|yield)\s+){0,2}$",
    re.I,
)
CLAUSE = re.compile(r"[,;:()]|\b(?:but|whereas|while|although|though|however)\b", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Sentences that do not state a result as found: questions, aims, conditions, hedges, beliefs.
CONDITIONAL = re.compile(
    r"\?\s*$|\b(?:if|whether|wanted to|aim(?:ed)? to|in order to|"
    # "The aims of both treatments are to relieve pain": what was hoped for
    r"aims?\s+(?:of|for)\s+[^.;:]{1,50}?\s+(?:is|are|was|were)\s+to|"
    # a question cut before its mark ("Review question Does training improve their:")
    r"^(?:review question:?\s+)?(?:does|do|did|is|are|can|will|should)\s+(?!not\b)|"
    # (not "likely to test positive": a result)
    r"to (?:see|find out|test(?! (?:positive|negative)\b)|learn|know|check|compare|assess|"
    r"evaluate|examine|determine|"
    r"investigate|establish|clarify|explore)|"
    r"unclear|not clear|unknown|not known|uncertain|may|might|could|possibly|suggests?|"
    # "NPPV tended to reduce mortality", "a trend towards fewer deaths": a trend, not a finding
    r"tend(?:s|ed)? to|trend(?:s|ed)? towards?|"
    # "is thought to", "thought that": a belief ("thought more clearly" is thinking, a result)
    r"(?:is|are|was|were|been|be|widely|commonly|once)\s+thought|thought\s+(?:to|that)|"
    r"believed|expected|hoped?)\b",
    re.I,
)
# A result said with a hedge ("there may be a positive effect", "X might lower Y") is still
# the paper's finding: a summary that flatly denies it ("did not change") contradicts it.
_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|suggests?|tend(?:s|ed)? to|trend(?:s|ed)? towards?)\b", re.I
)


@lru_cache(maxsize=SIZE)  # the support, times, hedge and contradiction checks each ask it
def conditional(sentence: str) -> bool:
    """Whether `sentence` does not state a result as found (`CONDITIONAL` occurs in it)."""
    return caseless.search(CONDITIONAL, sentence) is not None


def only_hedged(sentence: str) -> bool:
    """Whether `sentence` is conditional only by a hedge on its result ("may reduce"), not a
    question, an aim or a hope."""
    return conditional(sentence) and not conditional(_HEDGE.sub(" ", sentence))


# A negation earlier in the same clause ("did not provide any benefit", "none of the trials
# found it better") turns a direction into "no difference".
_CLAUSE_NEGATION = re.compile(
    # "versus no eyelid closure", "than no treatment": a "no" naming the comparison arm
    r"\b(?:not|(?<!versus )(?<!\bvs )(?<!vs\. )(?<!than )no(?!\s+(?:doubt|question)\b)|never|none|"
    r"nobody|no one|no-one|neither|nor|"
    r"(?<!with or )without|n't|failed to|unable to|"
    r"rul(?:ed|es|e|ing) out)\b",
    re.I,
)
CLAUSE_NEGATION_WORDS = 6


@lru_cache(maxsize=SIZE)  # the claims, times and sizes of a sentence each ask for it
def without_parentheses(sentence: str) -> str:
    """`sentence` with bracketed asides blanked out (same length, so offsets hold): "did not
    prevent the long-term (12, 18, 24 months) disability progression"."""
    previous = None
    while previous != sentence:
        previous = sentence
        sentence = _PARENTHESES.sub(lambda m: " " * len(m.group(0)), sentence)
    return sentence


# "no evidence that X improves Y", "did not find convincing evidence that X is more
# effective": the denied evidence covers its whole that-clause, however long.
_NO_EVIDENCE_THAT = re.compile(
    r"\b(?:no|not|n't|never|without|lack of|little|insufficient|inadequate)\s+"
    # "no clinically important or statistically significant evidence that" (never across a
    # turn: "no difference in pain but some evidence that ...")
    r"(?:(?!(?:but|although|however|yet|some)\b)\w+\s+){0,5}?"
    r"(?:evidence|benefit)\s+"
    # "no evidence from controlled trials that ...": where the evidence would come from
    r"(?:(?:from|in)\s+(?:[\w-]+\s+){1,4}?)?"
    r"(?:that|of|for|to (?:show|suggest|support)|shows?|showing|suggests?|suggesting|"
    r"indicates?|indicating|proves?|proving|demonstrates?|demonstrating|confirms?|confirming)"
    r"\b[^,;:.()]*$",
    re.I,
)


# "... and neither did the number of new lesions decrease", "nor was fatigue lower": an
# inverted denial covers the rest of its clause.
_INVERTED_DENIAL = re.compile(
    r"\b(?:neither|nor)\s+(?:did|does|do|was|were|is|are|has|have|had|could|can|would|will)\b",
    re.I,
)
# "did not make blood flow to the brain any better": "any" before a comparative stands under a
# negation, which may be further back in its clause than a plain one.
_ANY_BEFORE = re.compile(r"\bany\s+$", re.I)
ANY_NEGATION_WORDS = 14


def _denied_from_afar(clause: str) -> bool:
    """Whether an inverted denial ("neither did ...") or, before "any better", a negation
    further back in `clause` denies what ends it, with no other direction word between."""
    found = list(_INVERTED_DENIAL.finditer(clause))
    if not found and _ANY_BEFORE.search(clause):
        text = " ".join(clause.split()[-ANY_NEGATION_WORDS:])
        found = list(_CLAUSE_NEGATION.finditer(text))
        clause = text
    if not found:
        return False
    between = clause[found[-1].end() :].split()
    return not any(DIRECTION.fullmatch(w.strip(".,;:").lower()) for w in between)


# "none of the trials found that exercise lowered fatigue", "no study showed that ...": a
# finding denied covers its whole that-clause, as denied evidence does.
_NONE_FOUND_THAT = re.compile(
    r"\b(?:no|none|nobody|neither|not|n't|never|failed to)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:find|found|show|showed|shown|demonstrate[sd]?|confirm(?:ed)?|prove[dn]?|establish(?:ed)?)"
    r"\s+that\b[^,;:.()]*$",
    re.I,
)


# "was not shown conclusively to be helpful ..., either in terms of improving symptoms", "has
# not been proven to reduce": a result denied to be shown covers the rest of its sentence, up
# to a turn ("but it improved sleep")
_NOT_SHOWN_TO = re.compile(
    r"\b(?:not|n't|never)\s+(?:been\s+)?(?:\w+ly\s+)?(?:shown|proven|proved|demonstrated)\s+"
    r"(?:\w+ly\s+)?to\b(?:(?!\b(?:but|however|although|though|whereas|while|yet)\b)[^;:.()])*$",
    re.I,
)


# "our results do not support the use of X to improve Y": not shown to improve it
_NOT_SUPPORTED = re.compile(
    r"\b(?:do|does|did|could|can|cannot|can't)\s+(?:not\s+)?(?:support|justify|recommend)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,24}?(?:to|for|in)\s+$",
    re.I,
)


_HARMS = re.compile(
    r"\b(?:side[- ]effects?|adverse (?:events?|effects?)|harms?|problems?|complications?)\b", re.I
)


_WITH_OR_WITHOUT = re.compile(r"\bwith\s+or\s+without\b", re.I)


def negated_in_clause(sentence: str, start: int) -> bool:
    """Whether the direction word at `start` is denied: a negator just before it ("did not
    reduce"), denied evidence whose that-clause holds it, or a negation earlier in its clause
    with no other direction word between."""
    if NEGATOR.search(sentence[max(0, start - 60) : start]):
        return True
    before = sentence[max(0, start - 160) : start]
    if (
        caseless.search(_NO_EVIDENCE_THAT, before)
        or _NONE_FOUND_THAT.search(before)
        or _NOT_SHOWN_TO.search(before)
        or _NOT_SUPPORTED.search(before)
    ):
        return True
    clause = CLAUSE.split(sentence[max(0, start - 80) : start])[-1]
    if _denied_from_afar(clause):
        return True
    # "with or without exercise": both, not a denial, even where the words counted cut "with"
    clause = _WITH_OR_WITHOUT.sub("with or with", clause)
    words = clause.split()[-CLAUSE_NEGATION_WORDS:]
    if any(DIRECTION.fullmatch(w.strip(".,;:").lower()) for w in words):
        return False  # another direction word stands between: the negation is its own
    text = " ".join(words)
    found = list(_CLAUSE_NEGATION.finditer(text))
    if not found:
        return False
    last = found[-1]
    if last.group(0).lower() in ("no", "none") and (
        re.search(r"\b(?:and|or)\b", text[last.end() :]) or _HARMS.search(text[last.end() :])
    ):
        return False  # "had no flagella and released less toxin", "with no major side effects
        # for improving healing": "no" is its noun's
    return True


# "improved neither blood flow nor disability"; "an improvement in blood flow was not
# observed": the denial comes after the direction word.
_NEITHER_AFTER = re.compile(r"\s+(?:neither|none of)\b", re.I)
_NOT_SEEN_AFTER = re.compile(
    r"^[^,;:()]{0,60}?\b(?:was|were|has been|have been|had been)\s+not\s+(?:\w+ly\s+)?"
    r"(?:observed|seen|found|detected|noted|shown|demonstrated|achieved|evident|apparent)\b"
    r"(?!\s+(?:to|in|among|with|for)\b)",
    re.I,
)


# "improved no more often with the drug than with the dummy pill", "fell no faster": a
# comparison denied right after the direction word.
NO_MORE_AFTER = re.compile(
    r"\s+(?:no|not any)\s+(?:more|less|better|worse|faster|slower|further)\b"
    r"(?:\s+(?:often|frequently|likely|much|quickly|slowly))?",
    re.I,
)


# "reduced HbA1c by about the same amount", "lowered it to a similar extent": no difference
# between the things compared
SAME_AMOUNT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:by\s+(?:(?:about|roughly|nearly|much|almost)\s+)?the\s+same\s+"
    r"(?:amount|extent|degree)|to\s+(?:a\s+)?(?:similar|the\s+same|comparable)\s+"
    r"(?:extent|degree)|equally\s+well)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|that|which|whose)\b", re.I)


def denied_after(sentence: str, end: int) -> bool:
    """Whether the direction word ending at `end` is denied by what follows it in its clause:
    "improved neither A nor B", "an improvement in A was not observed", "improved no more
    often"."""
    if (
        _NEITHER_AFTER.match(sentence, end)
        or NO_MORE_AFTER.match(sentence, end)
        or SAME_AMOUNT_AFTER.match(sentence, end)
    ):
        return True
    clause = CLAUSE.split(sentence[end : end + 100])[0]
    if _RELATIVE.search(clause):
        return False  # "patients who improved were not seen again": said of someone
    return bool(_NOT_SEEN_AFTER.search(clause))
