"""Long forms for abbreviations a paper uses but never defines.

A conclusion often uses a short form the paper defined in a part the abstract leaves out
("Both TCAs and SSRIs help ..."): nothing in the paper says what it stands for. Where the short
form has one meaning in medical writing, its standard long form (data/standard_abbreviations.tsv,
vetted, written for the project) says the same as the short form did. A short form with a second
common meaning is written out only where the sentence itself shows the sense ("MI" is a heart
attack beside "coronary", never in "MI and counselling"); a sentence that defines the short form
in its own words ("... (CBT)") keeps them. Anything else is left for the gate to name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..substring_scan import Substrings

__all__ = ["StandardForm", "standard_definitions", "standard_forms"]


@dataclass(frozen=True)
class StandardForm:
    """The vetted long form of one short form, and the words a sentence must hold for it."""

    short: str
    long_form: str
    context: re.Pattern[str] | None = None

    def fits(self, sentence: str) -> bool:
        """Whether `sentence` may have the short form written out as this long form: it does
        not define the short form itself, and it shows the sense where the sense needs showing."""
        if _defined(self.short).search(sentence):
            return False  # "... (TBI)", "TBI (...)": the sentence's own definition
        return self.context is None or self.context.search(sentence) is not None


def parse(text: str) -> dict[str, StandardForm]:
    """Short form -> its vetted long form, from the lines of standard_abbreviations.tsv."""
    found: dict[str, StandardForm] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        short, long_form, *rest = line.split("\t")
        if not short.strip() or not long_form.strip() or short in found:
            raise ValueError(f"standard_abbreviations line {number}: bad or repeated entry")
        context = re.compile(rest[0], re.I) if rest and rest[0].strip() else None
        found[short.strip()] = StandardForm(short.strip(), long_form.strip(), context)
    return found


@cache
def standard_forms() -> dict[str, StandardForm]:
    """The shipped vetted long forms (data/standard_abbreviations.tsv)."""
    text = resources.files("plainsum").joinpath("data/standard_abbreviations.tsv")
    return parse(text.read_text("utf-8"))


@cache
def _short_forms() -> Substrings:
    return Substrings(standard_forms())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


@lru_cache(maxsize=256)  # one per short form of the list (some 70), compiled once a process
def _use(short: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(short)}s?(?![\w])")


@lru_cache(maxsize=256)
def _defined(short: str) -> re.Pattern[str]:
    """A sentence's own definition of `short`: "... (TBI)", "TBI (...)"."""
    own = re.escape(short)
    return re.compile(r"\(\s*" + own + r"s?\s*[;,)]|(?<![\w-])" + own + r"s?\s*\(")


def standard_definitions(text: str, defined: dict[str, str]) -> dict[str, str]:
    """Short form -> vetted long form for each short form of the list that `text` uses without
    defining it (not in `defined`, the paper's own definitions) in at least one sentence that
    fits it: what a reader of the paper may take the short form to mean, so that a summary
    writing it out is held to the paper's words."""
    found: dict[str, str] = {}
    used = _short_forms().held(text)  # the list's short forms `text` holds, in one pass
    forms = {k: v for k, v in standard_forms().items() if k not in defined and k in used}
    if not forms:
        return found
    for sentence in _SENTENCE_END.split(text):
        for short, form in forms.items():
            if short in found or short not in sentence:  # a quick no: the pattern holds it
                continue
            use = _use(short).search(sentence)
            if use and form.fits(sentence):
                found[short] = form.long_form
    return found
