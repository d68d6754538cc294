"""Shorter forms of one sentence for a headline, each still a whole sentence that says the same.

A headline is the main clause of the authors' conclusion or the main result, without what trails
it. Each cut here drops only words whose loss leaves the claim true:

- a scene-setting lead ("In this cohort, X" -> "X");
- a reporting frame whose verb asserts ("The results show that X" -> "X"); a frame that hedges
  ("suggest", "indicate") goes only when the clause keeps a hedge of its own, and a graded
  frame ("There is low-quality evidence that X") becomes a short hedge ("Weak evidence
  suggests X");
- a trailing clause or phrase after a comma (", which ...", ", although ...", ", including ...")
  or a semicolon, or a trailing comparison with a control ("compared with placebo");
- a name given after a plain description ("a stress protein called heat shock protein 70");
- in a lab study, the long name of the cells in a closing "in ... cells" ("in human star-shaped
  brain cells" -> "in human cells").

A cut never drops a negation, a hedge, a limit or a population: the dropped words must not hold
"not", "no", "may", "only", "unclear" and the like (`_KEEPS_MEANING`), and the kept words must
keep every one of them the sentence had. Each form must still pass `wholeness.broken`.
"""

from __future__ import annotations

import re

from .wholeness import broken, capitalise, finite

# Words that change what a claim means: dropping a phrase that holds one could make it false.
_KEEPS_MEANING = re.compile(
    r"\b(?:not|no|nor|neither|never|none|without|cannot|can't|didn't|don't|doesn't|n't|"
    r"may|might|could|possibl\w*|probabl\w*|perhaps|likely|unlikely|appear\w*|seem\w*|"
    r"suggest\w*|only|unclear|uncertain\w*|insufficient|limited|little|weak|low|small|slight\w*|"
    r"modest\w*|non-?significant|significan\w*|inconclusive|conflicting|mixed|partly|partial\w*|"
    r"except|unless|if|when|whether|until|but|however|though|although|yet|"
    r"people|patients|participants|adults|children|women|men|mice|rats|animals?|cells?|"
    r"with (?:MS|multiple sclerosis)|relapsing|progressive)\b",
    re.I,
)
# Hedges a clause must keep when a hedging frame ("The data suggest that") is dropped.
_HEDGE = re.compile(
    r"\b(?:may|might|could|can|possibl\w*|probabl\w*|perhaps|likely|appear\w*|seem\w*|"
    r"potential\w*|not|no|unclear|uncertain)\b",
    re.I,
)
_SCENE = re.compile(
    r"^(?:In|Within|Among|Across|For) (?:this|the|our|their|these) (?:present |large |small )?"
    r"(?:cohort|sample|population|group|study|trial|analysis|review|setting|model|work|"
    r"series|participants|patients|people)(?: of [\w -]{1,40}?)?,\s*",
    re.I,
)
_ASSERTING_FRAME = re.compile(
    r"^(?:The (?:researchers|review authors|authors|review|study|trial|analysis)|"
    r"(?:These|The|Their|Its|This) (?:data|results?|findings|observations|study|work|analysis|"
    r"review|trial)) (?:found|find|showed|shows?|show|observed|demonstrate[sd]?|demonstrate|"
    r"reveal(?:ed|s)?|report(?:ed|s)?|confirm(?:ed|s)?|conclude[sd]?|establish(?:ed|es)?) that ",
    re.I,
)
_HEDGING_FRAME = re.compile(
    r"^(?:The (?:researchers|review authors|authors|review|study|trial|analysis)|"
    r"(?:These|The|Their|Its|This) (?:data|results?|findings|observations|study|work|analysis|"
    r"review|trial)) (?:suggest(?:ed|s)?|indicate[sd]?|indicate|imply|implied|implies) that ",
    re.I,
)
# "There is moderate-quality evidence that X": the grade becomes a short hedge.
_GRADED = re.compile(
    r"^There (?:is|was|are|were) (?P<grade>(?:some|moderate|low|very low|high|good|strong|weak|"
    r"limited)(?:[- ](?:quality|certainty|level))?) evidence "
    r"(?:(?:to suggest|to show|suggesting|showing|indicating|that shows|which shows|"
    r"that suggests|which suggests) )?(?:that )?",
    re.I,
)
_WEAK_GRADES = ("low", "very low", "weak", "limited")
# What may trail the main clause and go: a clause or phrase after a comma or a semicolon.
_TRAILING = re.compile(
    r"(?:;\s+|,\s+(?=(?:which|suggesting|indicating|implying|as|while|whereas|although|"
    r"though|including|such as|especially|particularly|notably|independent(?:ly)? of|"
    r"regardless of|irrespective of|in line with|consistent with|in keeping with|"
    r"compared (?:with|to)|relative to|in contrast to|and (?:this|these|that|it|they)|"
    r"thereby|thus|leading to|resulting in|possibly|probably|likely|similar to|with|both|"
    r"at least|even)\b))",
    re.I,
)
_CONTROL = re.compile(
    r",?\s+(?:when |as )?(?:compared (?:with|to)|relative to|versus|vs\.?) (?:a |the )?"
    r"(?:placebo|dummy (?:treatment|pills?)|sham(?: treatment)?|usual care|standard care|"
    r"no treatment|control(?: group)?s?|controls)$",
    re.I,
)
_CALLED = re.compile(
    r"(?P<what>\b[a-z][\w-]* (?:protein|gene|molecule|enzyme|receptor|cells?))"
    r",? (?:called|named|known as) [^,;]+?(?=,|;|$| (?:than|in|to|and|that)\b)"
)
_IN_CELLS = re.compile(
    r"\bin (?P<kind>(?:(?:human|mouse|rat|animal) )?)(?:[\w-]+ ){1,4}cells$", re.I
)


def _main_parts(text: str) -> list[str]:
    """`text` cut before each trailing clause it has, longest first; a cut that drops a word
    of meaning stops the list (what follows it would drop that word too)."""
    out: list[str] = []
    for m in reversed(list(_TRAILING.finditer(text))):
        head, tail = text[: m.start()], text[m.start() :]
        if _KEEPS_MEANING.search(tail) or len(head.split()) < 5:
            continue
        out.append(head)
    return sorted(set(out), key=lambda t: -len(t))


def _clause_keeps(original: str, short: str) -> bool:
    """Whether `short` keeps every word of meaning (`_KEEPS_MEANING`) `original` had, as often."""

    def counts(t: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for m in _KEEPS_MEANING.finditer(t):
            key = m.group(0).lower()
            found[key] = found.get(key, 0) + 1
        return found

    have = counts(short)
    return all(have.get(k, 0) >= n for k, n in counts(original).items())


def _fronts(text: str) -> list[tuple[str, str]]:
    """The sentence with its lead dropped, as (kept text, the words of meaning it must keep)."""
    out = [(text, text)]
    scene = _SCENE.match(text)
    if scene and not _KEEPS_MEANING.search(scene.group(0)):  # the scene lead always goes
        out = [(capitalise(text[scene.end() :]), text[scene.end() :])]
    base = out[-1][0]
    frame = _ASSERTING_FRAME.match(base)
    if frame:
        rest = base[frame.end() :]
        out.append((capitalise(rest), rest))
    frame = _HEDGING_FRAME.match(base)
    if frame and _HEDGE.search(base[frame.end() :]):
        rest = base[frame.end() :]
        out.append((capitalise(rest), rest))
    graded = _GRADED.match(base)
    if graded:
        rest = base[graded.end() :]
        grade = graded["grade"].lower().replace("-", " ")
        weak = any(grade.startswith(g) for g in _WEAK_GRADES)
        out = [f for f in out if f[0] != base]  # the grade said short is always plainer
        if _HEDGE.search(rest) and not weak:
            out.append((capitalise(rest), rest))
        lead = "Weak evidence suggests" if weak else "Some evidence suggests"
        if grade.startswith(("high", "good", "strong")):
            lead = "Good evidence shows"
        out.append((f"{lead} {rest}", rest))
    return out


def short_forms(text: str, lab: bool = False) -> list[str]:
    """Shorter forms of `text` (without its full stop) that keep its meaning, shortest last;
    `text` itself is not among them. Each is a whole sentence without a full stop."""
    text = text.strip().rstrip(".")
    found: list[str] = []
    for front, must_keep in _fronts(text):
        bodies = [front]
        called = _CALLED.sub(lambda m: m["what"], front)
        if called != front:
            bodies.append(called)
        for body in list(bodies):
            bodies.extend(_main_parts(body))
        for body in list(bodies):
            control = _CONTROL.sub("", body)
            if control != body:
                bodies.append(control)
        if lab:
            for body in list(bodies):
                cells = _IN_CELLS.search(body)
                if cells:
                    bodies.append(f"{body[: cells.start()]}in {cells['kind'].lower()}cells")
        for body in bodies:
            body = body.strip().rstrip(",;:")
            if body == text or body in found:
                continue
            if not _clause_keeps(_strip_cells(must_keep, body, lab), body):
                continue
            if not finite(body) or broken(body + ".") is not None:
                continue
            found.append(body)
    return sorted(found, key=lambda t: -len(t.split()))


def _strip_cells(must_keep: str, body: str, lab: bool) -> str:
    """The words of meaning a form must keep: a lab study's closing cell name counts once
    ("star-shaped brain cells" said as "cells")."""
    if lab and _IN_CELLS.search(body):
        cells = _IN_CELLS.search(must_keep)
        if cells:
            return f"{must_keep[: cells.start()]}in {cells['kind'].lower()}cells"
    return must_keep
