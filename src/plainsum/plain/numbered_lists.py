"""A numbered list of whole clauses after a lead-in that only says a list follows: "The following
conclusions are drawn: (1) X is safe; (2) Y, but within limits, is warranted; and (3) Z is
advised" is three statements, each drafted as a sentence of its own ("X is safe.", "Y, but within
limits, is warranted.", "Z is advised.").

Left as it was, the numbers went as a statistic's brackets, the lead-in ("the following ...")
kept the sentence out, and a split at an item's ", but" made a fragment ("But within upper
safety limits, for vitamins C and D is warranted; ..."). A list of noun phrases ("Outcomes
included: (i) symptoms; (ii) memory") or one whose lead-in says something of its own ("... the
dose was increased as follows: (1) ...") is left as it is.
"""

from __future__ import annotations

import re

from .wholeness import broken, capitalise, finite

__all__ = ["listed_clauses", "numbered"]

# "(1) ", "(ii) ", "(b) ", "2) ": a list's number, in order from the first
_MARKER = re.compile(r"(?:(?<=\s)|^)\(?(?P<n>\d{1,2}|[ivx]{1,4}|[a-h])\)\s+")
_ORDERS = (
    [str(i) for i in range(1, 13)],
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
    list("abcdefgh"),
)
# A lead-in that says only that statements follow: "the following conclusions are made", "we
# conclude", "our recommendations are"
_BARE_LEAD = re.compile(
    r"(?:^|\b)(?:the following (?:[\w-]+ ){0,2}(?:are|were|can be|could be) "
    r"(?:made|drawn|reached|proposed|offered|given|suggested)"
    r"|(?:we|the (?:review )?authors) (?:conclude|concluded|propose|recommend|suggest)(?: that)?"
    r"|(?:our|the) (?:main |key )?(?:conclusions?|findings|recommendations) (?:are|were)"
    r"(?: as follows)?|in (?:conclusion|summary))\s*:$",
    re.I,
)
_ITEM_END = re.compile(r"(?:[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$|[.;,]\s*$")


def numbered(text: str) -> bool:
    """Whether `text` holds a numbered list, numbered in order from its first item ("to assess
    (1) X, and (2) Y")."""
    marks = list(_MARKER.finditer(text))
    if len(marks) < 2:
        return False
    order = next((o for o in _ORDERS if o[0] == marks[0]["n"]), None)
    return order is not None and [m["n"] for m in marks] == order[: len(marks)]


def listed_clauses(text: str) -> list[str] | None:
    """The items of `text` as sentences when it is a bare lead-in and a numbered list whose every
    item is a whole clause; else None."""
    marks = list(_MARKER.finditer(text))
    if len(marks) < 2 or not any(marks[0]["n"] == order[0] for order in _ORDERS):
        return None
    order = next(o for o in _ORDERS if o[0] == marks[0]["n"])
    if [m["n"] for m in marks] != order[: len(marks)]:
        return None  # not one list numbered from its first item
    if not _BARE_LEAD.search(text[: marks[0].start()].strip()):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [
        _ITEM_END.sub("", text[m.end() : end].strip()) for m, end in zip(marks, ends, strict=True)
    ]
    if not all(_a_clause(item) for item in items):
        return None
    return [capitalise(item) + "." for item in items]


def _a_clause(item: str) -> bool:
    """Whether a list's item is a whole clause with a finite verb of its own."""
    return len(item.split()) >= 3 and finite(item) and broken(capitalise(item) + ".") is None
