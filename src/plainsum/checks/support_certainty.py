"""A grade for all of the evidence that the paper does not give, read for
plainsum.checks.support.

"The authors rated the evidence as very low certainty." where the paper calls its evidence
"mostly low- or very low-certainty"; "The evidence was of low quality." where it grades one
outcome moderate, two low and three very low: the summary gives one grade to all of the
evidence, and the paper grades some of it otherwise. A reader learns the evidence is weaker, or
stronger, than the paper says.

Only a sentence that grades the evidence as a whole is read, from its start: "the evidence was
...", "the quality of the evidence was ...", "the authors rated the evidence as ..." (a clause
after "For the other trials," or after a result grades that result), with nothing after the
grade that narrows it ("for pain", "for most outcomes"), or with a scope that widens it ("for
all outcomes"). Its grade words ("low", "low or very low", "very low to moderate") are held to
every grade the paper gives its evidence; it is wrong when the paper gives a grade it leaves
out, or when its best grade is above the paper's best; the grades the paper gives all of its
evidence itself, or all that its conclusions give, may be repeated. A paper's grade is
"low-certainty evidence", "the certainty of the evidence was low", "evidence of low quality"
or "GRADE: low"; the quality of its trials ("trials of high methodological quality"), a grade it
says is missing ("no high-quality evidence") and a call for better studies ("high-quality trials
are needed") grade nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding
from .support_contradicted import link_finding

__all__ = ["certainty_not_given"]

_LEVEL = r"(?:very[- ])?(?:low|moderate|high)"
# "low", "low to very low", "low- or very low" (a hyphen held over), "moderate and low"
_WORDS = rf"{_LEVEL}(?:(?:[- ]|\s*-?\s*(?:to|or|and)\s*){_LEVEL})?"
_RANK = {"very low": 0, "low": 1, "moderate": 2, "high": 3}

_PAPER_GRADE = re.compile(
    rf"\b(?P<a>{_WORDS})[- ](?:overall[- ])?(?:quality|certainty)\b"
    rf"|\b(?:quality|certainty) of (?:the |this |these |all |all the )?evidence (?:\w+ ){{0,6}}?"
    r"(?:was|is|were|are|as|being|ranged from) (?:(?:rated|graded|judged|assessed|considered|"
    rf"generally|only|mostly|overall) (?:as )?)*(?P<b>{_WORDS})\b"
    rf"|\bevidence (?:[\w-]+ ){{0,5}}?(?:was|is|were|are|to be|as) (?:(?:rated|graded|judged|"
    rf"assessed|considered) (?:as |to be )?)?(?:of )?(?P<c>{_WORDS})\b"
    rf"|\bGRADE\W{{1,3}}(?P<d>{_WORDS})\b"
    rf"|\b(?P<e>{_WORDS}) evidence (?:quality|certainty)\b",
    re.I,
)
# What a grade word is not a grade of the evidence after: it is said to be missing, or wanted.
_NOT_GIVEN_BEFORE = re.compile(
    r"\b(?:no|not|absence of|lack of|lacking|without|any|insufficient|further|more|need(?:ed|s)? "
    r"(?:for )?|well[- ]designed|large|(?:studies|trials|research) of)\s+(?:[\w-]+\s+){0,1}$",
    re.I,
)
# ... nor before what it calls for: "high-quality trials are needed", "high quality RCTs"
_WANTED_AFTER = re.compile(
    r"[- ,]+(?:[\w-]+[ ,]+){0,3}?(?:trials?|stud(?:y|ies)|RCTs?|research|randomi[sz]ed|"
    r"programmes?|programs?|reviews?|data are needed)\b",
    re.I,
)

# A grade written before its noun grades evidence when "evidence" follows, or in a bracket or
# list of a result's figures: "(RR 0.8; 4 trials; low quality)".
_EVIDENCE_AFTER = re.compile(
    r"[- ](?:of )?(?:the )?evidence\b(?! (?:is |are )?(?:still |urgently )?(?:needed|required|"
    r"lacking|warranted))",
    re.I,
)
_BRACKETED = re.compile(r"[(;,]\s*(?:GRADE\W{1,3})?$", re.I)
# An approximation is no grade for all of the evidence: "In general, the quality was low".
_APPROXIMATE = re.compile(r"\b(?:overall|in general|generally|mostly|largely|most|mainly)\b", re.I)
# a connective that opens a paper's own sentence: "Nevertheless, the quality ... was low."
_OPENER = re.compile(
    r"^(?:however|nevertheless|nonetheless|overall|in general|in summary),?\s+", re.I
)

# A clause that grades all of the evidence: its subject, the grade, and nothing that narrows it.
_BLANKET = re.compile(
    r"^"
    r"(?:(?:the (?:review )?authors|we|they|the researchers|the reviewers) (?:rated|judged|graded|"
    r"assessed|found|considered) (?:the|all (?:of )?the) (?:overall )?evidence (?:to be |as )?"
    r"(?:of )?"
    r"|(?:all (?:of )?)?the (?:overall )?evidence (?:was|is|were) (?:(?:all|rated|judged|graded|"
    r"considered) (?:as |to be )?)?(?:of )?"
    r"|the (?:overall )?(?:quality|certainty) of (?:the |all the |all of the )?(?:included )?"
    r"evidence (?:was|is) (?:(?:rated|judged|graded|considered) (?:as |to be )?)?)"
    rf"(?P<grade>{_WORDS})(?:[- ](?:quality|certainty))?"
    r"(?:\s+(?:for|across|in) (?:all|every|each) (?:of )?(?:the )?[\w-]+)?"
    r"(?=\s*(?:[.;:!]|$)|\s*,\s*(?:so|and|but|because|as|which|meaning|since)\b"
    r"|\s+(?:because|as|so|due to|since|and)\b)",
    re.I,
)


def _grades_evidence(text: str, m: re.Match[str]) -> bool:
    """Whether a grade written before its noun ("low-quality") grades the paper's evidence:
    "low-quality evidence", "(4 trials; low quality)", not "high-quality trials are needed"
    nor "trials conducted with high quality"."""
    if _EVIDENCE_AFTER.match(text, m.end()):
        return True
    return bool(_BRACKETED.search(text, 0, m.start())) and not _WANTED_AFTER.match(text, m.end())


def _levels(words: str) -> frozenset[str]:
    """The grades `words` name: 'low- or very low' is {'low', 'very low'}, 'very low to
    moderate' all three from very low to moderate."""
    found = [
        w.replace("-", " ")
        for w in re.findall(r"(?:very[- ])?(?:low|moderate|high)", words.lower())
    ]
    if len(found) == 2 and re.search(r"\bto\b", words, re.I):
        low, high = sorted(_RANK[w] for w in found)
        return frozenset(w for w, r in _RANK.items() if low <= r <= high)
    return frozenset(found)


@lru_cache(maxsize=64)
def paper_blankets(source: Source) -> frozenset[frozenset[str]]:
    """The grades the paper itself gives all of its evidence, in a sentence of its own ("The
    quality of the evidence was low." beside results graded very low), or the grades its
    conclusions give ("very low-quality evidence suggests no benefit" beside harms graded low):
    a summary may repeat them."""
    out = set()
    concluded: set[str] = set()
    for s in split_source(source):
        m = _BLANKET.match(
            _OPENER.sub("", s.text.strip().splitlines()[-1] if s.text.strip() else "")
        )
        if m:
            out.add(_levels(m.group("grade")))
        if s.role is Role.CONCLUSION:
            concluded |= paper_grades(s.text)
    if concluded:
        out.add(frozenset(concluded))
    return frozenset(out)


@lru_cache(maxsize=64)
def paper_grades(text: str) -> frozenset[str]:
    """Every grade the paper gives its evidence."""
    out: set[str] = set()
    for m in _PAPER_GRADE.finditer(text):
        if re.search(r"methodological", m.group(0), re.I):
            continue  # the quality of the trials, not of the evidence
        if _NOT_GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if m.group("a") and not _grades_evidence(text, m):
            continue
        out |= _levels(next(g for g in m.groups() if g))
    return frozenset(out)


def _not_given(source: Source, sentence: str) -> tuple[str, frozenset[str]] | None:
    """The grade `sentence` gives all of the evidence, and the paper's grades, when the paper
    grades some of its evidence otherwise (and never all of it so)."""
    m = _BLANKET.match(sentence.strip().splitlines()[-1] if sentence.strip() else "")
    if not m or _APPROXIMATE.search(sentence):
        return None
    said = _levels(m.group("grade"))
    given = paper_grades(source.full_text)
    if not given or not said or said in paper_blankets(source):
        return None
    if given - said or max(_RANK[g] for g in said) > max(_RANK[g] for g in given):
        return m.group("grade"), given
    return None


def certainty_not_given(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error on a summary sentence that gives all of the evidence a grade the paper gives
    only some of it, or none of it."""
    found = _not_given(source, link.text)
    if not found:
        return []
    said, given = found
    grades = " and ".join(sorted(given, key=_RANK.__getitem__, reverse=True))
    return [
        link_finding(
            link,
            f"Not supported by the source: {link.text!r} grades all of the evidence {said!r}, "
            f"but the paper grades its evidence {grades}.",
            "Give the paper's grades as it gives them (for example 'low or very low'), or say "
            "which results each grade is for.",
        )
    ]
