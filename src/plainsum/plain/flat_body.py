"""The body of a research abstract without headings: enough of the paper's own findings.

Without headings a paper's roles are only guessed, and most of its later sentences read as the
authors' conclusions; the body then shows one or two of them, the headline takes one, and the
reader learns little of what the study found ("a thin draft"). Such a body is filled up to
`MIN_OWN` sentences of the paper's own with its further sentences that say what was found, in
the paper's order: never background (save in a narrative review, whose statements are what it
says, though their place reads as background), a call for more research or a side point, each
sentence whole as edited (`simplify`), and one that leans on another only right after it
(`pick`); one that points inside at what the paper said just before ("this pathway") only when
that is shown. A review's body is left as it is: there the conclusions speak for many studies.
"""

from __future__ import annotations

import re

from .conclusion_kinds import future_work
from .finding import SIDE_POINT
from .lines import Line
from .pick import leans, pick
from .results import RESEARCH_CALL, says_a_finding
from .simplify import PlainSentence

__all__ = ["MIN_OWN", "filled"]

MIN_OWN = 3  # sentences of the paper's own a headingless body holds, when the paper has them
BUDGET = 70  # words the sentences added may take together
# A pointer inside the sentence ("the known parts of this pathway", "In particular, this
# system ..."): what it points at was named in the paper's sentence before, which must be shown.
_POINTER = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:study|studies|review|paper|work|research|article|"
    r"trial|analysis|report|data|results|findings)\b)[a-z]",
    re.I,
)


def _own(line: Line, skip: frozenset[str]) -> bool:
    return line.kind == "content" and bool(line.sources) and line.text not in skip


def filled(
    did: list[Line], pool: list[PlainSentence], used: set[str], skip: frozenset[str]
) -> list[Line]:
    """`did` with further finding sentences of `pool` (the paper's results and conclusions),
    none in `used`, until it holds `MIN_OWN` sentences of its own (`skip`: the design frame and
    the facts built from counts, which say no finding); each added where the paper's order puts
    it among the lines that come from the paper."""
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
    for p in pick(told, need, BUDGET, used, SIDE_POINT, in_order=True):
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
