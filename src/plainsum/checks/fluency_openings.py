"""Fluency rules for a text's first sentence, read first or alone, that points back to
something the reader was never given (used by plainsum.checks.fluency and, for the headline,
plainsum.checks.headline):

- opening_connective: it opens with a word that refers back to a sentence that is not there
  ("However, ...", "But ...")
- leaning_it: it opens on an 'It' that stands for a thing never named ("It reduced relapses")
- leans_back: it opens on a pointing word ("These patients ...", "They ..."), or leans on an
  earlier finding with an early 'also'

Each returns the offending word, or None. Pure functions.
"""

from __future__ import annotations

import re

# --- a section that opens by referring back ------------------------------------------------

_BACK_REFERENCE = re.compile(
    r"[\"'“‘(]*(?:But|Yet|However|Consequently|Therefore|Thus|Hence|Moreover|Furthermore|"
    r"Nevertheless|Nonetheless|Conversely|In contrast|By contrast|In addition|Additionally|"
    r"On the other hand|As a result|Instead|Likewise|Similarly)\b(?![-’'])(?! far\b)"
)


def opening_connective(first_sentence: str) -> str | None:
    """The connective a section's first sentence opens with, referring back to nothing."""
    m = _BACK_REFERENCE.match(first_sentence)
    if not m:
        return None
    return m.group(0).strip("\"'“‘(")


# --- a headline that opens on an 'it' standing for something named before -------------------

# "It is unlikely to help", "It reduced relapses": the 'it' is a thing the headline never names.
# The empty 'it' of "It is not clear whether ...", "It is possible to ...", "It seems that ..."
# names nothing and points back to nothing. 'likely to' and 'unlikely to' take their subject
# from the thing itself ("the drug is unlikely to help"), so an 'it' before them points back.
_LEANING_IT = re.compile(
    r"[\"'“‘(]*(It)\b(?![-’'])(?!\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|"
    r"has been|had been|may be|might be|could be|would be|will be|takes|took)\b"
    r"(?!\s+(?:not\s+|also\s+|very\s+)?(?:un)?likely\s+to\b))"
    # "It must be noted that ...", "It should be stressed that ...": a reporting 'it' too
    r"(?!\s+(?:must|should|can|could|may|might)\s+be\s+(?:noted|stressed|emphasi[sz]ed|"
    r"concluded|argued|recognised|recognized|remembered|mentioned|highlighted|said)\b)"
)


def leaning_it(first_sentence: str) -> str | None:
    """The opening 'It' of a sentence read alone, when it stands for a thing never named."""
    m = _LEANING_IT.match(first_sentence)
    return m.group(1) if m else None


# --- a first sentence that leans on one that is not there -----------------------------------

# "These patients ...", "Such changes ...", "His symptoms ...", "They also ...": a word that
# points back to something the text has not named yet. "This study" and "It was a study" name
# their own subject; "also" leans on an earlier finding ("also known as" names a thing).
_POINTS_BACK = re.compile(r"[\"'“‘(]*(These|Those|Such|His|Her|Their|They|He|She)\b(?![-’'])")
_ALSO = re.compile(
    r"(?<![\w'’-])also\b(?!\s+(?:known|called|named|termed|referred|spelled|written)\b)", re.I
)
# "The drug also ...", "Mice given the drug also ...": an 'also' that leans on an earlier
# finding stands by its subject; deeper in a long first sentence ("... suggested that
# ventilation can also cause harm") it adds to what the sentence itself implies.
ALSO_REACH = 5
_EARLIER_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas|as well as|than)\b", re.I)


def leans_back(first_sentence: str) -> str | None:
    """The word by which a text's first sentence points back to something never named: a
    pointing word that opens it, or an 'also' with no earlier clause of its own to lean on."""
    m = _POINTS_BACK.match(first_sentence)
    if m:
        return m.group(1)
    also = _ALSO.search(first_sentence)
    if (
        also
        and len(first_sentence[: also.start()].split()) <= ALSO_REACH
        and not _EARLIER_CLAUSE.search(first_sentence, 0, also.start())
    ):
        return also.group(0)
    return None


# --- a headline whose pronoun stands for a pair it never named ----------------------------------

# "No randomized evidence that either is better than no treatment", "Neither helped pain": a
# pronoun for one of a pair ('either', 'neither', 'both', 'each', 'the other') before its verb,
# when nothing in the sentence before it names two things ("X and Y", "X or Y", "X versus Y").
# Measured on the first sentences of the 1,141 human lay summaries of ../shared/data: none.
_PAIR_PRONOUN = re.compile(
    r"\b(?P<word>either|neither|both|each|the other)(?= (?:is|was|are|were|works?|worked|"
    r"helps?|helped|had|has|did|does|do|can|could|may|might|of (?:them|these|those|the two))\b)",
    re.I,
)
_PAIR_NAMED = re.compile(r"\b(?:and|or|nor|versus|vs|compared|between)\b", re.I)


def pair_pronoun(first_sentence: str) -> str | None:
    """The pronoun by which a text's first sentence speaks of one of a pair it never named
    ("... that either is better than no treatment")."""
    for m in _PAIR_PRONOUN.finditer(first_sentence):
        if m["word"].lower() == "both" and " and " in first_sentence[m.end() :]:
            continue  # "studies that both had a randomised design and looked at ..."
        if not _PAIR_NAMED.search(first_sentence, 0, m.start()):
            return m.group(0)
    return None


# "In the same small trial, work functioning improved": a first sentence that opens on 'the same'
# thing as one before it, when nothing comes before it ("at the same time", "in the same way"
# name no earlier thing).
_SAME_AS_BEFORE = re.compile(
    r"^[\"'“‘(]*(?:(?:in|from|for|among|at|with|by|of) )?(?P<same>the same)\b"
    r"(?! (?:time|way|period|day|days|year|years|month|months|week|weeks|as|amount)\b)",
    re.I,
)


def same_as_nothing(first_sentence: str) -> str | None:
    """'the same' by which a text's first sentence points back to a thing never named."""
    m = _SAME_AS_BEFORE.match(first_sentence)
    return m["same"] if m else None
