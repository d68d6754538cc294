"""The fluency check's sentence splitter: it splits where a broken sentence starts, too.

The shared splitter keeps a sentence whole when the next one starts with a small letter; the
fluency check must see that start ("... was cut. then the cells died.") to report it.
"""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence.
_ABBREVIATION_DOT = frozenset(
    "e.g i.e etc vs al approx ca cf dr mr mrs prof st fig figs vol pp no nos inc ltd jr sr "
    "resp incl min max".split()
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
_WEB_ENDING = re.compile(r"(?:org|com|net|gov|edu)(?:/|\W*$|\s)")

_GENUS = re.compile(r"[A-Z][a-z]?")  # "E. coli": a genus cut to its first letters


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`. Unlike the shared splitter this also splits before a small letter
    (the start of a broken sentence), except after an abbreviation such as 'e.g.' or 'C.'."""
    out: list[str] = []
    for line in text.splitlines():
        start = 0
        for m in _END.finditer(line):
            rest = line[m.end() :]
            if not rest:
                continue
            before = line[start : m.start()].split()
            last = before[-1].lower().strip("(\"'") if before else ""
            if last in _ABBREVIATION_DOT and last != "etc" and m.group(0).startswith(". "):
                continue  # "e.g. 5 mg", "et al. (2019)"
            species = _GENUS.fullmatch(before[-1].strip("(\"'")) if before else None
            if _WEB_ENDING.match(rest):
                continue  # "Hippocampome. org": a web address a space broke, not a sentence
            # "an I.V. (injected) test": a bracket after an abbreviation goes on the sentence
            if rest.lstrip("([\"'“‘")[:1].islower() and (
                last in _ABBREVIATION_DOT or len(last) <= 1 or "." in last or species
            ):
                continue
            out.append(line[start : m.end()].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out
