"""A pointer at a kind of thing the paper named only in the sentence before ("such outcomes"),
said with the paper's own words for it ("maternal and newborn outcomes").

"The trials rarely measured maternal and newborn outcomes. For studies that did measure such
outcomes, no difference was seen in preterm birth." Shown without the sentence before it, "such
outcomes" points at nothing the reader has met, though the result is true and worth keeping.
Where the paper's sentence before names the kind once, by its describing words and the same noun,
the pointer is said as that kind, and the sentence reads whole alone. Where it does not (no
describing word, the noun twice, or not at all), nothing is named, and the caller leaves the
sentence out.
"""

from __future__ import annotations

import re

__all__ = ["SUCH", "name_kind"]

# "such outcomes", "such measures": a kind of thing said before ("such as" names its own;
# "such a way" points at no thing)
SUCH = re.compile(r"\b(?P<such>[Ss]uch) (?P<noun>(?!as\b|an?\b)[a-z][a-z-]+)\b")

# A describing word before the noun: "maternal", "neonatal", "clinical", "long-term",
# "serious", "patient-reported", a few nouns that say whose or of what ("newborn", "safety");
# never a verb, a determiner or a noun a phrase ends on ("captured", "the", "quality of life")
_DESCRIBING = re.compile(
    r"^(?:[a-z]+(?:al|ic|ary|ive|ous|ar|ile|ory|ful|less)|[a-z]+-[a-z]+|main|key|major|minor|"
    r"short|long|early|late|secondary|primary|serious|severe|mild|important|newborn|baby|"
    r"infant|birth|pregnancy|safety|health|pain|cost)$"
)
_JOINS = frozenset({"and", "or"})
MAX_DESCRIBING = 4  # words before the noun read as its kind


def _forms(noun: str) -> set[str]:
    """The noun as it may stand in the sentence before: singular or plural."""
    forms = {noun}
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    elif noun.endswith("s"):
        forms.add(noun[:-1])
    else:
        forms.add(noun + "s")
    return forms


def _kind_in(before: str, noun: str) -> str | None:
    """The describing words the paper's sentence `before` puts in front of `noun`, when it says
    the noun once and with at least one such word ("maternal and neonatal")."""
    forms = _forms(noun)
    words = re.findall(r"[A-Za-z][\w'-]*|[,;:()]", before)
    at = [i for i, w in enumerate(words) if w.lower() in forms]
    if len(at) != 1:
        return None
    kind: list[str] = []
    i = at[0] - 1
    while i >= 0 and len(kind) < MAX_DESCRIBING:
        w = words[i]
        if w.lower() in _JOINS and kind and i > 0 and _DESCRIBING.match(words[i - 1]):
            kind.insert(0, w)
        elif _DESCRIBING.match(w):
            kind.insert(0, w)
        else:
            break
        i -= 1
    return " ".join(kind) if kind else None


def name_kind(text: str, before: str) -> str | None:
    """`text` with its "such <noun>" said as the kind the paper's sentence `before` names
    ("such outcomes" -> "maternal and neonatal outcomes"); None when `text` has no such pointer
    or `before` does not name its kind once."""
    m = SUCH.search(text)
    if m is None:
        return None
    kind = _kind_in(before, m["noun"])
    if kind is None:
        return None
    said = f"{kind} {m['noun']}"
    if m["such"] == "Such":
        said = said[:1].upper() + said[1:]
    return text[: m.start()] + said + text[m.end() :]
