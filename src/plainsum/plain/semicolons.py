"""A semicolon that goes on with a list, not a clause of its own, read as a comma: "no effect
on relapses; on disability; and on MRI lesions" is one list, "X improved; Y did not" two
clauses."""

from __future__ import annotations

import re

from .wholeness import finite

__all__ = ["AUXILIARIES", "join_list_semicolons"]

_SEMICOLON = re.compile(r";\s+")
_LIST_GOES_ON = re.compile(
    r"^(?:and |or )?(?:on|in|for|at|with|to|by|from|of|among|after|during|versus)\b", re.I
)
# The auxiliary verbs: a clause's finite verb when nothing else is (shared with compose).
AUXILIARIES = "is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|must"
_AUXILIARY = re.compile(rf"\b(?:{AUXILIARIES})\b", re.I)
_AND_OR = re.compile(r"(?:and|or)\s", re.I)
_PASSIVE_PARTICIPLE = re.compile(r"\b\w{3,}ed (?:by|with|in|at|on|using)\b")
# A count of things and a colon that sets them out, item by item with semicolons: "Four themes
# were identified: A; B; C; and D", "Three barriers were reported: cost; distance; and fatigue".
_COLON_LIST = re.compile(
    r"(?P<head>[^:;]*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[\w-]+ )"
    r"{0,2}?\w+s\b[^:;]{0,40}:\s)(?P<items>[^:;]+(?:;\s[^:;]+){2,})$",
    re.I,
)
_THEMES = re.compile(r"\b(?:themes|categories)\b", re.I)


def join_list_semicolons(text: str) -> str:
    """`text` with a semicolon that goes on with a list, not a clause of its own, made a comma:
    "no effect on relapses; on disability; and on MRI lesions" and "functional activities;
    and participation measured by quality of life" lose their semicolons, "X improved; Y did
    not" keeps it (a clause with its own finite verb; "measured by" is no finite verb)."""
    listed = _COLON_LIST.match(text)
    if listed is not None:
        # "Three barriers were reported: A; B; and C": after the colon every semicolon parts the
        # list's items, whatever verbs they hold; a list of themes keeps them, to be said a
        # theme a sentence (plain/themes.py; the lead's hand-written v6)
        if _THEMES.search(listed["head"]):
            return text
        return listed["head"] + _SEMICOLON.sub(", ", listed["items"])
    parts = _SEMICOLON.split(text)
    out = parts[0]
    for part in parts[1:]:
        if _LIST_GOES_ON.match(part):  # "; and on MRI damaged areas": only a verb joins it
            clause = bool(_AUXILIARY.search(part))
        elif _AND_OR.match(part):  # "; and quality of life measured by ...": a list's item
            clause = finite(_PASSIVE_PARTICIPLE.sub(" ", part))
        else:
            # a part of its own with a verb is a clause ("...; 3 pregnancies ended in
            # stillbirth"): made a comma, it would splice two sentences
            clause = finite(part)
        out += ("; " if clause else ", ") + part
    return out
