"""The limitations section of an offline draft: the design's caveat (and, for a review that took
in studies which only observed people, theirs too), how little evidence a review found, the
paper's own limitation sentences, and the kinds of limit it states, each once, the authors'
chief limit first. Split out of `compose` (one idea per module)."""

from __future__ import annotations

import re

from ..schemas import StudyDesign
from .body_sentences import words_of
from .distinct_limits import distinct_limits, says_again, sure_lines
from .evidence_size import called_conclusive, evidence_size, said_few
from .frames import (
    EMPTY_REVIEW,
    MENDELIAN,
    MOSTLY_ANIMALS,
    NO_PEOPLE,
    PREPRINT_SAID,
    SMALL_STUDY,
    about_germs_alone,
    caveats,
    with_human_part,
)
from .limits import names_no_limit, states_a_limit
from .lines import Line
from .material import Material
from .observed_studies import observed_caveat
from .pick import pick
from .sentences import Role, names_a_limit
from .simplify import PlainSentence
from .trial_scope import limits_of_a_part

MAX_LIMIT_WORDS = 90
_REVIEWS = (StudyDesign.REVIEW, StudyDesign.NARRATIVE_REVIEW)
# What a stated limitation says, in the words a sentence of the paper already shown may use.
_ALREADY_SAID = {
    "dropouts": re.compile(r"\bdrop(?:ped|ping)? ?out|\battrition\b|\bwithdr[ae]w", re.I),
    "small": re.compile(r"\bsmall (?:number|sample)|\bfew (?:people|participants|patients)", re.I),
    "short": re.compile(r"\bshort\b[^.]{0,20}\bfollow-?up\b", re.I),
    "bias": re.compile(r"\b(?:bias|flaws?)\b", re.I),
    # ("The overall quality of the evidence was rated as very low": graded already)
    "certainty": re.compile(
        r"\b(?:certainty|quality) of (?:the )?evidence\b[^.]{0,60}\b(?:very )?low\b"
        r"|\b(?:very )?low[- ](?:certainty|quality)\b|\bvery weak evidence\b",
        re.I,
    ),
    "more_research": re.compile(
        r"\b(?:more|further|future|larger) (?:research|studies|trials)", re.I
    ),
}


# A limit that points at a sentence the limitations do not carry: "This might have influenced
# the results", "They should be large enough", "... variation between studies for this outcome"
# (which outcome? reader's lead sample, CD008053). "These results", "this review" point at the
# paper itself and stay.
_POINTS_BACK = re.compile(
    r"^(?:This|They|Those|Such)\b(?! (?:review|study|trial|analysis|systematic|update|paper)\b)"
    r"|^It\b(?! (?:is|was|remains|seems|appears|may be|might be) )"
    r"|\b(?:this|that|the same) (?:outcome|comparison|subgroup)\b",
)


def limitations(
    m: Material,
    drop: frozenset[str],
    used: set[str],
    stated_own: list[PlainSentence],
    elsewhere: list[PlainSentence],
    empty: bool,
    count: str | None,
) -> list[Line]:
    """The limitations' lines. `stated_own` holds the paper's limitation sentences that may be
    shown, `elsewhere` its method, result and conclusion sentences (a limit may be said whole
    among them); `used` the sentences the other sections show; `empty` whether the review found
    no study to include; `count` the review's count of studies ("four")."""
    d = m.design.design
    review = d in _REVIEWS
    design_caveats = caveats(d, m.animals)
    own_texts = [x.text for x in m.sentences if x.role != Role.BACKGROUND]
    germs = d == StudyDesign.LAB and about_germs_alone(own_texts)
    if germs:
        design_caveats = list(NO_PEOPLE)  # germ biology: "not yet shown in people" misleads
    if d == StudyDesign.ANIMAL and with_human_part(own_texts):
        design_caveats[0] = MOSTLY_ANIMALS.format(animals=m.animals)  # people's samples too
    elif d == StudyDesign.LAB and not germs and with_human_part(own_texts, lab=True):
        design_caveats[0] = MOSTLY_ANIMALS.format(
            animals="the lab"
        )  # "higher in patients who died"
    if m.design.mendelian:  # genes used to test cause: what that can and cannot show
        design_caveats = list(MENDELIAN)
    if d == StudyDesign.TRIAL and not m.design.one_study:
        design_caveats = []  # "This was a single trial" is false of a paper of several trials
    if empty:
        design_caveats = [EMPTY_REVIEW]  # no study to be only as good as: the question is open
    observed = observed_caveat(m.sentences) if review and not empty else None
    if observed is not None:  # cohort or case-control studies: a link, not cause and effect
        design_caveats.append(observed)
    lim = [Line(c, kind="frame") for c in design_caveats]
    if m.design.small_study and d != StudyDesign.CASE_REPORT:
        lim.append(Line(SMALL_STUDY, kind="frame"))
    if m.design.preprint:  # not yet peer reviewed: said first, whatever the design
        lim.insert(0, Line(PREPRINT_SAID, kind="frame"))
    by_authors = [x.text for x in m.sentences if x.role == Role.CONCLUSION]
    few = review and said_few(m.sentences, count)
    concluded = called_conclusive(by_authors)
    size = evidence_size(m.facts, few, m.sentences) if review and not concluded else None
    if size is not None and size.text not in drop:
        lim.append(Line(size.text, (size.source,), main=True))
    # the paper's own limitation sentences, and a limit said whole among its results
    own = _limit_pieces([p for p in stated_own if not names_no_limit(p.text)])
    own += [p for p in elsewhere if states_a_limit(p.text)]
    # (nor a limit of a part of a review's evidence, said as the whole review's)
    part = limits_of_a_part(m.sentences) if review else frozenset()
    own = [
        p
        for p in own
        if not (_POINTS_BACK.search(p.text) and not _second_half(p, own))
        and not set(p.sources) & part
    ]
    chief: tuple[int, ...] = ()
    for i, p in enumerate(pick(own, 2, 50, used, None, by_paper=False)):
        chief = p.sources if i == 0 else chief
        # the paper's own first limit stays, both halves of it when it was split ("The extension
        # was not randomised. This is why these comparisons are less certain ...")
        lim.append(Line(p.text, p.sources, main=i == 0 or p.sources == chief))
    for stated in m.limits:
        if stated.text in drop or any(stated.source in line.sources for line in lim):
            continue
        said = _ALREADY_SAID.get(stated.name)
        # (a grade, only where the line that says it is sure to stay: a long own line that
        # grades the evidence may be left out later, and must not take the grade with it)
        shown = sure_lines(lim) if stated.name == "certainty" else lim
        if said and any(said.search(line.text) for line in shown):
            continue  # the paper's own limitation sentence already says it
        if stated.name in ("small_studies", "small") and size is not None:
            continue  # the count already says how few
        if says_again(stated.text, sure_lines(lim)):
            continue  # a limit said already, in other words, by a line sure to stay
        if words_of(lim) + len(stated.text.split()) <= MAX_LIMIT_WORDS:
            lim.append(Line(stated.text, (stated.source,), main=True))  # short: kept
    lim = distinct_limits(lim)  # each limit once, the authors' chief limit first
    return lim


def _second_half(p: PlainSentence, own: list[PlainSentence]) -> bool:
    """Whether `p` is the later piece of a limitation sentence split in two ("A. This is why
    B."), whose "This" points at the piece before it, there to be shown with it."""
    return any(q.sources == p.sources and q.order < p.order for q in own)


def _limit_pieces(own: list[PlainSentence]) -> list[PlainSentence]:
    """`own` without the half of a limitation sentence split at its concession ("Although A, B"
    became "A." and "But B.") that names no limit, where the other half does: CD007504 showed
    "All trials treated people in an outpatient setting." as its limit, and CD004752 "But the
    other was at low risk of bias in all domains." beside the one that was not."""
    out = []
    for p in own:
        halves = [q for q in own if q.sources == p.sources]
        conceded = len(halves) == 2 and halves[1].text.startswith("But ")
        limits = [q for q in halves if names_a_limit(q.text)]
        if conceded and len(limits) == 1 and limits[0] is not p:
            continue
        out.append(p)
    return out
