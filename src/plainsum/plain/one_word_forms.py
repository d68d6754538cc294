"""When a long form of one word is what a paper's short form stands for, and when it is a guess.

A definition parser that finds one word before "(SF)" may have found only part of the name:
"renal clearance (CLR)" is no "clearance", "foetal haemoglobin (HbF)" no "haemoglobin",
"autoantibodies to insulin (IAA)" no "insulin", "95% confidence (CI)" says "confidence" where
the paper means a confidence interval. Written out in a summary, each of those says something
the paper did not. The rules here say when one word is the whole long form, when a vetted
long form completes it (data/abbreviation_senses.tsv), and when there is no definition at all
(the gate then names the short form: true > plain).
"""

from __future__ import annotations

import re

from ..lexicon import zipf

# A word this common is no drug or chemical name a code may stand for without spelling it
# ("desmopressin (DDAVP)", "bimagrumab (BYM338)"): "insulin (IAA)", "positive (PPVs)",
# "Collaboration (CENTRAL)" are the tails of longer names.
NAME_ZIPF = 3.0
# "HbF", "HbA1c", "COHb": a word code ("Hb") and more capitals or digits after it name one kind
# of the thing, not the thing ("hemoglobin").
_KIND_OF_CODE = re.compile(r"[A-Z][a-z]+[A-Z0-9]")


def name_may_stand_for(short: str, word: str) -> bool:
    """Whether the one word `word` (a name before "(SF)" that does not spell it) may be the long
    form of `short`: a rare name, for a code with no slash ("CL/F" is a ratio) and no word code
    with a qualifier after it."""
    if "/" in short or _KIND_OF_CODE.match(short):
        return False
    return zipf(word.lower()) < NAME_ZIPF


def _letters(short: str) -> list[str]:
    """The short form's letters, without a plural's "s" ("AEs", "PPVs")."""
    core = short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short
    return [c.lower() for c in core if c.isalpha()]


def tail_of_longer(short: str, long_form: str, before: str) -> bool:
    """Whether a one-word `long_form` is the end of a longer name in `before` (the text up to
    "(SF)"): an adjective right before it opens with the short form's last letter, which the
    one word spells only from inside ("renal clearance (CLR)": R is "renal", not the r in
    "clearance"; "masseteric electromyography (EMG)" and "soy-derived phosphatidylserine (PS)"
    are whole)."""
    if " " in long_form.strip():
        return False
    head = before.rstrip(" ,;:")
    if not head.lower().endswith(long_form.lower()):
        return False
    prev = _ADJECTIVE_BEFORE.search(head[: -len(long_form)])
    if not prev:
        return False
    initial = prev.group(1)[0].lower()
    word = long_form.lower()
    spelled_at_part = any(word.startswith(initial, i) for i in _part_starts(word))
    return initial == _letters(short)[-1] and not spelled_at_part


# An adjective right before the long form, with nothing but a space between.
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:al|ic|ar|ous|ive|ary)) $")


def _part_starts(word: str) -> list[int]:
    """Where the parts of a compound word start: its start and after each hyphen."""
    return [0] + [m.end() for m in re.finditer(r"[-/]", word)]


def completed(short: str, long_form: str) -> str:
    """A one-word long form that is the first word of exactly one vetted long form of `short`
    (data/abbreviation_senses.tsv) made whole: "95% confidence (CI)" -> "confidence interval",
    "adverse (AEs)" -> "adverse events"; any other long form as it is."""
    if " " in long_form.strip():
        return long_form
    try:
        from ..checks.abbreviation_senses import senses
    except ImportError:
        return long_form
    plural = short != short.rstrip("s") and short[-2:-1].isupper()
    key = short[:-1] if plural else short
    head = long_form.lower() + " "
    wholes = {
        lf
        for sense in senses().get(key, ())
        for lf in sense.long_forms
        if lf.startswith(head) and lf.endswith("s") == plural
    }
    return wholes.pop() if len(wholes) == 1 else long_form
