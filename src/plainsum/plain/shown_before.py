"""A drafted sentence that leans on the one before it is read after what the draft finally shows
before it, not after what the paper had there.

Sentences are chosen, fitted to the grade, filled in and reordered by several steps; each checks
its own lean ("It showed no clear difference", "None was at low risk of bias", "Most had fewer
than 50 people", "This might have influenced the results", "Infectivity decreases thereafter")
against the lines it knows of, one step back. What a reader meets is the finished section: a
sentence that leans is kept only where the line just before it says what it leans on (the
paper's sentence before it, an earlier piece of its own sentence, or the group its quantifier
counts). A chain goes whole: a sentence leaning on one left out has nothing before it to lean on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .frames import all_frames, is_design_sentence
from .lines import Line
from .pick import antecedent, leans_back
from .simplify import PlainSentence

__all__ = ["stands_after", "without_unmet_leans"]

# "Most were small", "None was at low risk of bias", "All had MS": a quantifier that counts the
# studies or people of a group the line before it names.
_QUANTIFIED = re.compile(
    r"^(?:Most|All|None|Many|Some|Few|Several|Both)(?: of (?:them|these|those))? "
    r"(?:were|was|had|have|are|is|did|used|got|received|reported|included|compared)\b"
)
_GROUP_NAMED = re.compile(
    r"\b(?:studies|trials|RCTs|people|persons|patients|participants|adults|children|women|men|"
    r"infants|babies|cases|reports)\b",
    re.I,
)
# "But X": a contrast with the sentence before it, whatever words follow ("Even in a slow-release
# form, X showed no benefit" stresses its own clause: it stands)
_CONTRAST = re.compile(r"^But ")
# "There were also fewer falls": a finding besides one the sentence before gave; shown after
# another, it is said without its "also" ("X also ..." after "known as" names a thing)
_ALSO = re.compile(r"(?<!\bbut)(?<!\bBut) also\b(?! (?:known|called|termed|referred|named)\b)")
# "these studies", "those patients": the thing a pointer names, which the line before may name too
_POINTER = re.compile(
    r"\b(?:these|those|such) (?:[\w-]+ )?(?P<noun>studies|trials|RCTs|people|persons|patients|"
    r"participants|children|women|men|adults|infants|groups|drugs|treatments|outcomes|results|"
    r"findings|data)\b",
    re.I,
)
# "Infectivity decreases thereafter": after a time the sentence before it named (never one its
# own words name first: "It peaked on day 3 and fell thereafter")
_THEREAFTER = re.compile(
    r"^(?:(?!\b(?:days?|weeks?|months?|years?|hours?|onset|start|first|initially|until|after|"
    r"before|baseline|\d)\b)[^;])*?\bthereafter\b",
    re.I,
)


def _leans(line: Line) -> bool:
    """Whether a content line of the paper leans on the sentence before it, as shown: a leaning
    start or pointer (`pick.leans_back`), a contrast opener, or "thereafter"."""
    return bool(leans_back(line.text) or _CONTRAST.match(line.text) or _THEREAFTER.match(line.text))


def stands_after(line: Line, before: Line | None) -> bool:
    """Whether `line`, which leans on the sentence before it, is read right after what it leans
    on: `before` (the line the section shows just before it) holds the paper's sentence before
    `line`'s own or an earlier piece of its own sentence, or names the group a quantifier of
    `line` counts ("The review included 12 trials." before "Most were small.")."""
    if before is None or not line.sources:
        return False
    first = line.sources[0]
    if before.sources and (first - 1 in before.sources or first in before.sources):
        return True
    if _QUANTIFIED.match(line.text) and _GROUP_NAMED.search(before.text):
        return True
    # "All of these studies were small" after "A review is only as good as the studies it
    # includes": the studies the line before names
    pointers = list(_POINTER.finditer(line.text))
    return (
        bool(pointers)
        and all(re.search(rf"\b{m['noun'][:-1]}", before.text, re.I) for m in pointers)
        and not leans_back(_POINTER.sub("the \\g<noun>", line.text))
    )


def without_unmet_leans(lines: list[Line], pool: Sequence[PlainSentence] = ()) -> list[Line]:
    """`lines` (one section, in the order shown) without each sentence of the paper that leans
    on the sentence before it (`_leans`) where the line shown just before it is not what it
    leans on (`stands_after`): read there, "It", "None" or "thereafter" points at whatever the
    draft said before. Where `pool` (the paper's drafted sentences) holds what it leans on
    (`pick.antecedent`) and that stands where it would go, it is shown right before it
    instead ("Infectivity is highest when symptoms start." before "It decreases thereafter").
    The main result and the aim are never left out (true and whole come first, and the gate
    names what leans in them); a line that leans on one left out goes too; a finding said as
    one besides another ("There were also fewer falls") after a line it does not add to is said
    without its "also"."""
    out: list[Line] = []
    shown = {line.text for line in lines}
    for line in lines:
        before = out[-1] if out else None
        if (
            line.kind == "content"
            and line.sources
            # (the drafter's own frames, "This was a review of earlier studies.", point at the
            # paper itself)
            and not is_design_sentence(line.text)
            and line.text not in all_frames()
            and not (line.lead or line.keep)
            and _leans(line)
            and not stands_after(line, before)
        ):
            leaned = _shown_first(line, before, pool, shown)
            if leaned is None:
                continue
            out.append(leaned)
            shown.add(leaned.text)
        elif (
            line.kind == "content"
            and line.sources
            and _ALSO.search(line.text)
            and not stands_after(line, before)
        ):
            line = replace(line, text=_ALSO.sub("", line.text, count=1))
        out.append(line)
    return out


def _shown_first(
    line: Line, before: Line | None, pool: Sequence[PlainSentence], shown: set[str]
) -> Line | None:
    """The sentence `line` leans on, from `pool`, as a line to show right before it: one not
    shown elsewhere, that itself stands after `before`; None when there is none."""
    own = next((p for p in pool if p.text == line.text and p.sources == line.sources), None)
    leaned = antecedent(own, list(pool)) if own is not None else None
    if leaned is None or leaned.text in shown:
        return None
    found = Line(leaned.text, leaned.sources)
    if _leans(found) and not stands_after(found, before):
        return None
    return found
