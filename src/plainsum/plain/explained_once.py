"""A hard term explained once in a draft's body: at its first use, not again in every sentence.

Each sentence is edited on its own (`simplify`), so a term of the vetted gloss gets its bracket
in every sentence that uses it: "Reactogenicity (short-lived reactions to a vaccine ...) was
measured. Reactogenicity (short-lived reactions to a vaccine ...) was similar ...". The body is
read in order (the gate's jargon check does the same): the first use keeps the explanation and
later uses lose it. A repair that leaves out a sentence names it as drafted; `widened` finds the
paper's sentence it came from, whichever of its explanations were said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .explain import glossed
from .headline import Headline
from .lines import Line
from .material import Material
from .own_explanations import explain_own_terms, own_explanations

__all__ = ["bare", "explained_once", "once", "widened", "widened_all"]


# a gloss term followed by its own explanation in brackets (the pattern lives with the gloss)
_bracket = glossed


def _term(m: re.Match[str]) -> str:
    found = next(v for k, v in m.groupdict().items() if v is not None)
    return " ".join(found.lower().split())


def _explains(text: str) -> bool:
    """Whether `text` may hold an explanation in brackets: every one opens with " (" (most
    sentences have none, and the pattern of every term is slow to search)."""
    return " (" in text


def bare(text: str) -> str:
    """`text` without the explanations of gloss terms in brackets."""
    if not _explains(text):
        return text
    return _bracket().sub(lambda m: next(v for v in m.groupdict().values() if v), text)


def once(sections: list[list[Line]]) -> list[list[Line]]:
    """The body's `sections`, read in order, with each gloss term's explanation kept at its first
    use only."""
    said: set[str] = set()
    out = []
    for lines in sections:
        kept = []
        for line in lines:

            def drop_repeat(m: re.Match[str]) -> str:
                term = _term(m)
                if term in said:
                    return next(v for v in m.groupdict().values() if v)
                said.add(term)
                return m.group(0)

            text = _bracket().sub(drop_repeat, line.text) if _explains(line.text) else line.text
            kept.append(line if text == line.text else replace(line, text=text))
        out.append(kept)
    return out


def _with_own_explanations(
    body: dict[str, list[Line]], explanations: dict[str, str]
) -> dict[str, list[Line]]:
    if not explanations:
        return body
    lines = [line for lines in body.values() for line in lines]
    texts = iter(explain_own_terms([line.text for line in lines], explanations))
    return {
        name: [
            line if (text := next(texts)) == line.text else replace(line, text=text)
            for line in lines
        ]
        for name, lines in body.items()
    }


def widened(texts: frozenset[str], pieces: list[str]) -> frozenset[str]:
    """`texts` (sentences as drafted, which a repair names) with every piece of `pieces` (the
    paper's sentences as edited) that is one of them but for its explanations."""
    wanted = {bare(t) for t in texts}
    return texts | {p for p in pieces if p not in texts and bare(p) in wanted}


def explained_once(
    head: Headline, sections: dict[str, list[Line]], source: Sequence[str] = ()
) -> tuple[Headline, dict[str, list[Line]]]:
    """The headline and body with each gloss term explained once in the body (`once`), a term
    the paper's `source` sentences explain in their own words explained at its first use
    (`own_explanations`), and the headline without an explanation the body gives too (the
    headline's terms may be explained anywhere in the body: a bracket there only makes the
    headline long)."""
    names = list(sections)
    body = dict(zip(names, once([sections[name] for name in names]), strict=True))
    body = _with_own_explanations(body, own_explanations(source))
    said = {
        _term(m)
        for lines in body.values()
        for x in lines
        if _explains(x.text)
        for m in _bracket().finditer(x.text)
    }

    def in_body(m: re.Match[str]) -> str:
        return next(v for v in m.groupdict().values() if v) if _term(m) in said else m.group(0)

    text = _bracket().sub(in_body, head.text) if said and _explains(head.text) else head.text
    return (head if text == head.text else replace(head, text=text)), body


def widened_all(m: Material, *texts: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Each of `texts` `widened` by the paper's sentences as edited in `m`."""
    pieces = [p.text for ps in m.by_role.values() for p in ps]
    return tuple(widened(t, pieces) if t else t for t in texts)
