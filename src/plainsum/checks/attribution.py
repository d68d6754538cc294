"""Attribution: a result said of the comparison the paper gave it for, not of another one.

A review that compares several treatments reports each result under its own comparison, often
in a sentence that names neither side: "Forty patients took drug B or drug C. There were no
differences in remission at 8 weeks." A summary that lifts the second sentence and sets it after
sentences about drug A versus placebo tells a reader drug A made no difference: a true sentence
made false by where it stands.

- misattributed (error): a summary sentence's source sentence is about one comparison (it names
  its treatments, or the nearest sentence before it that names any does), the paper compares
  several, and neither the summary sentence nor the one before it in its section names any of
  those treatments, while one of them names another treatment the paper compares.
- unanchored (error): the same, in a body whose sentence and the one before it name no
  treatment the paper compares at all, where the source sentence's result belongs to one of
  several comparisons. A reader takes it for the comparison the summary is about.

- reference_risk (error): a risk given with neither what it is the risk of nor whose it is
  ("The assumed risk was 38 per 100.", a line of a review's table of findings): a number no
  reader can attach to anything.
- one_study (error): a body sentence that repeats a later clause of a paper sentence with no
  subject of its own, after a clause that names one study of several ("Another study reported
  fewer road crashes; no difference was found for fatal crashes."): lifted alone, one study's
  result reads as the whole paper's. Not when the sentence, or the one before it, names one
  study, or limits itself to a part (`plainsum.checks.claim_scope`). The same for a whole
  paper sentence that points back ("The intervention had no effect on viral load.") to the one
  study the sentence before it names, set after a summary sentence about another study
  (`plainsum.checks.attribution_turn`).

The treatments a paper compares are the uncommon words (or medicine names) beside "versus",
"vs", "compared with" in its own sentences, and on both sides of "compared A to/with B";
"placebo", "control", "usual care" and other comparison groups are left out, as every
comparison may have one. A paper with fewer than two comparisons (two different sets of
treatments) gives nothing to confuse. A body sentence that names no treatment, nor the one before
it, is read as the headline's: a reader takes it so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import split_source
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .attribution_turn import turn_lifted
from .claim_scope import names_one_study, one_study_clause_cut
from .drug_names import drug_name
from .finding import PROCEDURE
from .text import zipf

CHECK = "attribution"
NAME_ZIPF = 3.5  # a word beside "versus" rarer than this in English names a treatment
SIDE_WORDS = 3  # words read on each side of "versus"
LOOK_BACK = 3  # source sentences read back for the comparison a sentence reports under
_SECTIONS = ("what_the_study_did",)
_BODY = ("what_the_study_did", "why_it_matters", "limitations")

# "The assumed risk was 38 per 100.": a table's reference risk with no outcome and no group
_BARE_RISK = re.compile(
    r"\b(?:assumed|baseline|corresponding|illustrative|expected) risks? (?:was|were|is|of \d)",
    re.I,
)
# "A versus B" names both sides; "... compared with B" names only B (before it stands the
# result: "fewer relapses compared with placebo").
_RESULT_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})  # where a comparison's result is
_EVERY_COMPARISON = re.compile(
    r"\b(?:any|all|each|every|across|both|either|neither|none) (?:of )?(?:the |these )?"
    r"comparisons\b",
    re.I,
)
_VERSUS = re.compile(r"\b(?:(?P<both>versus|vs\.?)|compared (?:with|to)|against)\s", re.I)
# "Three studies compared SSRIs to typical antipsychotics": the verb names both sides, the
# first between "compared" and "to"/"with" (a few words, an article left out).
_COMPARED_BOTH = re.compile(
    r"\bcompared (?:the |a |an )?(?P<first>(?:[\w-]+ ){1,4}?)(?:to|with|versus|vs\.?|against) "
    r"(?:the |a |an )?",
    re.I,
)
# A word one of which every match of `_VERSUS` and of `_COMPARED_BOTH` holds (lower case): a
# sentence without any is not cut into pieces and asked (nine in ten of a paper's sentences).
_COMPARING = ("versus", "vs", "compared", "against")
_PIECE = re.compile(r"[^,;:()\[\]]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# A word a treatment's name does not run past: a preposition, a verb of the sentence, a number.
_BREAK = re.compile(
    r"^(?:for|in|of|with|among|at|on|to|by|from|during|after|before|was|were|is|are|and|or|"
    r"the|a|an|who|which|that|when|where|while|than|as|but|not|\d.*)$",
    re.I,
)
_GROUP = frozenset(
    {
        "placebo",
        "placebos",
        "sham",
        "control",
        "controls",
        "usual",
        "standard",
        "care",
        "no",
        "none",
        "nothing",
        "alone",
        "plus",
        "combined",
        "combination",
        "dummy",
        "vehicle",
        "saline",
        "waiting",
        "list",
        "baseline",
        "comparator",
        "comparators",
        "therapy",
        "therapies",
        "treatment",
        "treatments",
        "intervention",
        "interventions",
        "medication",
        "medications",
        "group",
        "groups",
        "arm",
        "arms",
    }
)


# A describing word ends so ("topical", "intravenous", "diabetic", "relapsing"): it tells of a
# treatment's route or of the people treated, and is shared by the sides of most comparisons.
_DESCRIBING = re.compile(r"(?:al|ic|ous|ary|ing|ive|ly|ed)$")
_TWO_CAPITALS = re.compile(r"[A-Z].*[A-Z]")


def _treatment_words(piece: str) -> set[str]:
    # a short form in capitals ("LABA", "RCTs") is spelled out or left out in a summary
    return {
        w.lower()
        for w in (m.group(0) for m in _WORD.finditer(piece))
        if not _TWO_CAPITALS.search(w)
        and w.lower() not in _GROUP
        and not _DESCRIBING.search(w.lower())
        and len(w) >= 4
        and (zipf(w.lower()) < NAME_ZIPF or drug_name(w.lower()))
    }


def _side(words: list[str]) -> str:
    """The words of one side of a comparison, next to "versus", up to a word that ends a name
    ("for", "in", "with", a number: "budesonide 9 mg versus placebo for colitis")."""
    kept = []
    for word in words[:SIDE_WORDS]:
        if _BREAK.match(word):
            break
        kept.append(word)
    return " ".join(kept)


def comparisons(sentences: list[str]) -> list[frozenset[str]]:
    """The sets of treatments the paper compares, one per "A versus B" it writes, in order."""
    found = []
    for sentence in sentences:
        low = caseless.lowered(sentence)
        if low is not None and not any(map(low.__contains__, _COMPARING)):
            continue  # neither pattern can match in any of its pieces
        for piece in _PIECE.findall(sentence):
            both = list(caseless.finditer(_COMPARED_BOTH, piece))
            sides = [(m["first"], piece[m.end() :]) for m in both]
            sides += [
                (_side(piece[: m.start()].split()[::-1]) if m["both"] else "", piece[m.end() :])
                for m in caseless.finditer(_VERSUS, piece)
                if not any(b.start() < m.start() < b.end() for b in both)
            ]
            for before, rest in sides:
                arms = _treatment_words(before) | _treatment_words(_side(rest.split()))
                if arms:
                    found.append(frozenset(arms))
    return found


def _words(text: str) -> set[str]:
    return {m.group(0).lower() for m in _WORD.finditer(text)}


def _named(text: str, treatments: frozenset[str]) -> set[str]:
    words = _words(text)
    return {t for t in treatments if t in words or t + "s" in words}


def _context(texts: list[str], at: int, treatments: frozenset[str]) -> set[str]:
    """The treatments sentence `at` reports under: those it names, or else those the nearest
    sentence before it names (at most `LOOK_BACK` back)."""
    for k in range(at, max(-1, at - LOOK_BACK - 1), -1):
        named = _named(texts[k], treatments)
        if named:
            return named
    return set()


def _finding(link: EvidenceLink, source_side: set[str], summary_side: set[str]) -> Finding:
    theirs = ", ".join(sorted(source_side))
    if summary_side:
        said = f"the summary has it under {', '.join(sorted(summary_side))}"
        kind = "misattributed"
    else:
        said = "the summary never says which comparison it belongs to"
        kind = "unanchored"
    return Finding(
        check=CHECK,
        severity=Severity.ERROR,
        section=link.section,
        span=link.text,
        message=(
            f"{link.text!r} reports a result the paper gives for {theirs}, one of several "
            f"comparisons, but {said}. ({kind})"
        ),
        hint=f"Name the comparison the result belongs to ({theirs}), or leave the sentence out.",
    )


def _bare_risks(links: list[EvidenceLink]) -> list[Finding]:
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section=k.section,
            span=k.text,
            message=(
                f"{k.text!r} gives a risk without saying what it is the risk of or in which "
                "group: a line of the paper's table of findings, not a result. (reference_risk)"
            ),
            hint="Give the result itself: what happened, in which group, compared with what.",
        )
        for k in links
        if k.kind == "content" and _BARE_RISK.search(k.text)
    ]


def check_attribution(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """An error for each body sentence whose result the paper gives for a comparison that
    neither it nor the sentence before it names, for each risk that names neither what it is
    of nor whose it is, and for each result lifted from one study's sentence without it."""
    return [
        *_bare_risks(links),
        *_misattributed(source, links),
        *_one_study_cut(source, links),
        *turn_lifted(source, links),
    ]


def _one_study_cut(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    """An error for each body sentence that repeats a later clause of a paper sentence whose
    result is one study's ("Another study reported fewer crashes; no difference was found for
    fatal crashes."), when neither it nor the sentence before it names that study."""
    texts = [s.text for s in split_source(source)]
    out = []
    for section in _BODY:
        own = [k for k in links if k.section == section]
        for i, link in enumerate(own):
            if link.kind != "content" or (i and names_one_study(own[i - 1].text)):
                continue
            study = next(
                (
                    head
                    for at in link.source_sentences
                    if at < len(texts)
                    and (head := one_study_clause_cut(texts[at], link.text)) is not None
                ),
                None,
            )
            if study is not None:
                out.append(
                    Finding(
                        check=CHECK,
                        severity=Severity.ERROR,
                        section=link.section,
                        span=link.text,
                        message=(
                            f"{link.text!r} is one study's result, cut from the paper's "
                            f"sentence about it ({study.strip()!r}), but the summary says it "
                            "as the paper's. (one_study)"
                        ),
                        hint="Say which study found it ('In one study, ...'), or leave it out.",
                    )
                )
    return out


@lru_cache(maxsize=64)  # a paper's: read again by a repair's gate
def _treatments(source: Source) -> frozenset[str]:
    """The treatments of the comparisons the paper makes, when it makes two or more (else
    none): what the paper is about as a whole (its title and aim) is a side of every one."""
    sentences = split_source(source)
    whole = _words(
        " ".join([source.title or "", *(s.text for s in sentences if s.role == Role.AIM)])
    )
    found = {arms - whole for arms in comparisons([s.text for s in sentences])} - {frozenset()}
    return frozenset().union(*found) if len(found) >= 2 else frozenset()


def _misattributed(source: Source, links: list[EvidenceLink]) -> list[Finding]:
    treatments = _treatments(source)
    if not treatments:
        return []
    sentences = split_source(source)
    texts = [s.text for s in sentences]
    headline = " ".join(k.text for k in links if k.section == "headline")
    out = []
    for section in _SECTIONS:
        own = [k for k in links if k.section == section]
        for i, link in enumerate(own):
            if link.kind != "content" or not link.source_sentences or PROCEDURE.search(link.text):
                continue  # how the study was done ("The review included 15 trials") is no result
            if _EVERY_COMPARISON.search(link.text):
                continue  # "... across all the comparisons" says whose result it is
            sides = [
                _context(texts, at, treatments)
                for at in link.source_sentences
                if at < len(texts) and sentences[at].role in _RESULT_ROLES
            ]
            source_side = set().union(*sides) if sides else set()
            if _VERSUS.search(link.text) or any(drug_name(w) for w in _words(link.text)):
                said = _named(link.text, treatments)  # it names its own comparison
                if not said:
                    continue
            else:
                # named in the sentence or just before it; else a reader takes the result for
                # the headline's treatment
                said = _context([k.text for k in own], i, treatments) or _named(
                    headline, treatments
                )
            if source_side and said and not source_side & said and source_side != treatments:
                out.append(_finding(link, source_side, said))
    return out
