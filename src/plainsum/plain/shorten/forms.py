"""Shorter forms of one sentence for a headline: every cut and restatement tried, each form
kept only when it keeps the words of meaning and stays whole."""

from __future__ import annotations

from ...checks.fluency_cuts import lone_between
from ...checks.headline_shape import evidence_of_nothing
from ...memo import cached_list
from ..wholeness import broken, finite
from .controls import CONTROL, MID_CONTROL
from .cuts import (
    ASIDE,
    CALLED,
    EMPHASIS_TAIL,
    IN_CELLS,
    RESEARCH_TAIL,
    SAFE_TAIL,
    SECOND_CLAIM,
    SECOND_GRADE,
    first_claim,
    first_grade,
    first_of_two,
    main_parts,
    without_aside,
    without_emphasis,
    without_reading,
    without_research_call,
    without_safe_tail,
)
from .fronts import fronts
from .grades import WEAK_TAIL
from .meaning import clause_keeps
from .scope import without_scope


@cached_list
def short_forms(text: str, lab: bool = False) -> list[str]:
    """Shorter forms of `text` (without its full stop) that keep its meaning, shortest last;
    `text` itself is not among them. Each is a whole sentence without a full stop."""
    text = text.strip().rstrip(".")
    found: list[str] = []
    for front, must_keep in fronts(text):
        # "X, but the evidence is weak": the grade said after the claim stays after its cuts
        weak = WEAK_TAIL.search(front)
        tail = weak.group(0) if weak else ""
        front = front[: weak.start()] if weak else front
        bodies = [front]
        called = CALLED.sub(lambda m: m["what"], front)
        if called != front:
            bodies.append(called)
        for body in list(bodies):
            bodies.extend(without_aside(body))
        for body in list(bodies):
            bodies.extend(first_claim(body))
            bodies.extend(first_grade(body))
        for body in list(bodies):
            bodies.extend(without_safe_tail(body))
            bodies.extend(without_research_call(body))
            bodies.extend(without_emphasis(body))
        for body in list(bodies):
            bodies.extend(main_parts(body))
        for body in list(bodies):
            bodies.extend(first_of_two(body))
        for body in list(bodies):
            bodies.extend(without_scope(body))
        for body in list(bodies):
            control = CONTROL.sub("", MID_CONTROL.sub(r"\g<subject>", body))
            if control != body:
                bodies.append(control)
        if lab:
            for body in list(bodies):
                cells = IN_CELLS.search(body)
                if cells:
                    bodies.append(f"{body[: cells.start()]}in {cells['kind'].lower()}cells")
        for body in bodies:
            if tail and SECOND_GRADE.search(body):
                continue  # "X may help, and no evidence that Y, but the evidence is weak"
            body = body.strip().rstrip(",;:") + tail
            if body == text or body in found:
                continue
            keep = _strip_cells(must_keep, body, lab)
            if not CONTROL.search(body):  # "compared with no treatment" said nothing itself
                keep = CONTROL.sub("", keep)
            if not MID_CONTROL.search(body):
                keep = MID_CONTROL.sub(r"\g<subject>", keep)
            if not SAFE_TAIL.search(body):  # nor those of a tail that only sized the claim
                keep = next(iter(without_safe_tail(keep)), keep)
            if not EMPHASIS_TAIL.search(body):  # nor those of a tail that stressed part of it
                keep = next(iter(without_emphasis(keep)), keep)
            if not RESEARCH_TAIL.search(body):  # nor those of a call for more research
                keep = RESEARCH_TAIL.sub("", keep)
            if not ASIDE.search(body):  # the words of an aside that went need not stay
                keep = next(iter(without_aside(keep)), keep)
            if not SECOND_CLAIM.search(body):  # nor those of a second claim that went
                keep = next(iter(first_claim(keep)), keep)
            if not SECOND_GRADE.search(body):  # nor those of a second graded statement
                keep = SECOND_GRADE.sub("", keep)
            if without_reading(body) == body:  # nor those of the authors' reading of it
                keep = without_reading(keep)
            if not clause_keeps(keep, body):
                continue
            if not finite(body) or broken(body + ".") is not None:
                continue
            if lone_between(body + "."):  # "a link between X", its "and Y" cut with an aside
                continue
            if evidence_of_nothing(body):  # "found good evidence", what it is for cut
                continue
            found.append(body)
    return sorted(found, key=lambda t: -len(t.split()))


def _strip_cells(must_keep: str, body: str, lab: bool) -> str:
    """The words of meaning a form must keep: a lab study's closing cell name counts once
    ("star-shaped brain cells" said as "cells")."""
    if lab and IN_CELLS.search(body):
        cells = IN_CELLS.search(must_keep)
        if cells:
            return f"{must_keep[: cells.start()]}in {cells['kind'].lower()}cells"
    return must_keep
