"""Filling a what-the-study-did section that holds too little: the paper's own next sentence, or
a result that says what was found. Split out of `offline` (one idea per module).
"""

from __future__ import annotations

import re

from ..checks.finding import procedure_only
from ..checks.jargon import find_terms
from ..plain.compose import Line, Material, says_a_finding
from ..plain.conclusion_kinds import future_work
from ..plain.frames import is_design_sentence
from ..plain.harms import HARM
from ..plain.headline.concluded import gives_a_number
from ..plain.main_result import only_its_meaning_left
from ..plain.numbers import COUNT
from ..plain.pick import leans, leans_back, unlean
from ..plain.referents import referred
from ..plain.results import ABOUT_THE_PAPER, says_which_way
from ..plain.sentences import Role
from ..plain.simplify import PlainSentence
from ..schemas import StudyDesign
from .fit_grade import FACT_STARTS, MIN_DID_CONTENT

__all__ = [
    "TOO_TECHNICAL",
    "a_finding",
    "dangles",
    "fallback",
    "results_carry",
    "same_words",
    "whole_for_thin",
]

TOO_TECHNICAL = "Most of its details are too technical to put into plain words here."


def dangles(material: Material, headline: str, did: list[Line], line: Line) -> bool:
    """Whether `line`, put after the body's lines `did`, points at what the reader has not met
    ("this framework", "she"), as compose leaves such lines out of every body but a review's
    (`referents.referred`)."""
    review = material.design.design == StudyDesign.REVIEW
    return line not in referred(headline, [*did, line], groups_only=review)


def fallback(material: Material, sections: dict[str, list[Line]], headline: str) -> Line:
    """A sentence for a what-the-study-did section too thin to stand: the paper's own first
    usable sentence not yet in the draft, then its scene-setting (`Material.context`), one
    whose lean on a sentence not shown went with its opener ("But ...") and that points at
    nothing unmet, the headline's sentence, then any other whose lean went with its opener, then
    one left out only for its length, whole (`Material.whole`); only when the paper has none, an
    honest note that its details are too technical."""
    shown = {line.text for lines in sections.values() for line in lines}
    later = []
    leaning: list[PlainSentence] = []
    turned: list[PlainSentence] = []
    did = sections["what_the_study_did"]
    for role in (Role.AIM, Role.METHODS, Role.RESULTS, Role.CONCLUSION, Role.LIMITATION):
        for p in material.by_role.get(role, []):
            # leaning, in the paper or as edited ("The identified members ..."), on a sentence
            # not shown
            leaning_here = leans(p) or dangles(material, headline, did, Line(p.text, p.sources))
            whole = p.text
            p = unlean(p)  # it stands alone: a "But" would contrast it with nothing shown
            if p.text in shown or ABOUT_THE_PAPER.search(p.text):  # about the paper: no content
                continue
            if leaning_here:
                # only as a last resort, and only one whose lean went with its opener ("But the
                # results suggest ..."): one that still points back ("Considering these
                # potential deficits, ...") says nothing alone, a broken sentence
                if not leans_back(p.text):
                    leaning.append(p)
                    if p.text != whole and not dangles(
                        material, headline, did, Line(p.text, p.sources)
                    ):
                        turned.append(p)  # its opener was its only lean: before the headline
                continue
            if p.text.rstrip(".").lower() == headline.lower():
                later.append(p)
                continue
            return Line(p.text, p.sources)
    for p in material.context:  # the paper's own scene-setting, before a note that says nothing
        if p.text not in shown:
            # alone, a "But" would contrast it with nothing shown
            line = Line(unlean(p).text, p.sources)
            # ... and never one that points at what the reader has not met ("A common feature
            # of these disorders is ...": the disorders were named in the sentence before it)
            if leans_back(line.text) or dangles(material, headline, did, line):
                continue
            return line
    if later or leaning:
        # (the headline's sentence again says nothing new: one whose lean went with its opener
        # and that points at nothing unmet says more)
        last = (turned or later or leaning)[0]
        return Line(last.text, last.sources)
    # a sentence of the paper's own kept whole, however long and hard, says more than a note
    # that its details are too technical (the gate names its length and its words)
    for _, p in sorted(material.whole, key=lambda rp: rp[1].sources):
        line = Line(p.text, p.sources)
        if not (
            p.text in shown
            or p.leans
            or leans_back(p.text)
            or ABOUT_THE_PAPER.search(p.text)
            or dangles(material, headline, did, line)
        ):
            return line
    return Line(TOO_TECHNICAL, kind="frame")


def whole_for_thin(
    material: Material, sections: dict[str, list[Line]], headline: str, dropped: frozenset[str]
) -> list[Line]:
    """Sentences of the paper left out only for their length (`Material.whole`), kept whole for
    a what-the-study-did section that holds fewer than `MIN_DID_CONTENT` sentences of the paper:
    an aim or the authors' own step first when no aim is shown, then results that say which way,
    in the paper's order; never one a repair dropped, the headline again, one that leans on a
    sentence not shown or points at what the reader has not met. A long, hard sentence whole
    says what was studied and found; the gate names its words (true and whole before plain)."""
    did = sections["what_the_study_did"]
    # (as the gate's thin check counts: a count is the body's own, the design frame is not)
    own = [x for x in did if x.kind == "content" and x.sources and not is_design_sentence(x.text)]
    wanted = MIN_DID_CONTENT - len(own)
    if wanted <= 0 or not material.whole or material.design.design == StudyDesign.CASE_REPORT:
        # (a case report's body tells its case and its lesson: `case_story`; a long case opening
        # kept whole let a repair drop the lesson, plaba 30524565)
        return []
    shown = {line.text for lines in sections.values() for line in lines}
    aimed = any(x.keep for x in did) or any(
        p.text in shown for p in material.by_role.get(Role.AIM, [])
    )
    # (what was studied, or how, before what was found)
    order = sorted(material.whole, key=lambda rp: rp[0] == Role.RESULTS or aimed)
    out: list[Line] = []
    for role, p in order:
        if len(out) >= wanted:
            break
        if (role != Role.RESULTS and aimed) or role == Role.BACKGROUND:
            continue  # (the scene only for a body with nothing else: `fallback`)
        line = Line(p.text, p.sources, keep=role == Role.AIM)
        if (
            p.text in shown
            or p.text in dropped
            or p.leans
            or leans_back(p.text)
            or ABOUT_THE_PAPER.search(p.text)
            or same_words(p.text, headline)
            or (role == Role.RESULTS and not says_a_finding(p.text))
            or dangles(material, headline, [*did, *out], line)
        ):
            continue
        out.append(line)
        aimed = aimed or role != Role.RESULTS
    return out


# "Four studies were included that involved 823 people": a count of studies said again.
_COUNTED = re.compile(rf"\b{COUNT}\s+(?:[\w-]+\s+){{0,3}}(?:trials?|stud(?:y|ies)|RCTs?)\b", re.I)


def same_words(a: str, b: str) -> bool:
    """Whether `a` is the headline `b` again: word for word, or with only what the authors
    draw from it after (why it matters says that part: `own_meaning`)."""
    return a.rstrip(".").lower() == b.rstrip(".").lower() or only_its_meaning_left(a, b)


def a_finding(
    material: Material,
    sections: dict[str, list[Line]],
    headline: set[str],
    dropped: frozenset[str],
    moved: bool = False,
) -> Line | None:
    """A result or conclusion that says what was found, for a what-the-study-did section that
    holds none: the paper's first one not yet shown, not dropped by a repair and not leaning on
    a sentence before it; the headline's own sentence (whole) only when there is no other.
    `moved`: only one that says which way things went."""
    shown = {line.text for lines in sections.values() for line in lines}
    counted = {  # a count's own sentence says the count again: never shown beside it
        i
        for line in sections["what_the_study_did"]
        if line.text.startswith(FACT_STARTS)
        for i in line.sources
    }
    heads = {h.rstrip(".").lower() for h in headline if h}
    later = []
    turned = []  # leaning on the sentence before only by the contrast opener it lost
    for role in (Role.RESULTS, Role.CONCLUSION):
        for p in material.by_role.get(role, []):
            whole = p
            p = unlean(p)
            if p.text in shown or p.text in dropped or whole.text in dropped:
                continue
            if leans(p):
                if p.text != whole.text and not leans_back(p.text) and not moved:
                    turned.append(p)
                continue
            if counted & set(p.sources) and _COUNTED.search(p.text):
                continue
            if not says_a_finding(p.text) or future_work(p.text):
                continue
            if moved and (p.hard or find_terms(p.text) or not says_which_way(p.text)):
                continue  # beside a finding already shown: only a plain one that says which way
            if p.text.rstrip(".").lower() in heads:
                later.append(p)
                continue
            return Line(p.text, p.sources, main=True)
    # the headline again word for word says nothing new: a finding that stands alone once its
    # "But" is gone ("Procarbazine ... was linked with severe toxicities" beside the headline
    # on its benefit, CD007104) comes first
    for p in turned if later else []:
        if (
            says_a_finding(p.text)
            and not future_work(p.text)
            and not same_words(p.text, later[0].text)
        ):
            return Line(p.text, p.sources, main=True)
    return Line(later[0].text, later[0].sources, main=True) if later else None


def results_carry(material: Material, did: list[Line]) -> bool:
    """Whether `did` already holds what the study found without the headline again: at least
    `MIN_DID_CONTENT` sentences of the paper (as the gate's thin check counts them), one of them
    a sentence of its results, no harm aside, that says which way an outcome went or gives one
    group's figures against another's ("Leg wound infection rate was 10.8% after closure with
    staples compared with 8% with sutures"); never how the study ran or how long it lasted
    ("Follow-up ranged from 6 to 52 weeks"). Then the headline's own sentence is not said again
    word for word in the body (issue 9)."""
    roles = {s.index: s.role for s in material.sentences}
    own = [x for x in did if x.kind == "content" and x.sources and not is_design_sentence(x.text)]
    return len(own) >= MIN_DID_CONTENT and any(
        not x.keep
        and not x.text.startswith(FACT_STARTS)
        and not procedure_only(x.text)
        and not HARM.search(x.text)  # a harm aside is no main result
        and any(roles.get(i) == Role.RESULTS for i in x.sources)
        and (says_which_way(x.text) or (gives_a_number(x.text) and _COMPARES.search(x.text)))
        for x in own
    )


# Figures of one group against another's: "10.8% with staples compared with 8% with sutures".
_COMPARES = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|than)\b", re.I)
