"""A test's accuracy said in plain words where the draft's body first names it: "sensitivity (the
share of true cases the test picked up)", "specificity (the share of people without the
condition whom the test correctly ruled out)".

Both words are everyday English too ("sensitivity to light", "synaptic specificity", "a
sensitivity analysis"), so neither is in a gloss file that explains every use. They are the
statistics of a test's accuracy where the body names both of them (a diagnostic-accuracy
result reports the pair): only then is the first use of each explained, once the body is chosen
(as `explained_after` does, so that no bracket costs a sentence its place). A first use in the
plural ("average sensitivities"), inside a noun phrase ("specificity estimates"), after a rare
word of its phrase, inside brackets, explained already, or in a sentence that names its test by
a code the body never spells out ("FRS differentiated ...") gets nothing: the gate names it. The
one form a gloss does not take and this does is the statistic with its figure, "a sensitivity
of 58%": the bracket stands before "of" ("a sensitivity (...) of 58%").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .abbreviations import unexplained
from .explain import ends_phrase, explained, in_brackets
from .explained_after import _rare_before as rare_before
from .lines import Line

__all__ = ["EXPLANATIONS", "explain_accuracy", "explained_accuracy"]

EXPLANATIONS = {
    "sensitivity": "the share of true cases the test picked up",
    "specificity": "the share of people without the condition whom the test correctly ruled out",
}

_WORD = re.compile(r"(?<![\w-])(sensitivit(?:y|ies)|specificit(?:y|ies))(?![\w-])(?! analys)", re.I)
_OF_A_FIGURE = re.compile(r"\s+of\s+(?:about\s+|around\s+|only\s+|just\s+)?\d")
_OF = re.compile(r"\s+of\b", re.I)


def _key(word: str) -> str:
    return "sensitivity" if word.lower().startswith("sensitiv") else "specificity"


def _may_explain(text: str, start: int, end: int) -> bool:
    if in_brackets(text, start) or explained(text, start, end) or rare_before(text, start):
        return False
    if _OF_A_FIGURE.match(text, end):
        return True  # "a sensitivity of 58%"
    return ends_phrase(text, end) and not _OF.match(text, end)


def _names_a_code(text: str, body: str) -> bool:
    """Whether `text` names something by a code the `body` never spells out ("FRS
    differentiated schizophrenia ... with a sensitivity of 58%"): the reader cannot tell which
    test the figures are for, and the gate fails the sentence, so a repair works on it; there
    the brackets made CD010653's main result long enough that a repair attempt which left out
    its plain finding ("FRS correctly finds people with schizophrenia 75% to 95% of the time")
    won on fewer warnings."""
    return any(f"({code})" not in body and f"{code} (" not in body for code in unexplained(text))


def explain_accuracy(texts: list[str]) -> list[str]:
    """`texts` (a chosen body's sentences, in reading order) with the first "sensitivity" and
    the first "specificity" explained in brackets, where the body names both and a bracket may
    stand there."""
    found = [[m for m in _WORD.finditer(text)] for text in texts]
    if {_key(m.group(1)) for ms in found for m in ms} != set(EXPLANATIONS):
        return texts  # not the pair of a test's accuracy
    said: set[str] = set()
    out = []
    body = " ".join(texts)
    for text, matches in zip(texts, found, strict=True):
        pieces, last = [], 0
        coded = _names_a_code(text, body)
        for m in matches:
            key = _key(m.group(1))
            if key in said:
                continue
            said.add(key)
            if m.group(1).lower() != key or coded or not _may_explain(text, m.start(), m.end()):
                continue  # a plural, a test named by a code, or no place: the gate names it
            pieces.append(text[last : m.end()] + f" ({EXPLANATIONS[key]})")
            last = m.end()
        out.append("".join(pieces) + text[last:])
    return out


def explained_accuracy(sections: dict[str, list[Line]]) -> dict[str, list[Line]]:
    """A chosen body's `sections` (in reading order) with a test's accuracy statistics explained
    at their first use (`explain_accuracy`)."""
    lines = [line for lines in sections.values() for line in lines]
    texts = iter(explain_accuracy([line.text for line in lines]))
    return {
        name: [
            line if (text := next(texts)) == line.text else replace(line, text=text)
            for line in lines
        ]
        for name, lines in sections.items()
    }
