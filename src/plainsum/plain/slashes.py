"""Two words joined by a slash ("infection/sepsis", "pramipexole/levodopa combination") said in
words: the slash is unreadable, and what it means depends on what it joins."""

from __future__ import annotations

import re

from ..checks.faithfulness import DRUG_ENDINGS

__all__ = ["slash_words"]

# Two drug names joined by a slash are one combined product ("fluticasone/salmeterol",
# "sulfadoxine/pyrimethamine", "carbidopa/levodopa"): given together, never one or the other.
_DRUG_ENDINGS = (*DRUG_ENDINGS, "terol", "dopa", "doxine", "thamine", "navir", "onide")
# (a singular verb after the pair takes the product's name: "sulfadoxine-pyrimethamine was")
_SINGULAR_VERB = re.compile(r"\s+(?:is|was|has|does)\b")
# ... and so does a pair in a sentence that joins other things with "and" or compares them
# "between": "between amodiaquine and chloroquine and sulfadoxine and pyrimethamine" read as four
# drugs (independent reader w1, CD000016); "... and sulfadoxine-pyrimethamine" is the one product.
_LISTS = re.compile(r"\b(?:and|between)\s|(?<!/)\w+,\s", re.I)
# A count per a time ("6 hours/night", "3 days/week"): "a night", "a week".
_COUNTS = frozenset("hours minutes days times sessions cigarettes drinks servings meals".split())
_TIMES = frozenset("night day week month year".split())
# Pairs that name one thing between two ends, said as English says them.
_PAIRS = {
    ("before", "after"): "before-and-after",
    ("risk", "benefit"): "risk-benefit",
    ("benefit", "risk"): "benefit-risk",
    ("sleep", "wake"): "sleep-wake",
    ("mother", "infant"): "mother-infant",
    ("sensitivity", "specificity"): "sensitivity and specificity",
}

# "nosocomial infection/sepsis": two words joined by a slash are one or the other; the slash
# would make the sentence unreadable (and unused). Never a ratio ("n-6/n-3 ratio"), a unit
# ("mg/kg") or a code ("PTCRA/PTCA").
_WORD_SLASH = re.compile(r"(?<![\w/-])([A-Za-z][a-z]{3,})/([a-z]{4,})(?![\w/-])(?! ratios?\b)")
# "the pramipexole/levodopa combination": a slash before a word for two things given together
# joins them ("and"); "or" would change the treatment.
_TOGETHER_AFTER = re.compile(
    r"\s+(?:combos?|combinations?|mixtures?|co-?therapy|co-?administration|regimens?|"
    r"co-?treatment|together)\b",
    re.I,
)


def _joined(m: re.Match[str]) -> str:
    """Two words joined by a slash, said in words: "or" for one or the other; "and" when what
    follows says they were given together or both are drug names (one combined product); "a"
    for a count per a time; a pair that names one thing as English says it."""
    first, second = m.group(1), m.group(2)
    pair = _PAIRS.get((first.lower(), second))
    if pair is not None:
        return pair if first[0].islower() else pair.capitalize()
    if first.lower() in _COUNTS and second in _TIMES:
        return f"{first} a {second}"
    drugs = first.lower().endswith(_DRUG_ENDINGS) and second.endswith(_DRUG_ENDINGS)
    if drugs and (_SINGULAR_VERB.match(m.string, m.end()) or _LISTS.search(m.string)):
        return f"{first}-{second}"
    joined = " and " if drugs or _TOGETHER_AFTER.match(m.string, m.end()) else " or "
    return first + joined + second


# "the n-6/n-3 ratio", "a higher LDL/HDL ratio": one measure over another, said as English says
# a ratio ("the n-6 to n-3 ratio"); a number's unit ("5 mg/kg") is never one.
_RATIO_SLASH = re.compile(
    r"(?<![\w/.-])([A-Za-z][\w-]*[A-Za-z0-9])/([A-Za-z][\w-]*[A-Za-z0-9])(?= ratios?\b)"
)


# "the ERK/JNK/p38-MAPK signalling", "TIMP1/TIMP3 genes": codes of a pathway's or a family's
# members joined by slashes before what they make up are its members, "ERK, JNK and p38-MAPK
# signalling" (never one code twice, "MS/MS", nor a ratio)
_CODE = r"[A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*"
_MEMBERS = re.compile(
    rf"(?<![\w/-])({_CODE}(?:/{_CODE})+)(?![\w/-])(?= (?:signal\w*|pathways?|axis|genes|proteins|"
    r"kinases|cascades?)\b)"
)


def _members(m: re.Match[str]) -> str:
    codes = m.group(1).split("/")
    if len(set(codes)) < len(codes):
        return m.group(0)
    return ", ".join(codes[:-1]) + " and " + codes[-1]


# "with and without Strep A/C", "Category A/B participants": one word naming a kind, then two
# single-letter kinds of it joined by a slash, is one kind or the other ("Strep A or C"); never
# a code ("HLA-A/B", "A/B/C"), a unit or a ratio (no word and space before the letters).
_LETTER_KINDS = re.compile(
    r"(?<![\w/-])(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Ee]ach|"
    r"[Pp]er|[Oo]f|[Ii]n|[Aa]nd|[Oo]r|[Tt]o)\b)([A-Za-z][a-z]+) ([A-Z])/([A-Z])(?![\w/-])"
    r"(?! ratios?\b)"
)


def slash_words(text: str) -> str:
    """`text` with each slash between two words said in words."""
    if "/" not in text:
        return text
    text = _RATIO_SLASH.sub(r"\1 to \2", text)
    text = _MEMBERS.sub(_members, text)
    text = _LETTER_KINDS.sub(r"\1 \2 or \3", text)
    return _WORD_SLASH.sub(_joined, text)
