"""The body of a research abstract without headings: enough of the paper's own findings.

Without headings a paper's roles are only guessed, and most of its later sentences read as the
authors' conclusions; the body then shows one or two of them, the headline takes one, and the
reader learns little of what the study found ("a thin draft"). Such a body is filled up to
`MIN_OWN` sentences of the paper's own with its further sentences that say what was found, in
the paper's order: never background (save in a narrative review, whose statements are what it
says, though their place reads as background), a call for more research or a side point, each
sentence whole as edited (`simplify`), and one that leans on another only right after it
(`pick`); one that points inside at what the paper said just before ("this pathway") only when
that is shown. A narrative review's further statements fill what its findings leave short (the
plaba narrative reviews read as thin: one or two lines). A review's body is left as it is: there
the conclusions speak for many studies.
"""

from __future__ import annotations

import re

from .conclusion_kinds import future_work
from .finding import SIDE_POINT
from .lines import Line
from .pick import leans, pick
from .results import RESEARCH_CALL, says_a_finding, what_it_says
from .simplify import PlainSentence

__all__ = ["MIN_OWN", "filled"]

MIN_OWN = 3  # sentences of the paper's own a headingless body holds, when the paper has them
BUDGET = 70  # words the sentences added may take together
# A pointer inside the sentence ("the known parts of this pathway", "In particular, this
# system ..."): what it points at was named in the paper's sentence before, which must be shown.
_POINTER = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:study|studies|review|paper|work|research|article|"
    r"trial|analysis|report|data|results|findings)\b)[a-z]"
    r"|\bthe (?:above|aforementioned|above-mentioned|abovementioned)\s+[a-z]",  # ("the above X")
    re.I,
)

# A step of a procedure a review describes ("A catheter is placed in the bladder"): no statement
# of what it found or argues.
_STEP = re.compile(
    r"\b(?:is|are) (?:then |usually |typically |first )?(?:placed|inserted|performed|done|"
    r"applied|introduced|positioned|removed|injected|made)\b"
)


def _own(line: Line, skip: frozenset[str]) -> bool:
    return line.kind == "content" and bool(line.sources) and line.text not in skip


def filled(
    did: list[Line],
    pool: list[PlainSentence],
    used: set[str],
    skip: frozenset[str],
    statements: list[PlainSentence] | None = None,
) -> list[Line]:
    """`did` with further finding sentences of `pool` (the paper's results and conclusions),
    none in `used`, until it holds `MIN_OWN` sentences of its own (`skip`: the design frame and
    the facts built from counts, which say no finding), then with a narrative review's own
    `statements` (what it says, finding or not) when its findings are too few; each added where
    the paper's order puts it among the lines that come from the paper."""
    need = MIN_OWN - sum(_own(line, skip) for line in did)
    if need <= 0:
        return did
    shown = {i for line in did for i in line.sources}
    told = [
        p
        for p in pool
        if says_a_finding(p.text)
        and not future_work(p.text)
        and not RESEARCH_CALL.search(p.text)
        and not (_POINTER.search(p.text) and p.sources and p.sources[0] - 1 not in shown)
    ]
    out = list(did)
    chosen = pick(told, need, BUDGET, used, SIDE_POINT, in_order=True)
    if statements and MIN_OWN - need + len(chosen) <= 1:
        # a narrative review's own statements, when its body held one sentence or none: what it
        # says (never a sentence a line shown already says, as a count or whole, nor a step of a
        # procedure it describes: "A catheter is placed in the bladder" alone says nothing). A
        # body of two kept them out: beside a finding, a statement easier to read made the grade
        # leave the finding out (plaba 23109000 lost its HbA1c result so)
        taken = {p.text for p in chosen} | used
        chosen += pick(
            [
                p
                for p in statements
                if p.text not in taken
                and not _POINTER.search(p.text)
                and not set(p.sources) & shown
                and not what_it_says(p.text).run
                and not _STEP.search(p.text)
            ],
            need - len(chosen),
            BUDGET - sum(p.words for p in chosen),
            taken,
            RESEARCH_CALL,
            in_order=True,
        )
    for p in chosen:
        line = Line(p.text, p.sources, leans=leans(p))
        at = next(
            (
                i
                for i, x in enumerate(out)
                if _own(x, skip) and not x.keep and x.sources[0] > p.sources[0]
            ),
            len(out),
        )
        out.insert(at, line)
    return out
