"""Whether a label that names a part of a study ("treatment B", "group 2", "arm A") is defined
where a reader meets it: one decision, used by the gate's `undefined_label`
(checks/referent_labels.py) and by the offline drafter's choice of sentences
(plain/referents.py).

A paper may call its two diets "diet A" and "diet B" because its methods section says what
each is; a summary that keeps the code without that section ("In treatment B, the lower levels
of the drug gave less pain relief.") tells a reader nothing: which treatment is B? A use of a
code says what it stands for: in brackets ("treatment B (the drug taken with food)", "the drug
taken with food (treatment B)"), by apposition or a clause ("group 2, who took a dummy pill"),
after "called"/"known as", by what the group got ("Group 1 took the new drug"), or as a list's
label ("group A: exercise").

Read: a label noun a study uses for its parts (`_LABEL_NOUNS`: group, arm, treatment, regimen,
cohort, condition, diet, experiment, study ...) and a code of one capital letter (A to H) or one
digit, singular only. Not read: names that hold such a code ("group A streptococcus", "type 2
diabetes", "vitamin B12", "phase 2 trial": no label noun before the code, or a germ after it),
a digit that is a measure ("arm 2 cm above the wrist"), a comparison's heading line ("Treatment
A versus treatment B."). Pure functions; compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checks.verbs import AUX, FUNCTION, IRREGULAR, verb_forms

_LABEL_NOUNS = (
    "group arm treatment therapy regimen cohort condition intervention sequence schedule "
    "protocol period diet formulation product programme program strategy experiment study "
    "trial"
).split()
_NOUN = "|".join(sorted(_LABEL_NOUNS, key=len, reverse=True))
# A measure after the digit: "arm 2 cm above", "group 1 mg/kg" is a dose, not a label.
_MEASURE = (
    r"(?:%|per\b|percent\b|cm\b|mm\b|m\b|kg\b|g\b|mg\b|mcg\b|µg\b|ml\b|mL\b|l\b|IU\b|units?\b|"
    r"years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|doses?\b|x\b|"
    r"tablets?\b|capsules?\b|pills?\b|drops?\b|puffs?\b|/|out of\b|of \d|in \d|to \d)"
)
# Words after a letter code that make it part of a name (a germ, a vitamin, a blood group).
_NAME_AFTER = (
    r"(?:strep\w*|streptococc\w*|meningococc\w*|beta\b|haemolytic\b|hemolytic\b|virus\w*|"
    r"rotavirus\w*|coxsackie\w*|vitamin\w*|blood\b|Rh\b|-)"
)
_LABEL = re.compile(
    rf"\b(?P<noun>{_NOUN}) (?P<code>[A-H]|[1-9])\b(?![\w.,]?\d)(?!-)"
    rf"(?! ?{_MEASURE})(?! {_NAME_AFTER})",
    re.I,
)
# Only a sentence holding a code after a space is read: a capital A-H or a digit as a word.
_CUE = re.compile(r" (?:[A-H]|[1-9])\b")
# What says what a label stands for, right after the label ...
_DEFINED_AFTER = re.compile(
    r"\s*(?:\(|:|=|,? (?:which|who|whose|where|in which|that|i\.e\.|meaning)\b|, (?:a|an)\b"
    r"|,? (?:received|receiving|got|took|taking|was given|were given|was offered|were offered|"
    r"used|uses|meant|means|involved|involves|consisted|combined|contained|"
    r"(?:was|were|is|are) (?:the|a|an|people|those|given|offered|treated|assigned|allocated|"
    r"made up|on|without|with)\b))",
    re.I,
)
# ... or right before it: "the drug with food (treatment B)", "called group A", "known as arm 2"
_DEFINED_BEFORE = re.compile(
    r"(?:\(|\b(?:called|named|labelled|labeled|termed|known as|referred to as|dubbed),?)\s*$",
    re.I,
)
_CODE_CASE = re.compile(r"[A-H]|[1-9]")
_NEXT_WORD = re.compile(r" ([a-z][a-z'-]*)")
_HEADING = re.compile(r"\b(?:versus|vs)\b", re.I)


def _names_a_kind(sentence: str, end: int) -> bool:
    """Whether a lower-case word that is neither a function word nor a verb follows the code:
    then the code names a kind or counts ("group 1 pulmonary hypertension", "of this group 4
    patients"), not a part of the study."""
    m = _NEXT_WORD.match(sentence, end)
    if m is None:
        return False
    word = m.group(1)
    return not (
        word in FUNCTION
        or word in AUX
        or word in IRREGULAR
        or word.endswith(("ed", "n't"))
        or verb_forms(word)
    )


def labels_in(sentence: str) -> Iterator[re.Match[str]]:
    """The labels of `sentence` ("treatment B", "group 2"), in order; none in a comparison's
    heading line."""
    if not _CUE.search(sentence) or _HEADING.search(sentence):
        return
    for m in _LABEL.finditer(sentence):
        if _CODE_CASE.fullmatch(m["code"]) and not _names_a_kind(sentence, m.end()):
            yield m  # "group a" is no code (the pattern ignores case for the noun only)


def label_key(m: re.Match[str]) -> str:
    """The label a match names, the same whatever its case ("Group B" is "group B")."""
    return f"{m['noun'].lower()} {m['code']}"


def defined_here(sentence: str, m: re.Match[str]) -> bool:
    """Whether the use `m` of a label in `sentence` says what the label stands for."""
    return bool(
        _DEFINED_AFTER.match(sentence, m.end()) or _DEFINED_BEFORE.search(sentence, 0, m.start())
    )


def undefined_labels(sentences: list[str], start: int = 0) -> list[tuple[int, str]]:
    """(index, span) for each label of `sentences` (a whole summary in reading order, those
    from `start` on read) whose first use does not say what it stands for."""
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    for i, sentence in enumerate(sentences):
        for m in labels_in(sentence):
            key = label_key(m)
            if key in seen:
                continue
            seen.add(key)
            if not defined_here(sentence, m) and i >= start:
                out.append((i, m.group(0)))
    return out


def undefined_label(text: str, before: str) -> bool:
    """Whether `text` uses a label that no use in `before` (what the reader has read) or in
    `text` itself defines: a sentence the drafter must not give the reader."""
    read = [*_SENTENCE_END.split(before), text]
    defined = {label_key(m) for s in read for m in labels_in(s) if defined_here(s, m)}
    return any(label_key(m) not in defined for m in labels_in(text))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
