"""Frame sentences: a summary sentence that frames the report rather than stating what the
paper found, recognised by meaning (`frame_kind`): not about MS, the care-team pointer, a design
caveat the gate recognises, a statement of the design, or a note about the summary itself.
A frame needs no evidence from the paper (plainsum.evidence.link_summary).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import prefilter
from .schemas import StudyDesign

if TYPE_CHECKING:
    from .checks.caveat_frames import Caveat

_MS_WORD = r"(?:MS|multiple sclerosis)"
_STUDIED = (
    r"(?:about|part of|stud(?:y|ied)|look(?:ed)?\s+(?:directly\s+)?at|test(?:ed)?|"
    r"includ(?:e|ed)|involv(?:e|ed)|cover(?:ed)?|focus(?:ed)? on|examin(?:e|ed)|address(?:ed)?|"
    r"the focus)"
)
_WHO = r"(?:(?:the|people|anyone|patients|persons|with|directly|at|on|in|disease|illness)\s+){0,4}"
# "This study was not about MS." / "The link to MS is not part of this study." / "No one with MS
# took part." Sentences that say MS was not what the paper studied.
NOT_ABOUT_MS = re.compile(
    rf"\b(?:not|n't|never)\s+(?:\w+\s+){{0,2}}?{_STUDIED}\s+{_WHO}{_MS_WORD}\b"
    rf"|\b{_MS_WORD}\b(?:\s+\w+){{0,3}}\s+(?:is|was|are|were)\s+not\s+(?:directly\s+)?"
    rf"{_STUDIED}"
    rf"|\b(?:no one|nobody|none|no people|no patients|no participants)\s+(?:\w+\s+){{0,2}}"
    rf"with {_MS_WORD}\b"
    rf"|\b(?:nothing to do with|unrelated to|not related to|does not mention|did not mention)\s+"
    rf"{_WHO}{_MS_WORD}\b",
    re.I,
)


DESIGN_FRAME_WORDS = 8  # longer design statements carry content ("a trial that cut ...")


@cache
def _design_frames() -> re.Pattern[str]:
    """The drafters' design sentences ("This was a study in {animals}."), any animal."""
    from .plain.frames import DESIGN_SENTENCE

    slot, animals = re.escape("{animals}"), r"[\w -]+"
    templates = (re.escape(t).replace(slot, animals) for t in DESIGN_SENTENCE.values())
    return re.compile("|".join(f"^{t}$" for t in templates), re.I)


# A sentence about the summary itself, not the study: "Most of its details are too technical to
# put into plain words here.", "A short summary like this one cannot list every limit."
_ABOUT_THE_SUMMARY = re.compile(
    r"\btoo (?:technical|complex|complicated|detailed) to (?:put|say|explain|describe|give)\b"
    r"[^.]{0,30}\b(?:here|in this summary)\b"
    r"|^(?:a|this) (?:short |brief )?summary(?: like this(?: one)?)? (?:cannot|can't|does not|"
    r"doesn't|could not) (?:list|cover|give|include|say)\b"
    # what the paper's own summary leaves unsaid: "The study's summary does not say what this
    # means for people with MS." (true of the abstract read, and no claim about the study)
    r"|^(?:the|its|this) (?:(?:study|paper|review|trial|article|authors)['’]s? )?"
    r"(?:summary|abstract) (?:does not|doesn't|did not|didn't) (?:say|state|tell|explain|"
    r"report|discuss)\b(?: \w+){0,3}? (?:what|how|whether|why)\b",
    re.I,
)


@cache
def _gate_readers() -> tuple[dict[str, Caveat], Callable[[str, str], tuple[bool, str | None]]]:
    """The gate's caveats and its reader of design statements, imported once (the checks import
    this module; an import in `frame_kind` cost 2 us each at each new sentence)."""
    from .checks.caveats import CAVEATS
    from .checks.study_statements import design_statement

    return CAVEATS, design_statement


@lru_cache(maxsize=8192)  # kept per sentence: a repair keeps most sentences of a draft
def frame_kind(sentence: str, design: StudyDesign | None = None) -> str | None:
    """The kind of frame sentence `sentence` is: "not_about_ms", "care_team",
    "caveat:NAME" (a design caveat the gate recognises), "design" (what kind of study it
    was: "This was a study in mice.") or "note" (a sentence about the summary itself: "Most
    of its details are too technical to put into plain words here."), else None (content).

    With a `design`, a caveat of that design is preferred, and a sentence that reads only like
    another design's caveat and gives a number ("Only 30 people took part." in a study of
    mice) is content: its number and words are checked against the source like any other."""
    caveats, design_statement = _gate_readers()
    if prefilter.search(NOT_ABOUT_MS, sentence):
        return "not_about_ms"
    if _ABOUT_THE_SUMMARY.search(sentence):
        return "note"
    other = None  # the first caveat found that is another design's
    for name, caveat in caveats.items():
        found = getattr(caveat, "in_sentence", caveat.present)  # one sentence: no re-split
        if not found(sentence):
            continue
        if name == "care_team":
            return "care_team"
        if design is None or design in caveat.designs:
            return f"caveat:{name}"
        other = other or name
    if other:
        return None if re.search(r"\d", sentence) else f"caveat:{other}"
    # a short statement of the design and nothing else ("It was a study in rats.")
    text = sentence.strip()
    short = len(text.split()) <= DESIGN_FRAME_WORDS and not re.search(r"\d", text)
    if _design_frames().match(text) or (short and design_statement(text, "")[0]):
        return "design"
    return None
