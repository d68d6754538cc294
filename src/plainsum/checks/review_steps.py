"""A review's steps: which step a count of studies is said of, the studies a review found
(identified, screened, assessed, excluded) or those it kept (included, pooled, met the criteria).

"Of eleven studies identified, three (354 participants) were included": eleven were found, three
kept; "We identified 31 studies, of which 12 were included": 31 found, 12 kept. A summary that
gives the found number as the included one misattributes it (plainsum.checks.counts)."""

from __future__ import annotations

import re

from .. import caseless

__all__ = ["elided_study_noun", "review_stage"]

# "Of 11 studies identified, " or "Nine trials were identified, and " (", but only ") before a
# bare number: it counts part of those studies.
_OF_WHOLE_BEFORE = re.compile(
    r"(?:\bof\s+(?:the\s+|these\s+)?\S+\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>studies|trials|RCTs)(?:\s+[\w-]+){0,2},"
    r"|\b(?P<found>studies|trials|RCTs)(?:\s+(?:were|was)\s+(?:identified|found|screened|"
    r"retrieved|assessed)\b[^.;]{0,30}?,\s*(?:and|but)"
    r"|[^.;]{0,30}?,\s*of (?:which|these|them))(?=\s)"
    # "We included 10 studies: four provided data ...": the list after a colon splits them
    r"|\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?P<listed>studies|trials|RCTs):)"
    r"\s*(?:only\s+)?$",
    re.I,
)
# A review's steps: the studies it found (identified, screened, assessed) and those it kept.
_KEPT_BEFORE = re.compile(
    r"\b(?:includ(?:ed|e)|pooled|meta-?analy[sz]ed|rests? on|rested on|based on|kept)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "identified 12 studies for inclusion", "found 9 eligible trials": the kept ones.
_KEPT_WORDS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:for inclusion|eligible|that met|which met|meeting)\b", re.I
)
_KEPT_AFTER = re.compile(
    r"\s+(?:[\w(),'’-]+\s+){0,7}?(?:(?:were|was|are|is|(?:could|can|might)\s+(?:only\s+)?be)\s+"
    r"(?:finally\s+|then\s+|eventually\s+)?"
    r"(?:included|eligible|pooled|analy[sz]ed|kept)|met\s+(?:the|our|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:criteria|rules|requirements))\b",
    re.I,
)
# The words between the verb and the count belong to its clause: "identified but only seven"
# is said of the nine identified before "but", not of the seven.
_SAME_CLAUSE_WORD = r"(?:(?!(?:but|and|whereas|while|yet)\b)[\w-]+\s+)"
_FOUND_BEFORE = re.compile(
    r"\b(?:identified|found|retrieved|screened|searched|located|yielded|returned|assessed|"
    rf"potentially (?:relevant|eligible)|excluded)\s+{_SAME_CLAUSE_WORD}{{0,2}}$",
    re.I,
)
# "Fourteen eligible trials were identified but only seven could be included", "Nine trials
# met the criteria, of which four were pooled": the first count is of a step before the
# studies kept, whatever word ("eligible") it carries.
_BEFORE_ANOTHER_KEPT = re.compile(
    r"[^.;]*?(?:\bbut|,\s*of (?:which|these|them)|\bwhereas|\byet)\s+(?:only\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"[^.;]*?\b(?:were|was|could be|can be|might be)\s+(?:only\s+|finally\s+)?"
    r"(?:included|kept|pooled|analy[sz]ed|used)\b",
    re.I,
)
_FOUND_AFTER = re.compile(
    r"\s+(?:[\w(),-]+\s+){0,7}?(?:were|was|are|is)\s+(?:initially\s+|first\s+)?"
    r"(?:identified|found|retrieved|screened|assessed|excluded|potentially)\b",
    re.I,
)


# "Of eleven studies identified, three were included": the participle right after the noun
# says which step the eleven are (found), whatever the clause goes on to say of three.
_FOUND_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|RCTs?|reports?|records?|articles?|"
    r"papers?|references?|citations?)\s+(?:initially\s+|first\s+)?(?:identified|found|"
    r"retrieved|screened|located|assessed)\b(?!\s+(?:as\s+)?(?:for inclusion|eligible))",
    re.I,
)
_OF_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:the\s+)?$", re.I)


def review_stage(text: str, start: int, end: int) -> str | None:
    """The review step a count of studies is said of: "included" (kept, pooled, met the
    criteria) or "found" (identified, screened, assessed, excluded), or None."""
    clause = re.split(r"[.;]", text[end:], maxsplit=1)[0]
    before = text[max(0, start - 40) : start]
    # "included four of nine trials identified": nine is the whole found, four the part kept
    whole_of = bool(_OF_BEFORE.search(before))
    if _FOUND_PARTICIPLE_AFTER.match(clause) and (whole_of or not _KEPT_BEFORE.search(before)):
        return "found"
    if _KEPT_BEFORE.search(before):
        return "included"
    if caseless.match(_BEFORE_ANOTHER_KEPT, clause):
        return "found"
    if _own(_KEPT_AFTER.match(clause)) or _KEPT_WORDS_AFTER.match(clause):
        return "included"
    if _FOUND_BEFORE.search(before) or _own(_FOUND_AFTER.match(clause)):
        return "found"
    return None


# A number (outside brackets) between a count and the verb read after it.
_ANOTHER_NUMBER = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty))\b"
    # ... not the people the studies held ("12 trials with 287 people were included")
    r"(?!\s+(?:[\w-]+\s+)?(?:participants|patients|people|persons|individuals|adults|children|"
    r"women|men|infants|subjects|volunteers)\b)",
    re.I,
)


def _own(verb: re.Match[str] | None) -> bool:
    """Whether a verb read after a count of studies is said of it, not of another number
    between ("31 studies, of which 12 were included": the 12 were included)."""
    if verb is None:
        return False
    return not _ANOTHER_NUMBER.search(re.sub(r"\([^()]*\)", "", verb.group()))


def elided_study_noun(before: str) -> str | None:
    """The studies a bare number counts, said just before it ("Of 11 studies identified, "
    three; "Nine trials were identified, and " four; "31 studies, of which " 12; "10 studies: "
    four), or None."""
    m = caseless.search(_OF_WHOLE_BEFORE, before)
    return (m["noun"] or m["found"] or m["listed"]) if m else None
