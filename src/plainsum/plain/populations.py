"""Results said under a population heading ("Rituximab for progressive MS", a line of its own):
in a review that reports results for several groups of people, a result sentence below such a
heading is true only of that group. Shown on its own ("Rituximab may make little or no
difference to relapses.") it would claim the result for everyone, so the group is said with it
("In people with progressive MS, rituximab may ...")."""

from __future__ import annotations

import re

from .source import SourceSentence
from .wholeness import BRACKETED, decapitalise

_GROUP_NOUNS = (
    r"(?:people|adults|children|women|men|patients|participants|individuals|infants|babies|"
    r"adolescents|newborns|girls|boys)"
)
_MS = r"(?:MS|multiple sclerosis)"
# The group a heading line names at its end ("... for women with a short cervix", "... for
# relapsing MS") or as the whole line ("Hospitalised adults with asthma").
_GROUP = re.compile(
    rf"(?:^|\b(?:for|in|among) )(?P<group>(?:[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}"
    r"(?: (?:with|who|aged|from|following|identified|having) [^.;:]{2,80})?"
    rf"|(?:[\w'’-]+ ){{0,3}}?{_MS})$",
    re.I,
)
HEADING_MAX_WORDS = 14
# A sentence that names a group of its own keeps its own words ("in women with ...", "in
# relapsing MS"); "the number of participants who ..." names an outcome, not a group.
_OWN_GROUP = re.compile(
    rf"\b(?:(?:in|among|for) (?:(?!of\b)[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}|{_MS}|relapsing|"
    r"progressive|remitting)\b",
    re.I,
)


def _heading_line(raw: str) -> str | None:
    """The line a sentence's raw text opens with, when it is a heading run into the sentence
    (no end punctuation, a few words, a line break after it)."""
    if "\n" not in raw.strip():
        return None
    first = raw.strip().split("\n", 1)[0].strip()
    if not first or re.search(r"[.;:?!]$", first) or len(first.split()) > HEADING_MAX_WORDS:
        return None
    return first


def populations(text: str, sentences: list[SourceSentence]) -> dict[int, str]:
    """For each sentence under a population heading, the group it is true of (sentence index ->
    "relapsing MS"), when the paper's headings name two groups or more. A group holds until the
    next heading line or the end of the results."""
    found: dict[int, str] = {}
    current: str | None = None
    groups: set[str] = set()
    for s in sentences:
        if s.role.value != "results":
            current = None
            continue
        line = _heading_line(text[s.start : s.end])
        if line is not None:
            group = _GROUP.search(line)
            current = group["group"].strip() if group else None
            if current:
                groups.add(current.lower())
        if current is not None:
            found[s.index] = current
    return found if len(groups) >= 2 else {}


def with_population(text: str, group: str) -> str:
    """`text` said with the group it is true of ("In people with progressive MS, rituximab may
    ..."), unless it names a group of its own."""
    # statistics in brackets ("(OR 0.60; 439 participants)") name no group
    if ":" in text or _OWN_GROUP.search(BRACKETED.sub("", text)) or group.lower() in text.lower():
        return text  # a group of its own, or a heading still in it
    if not re.match(rf"(?:[\w'’-]+ ){{0,3}}?{_GROUP_NOUNS}\b", group, re.I):
        group = f"people with {group}"
    return f"In {group}, {decapitalise(text)}"
