"""A noun phrase standing as a sentence or a headline, whose only verb is inside the relative
clause it carries ("The invisible work of night-time care, and services that see the patient
but not the carer": "see" is the clause's verb, and the main clause has none).

The generous verb test (plainsum.checks.verbs.has_verb) finds the clause's verb and passes such
a phrase; the headline is not held to the no-verb rule at all. A phrase is read as a fragment
when the words before its first 'that', 'which', 'who', 'whom' or 'whose' (after a noun, not a
function word: "on that drug" is no clause) are a noun phrase (`_head_has_verb`), and no stretch
after a relative word holds more than one verb group (counted generously: a second group may be
the main clause's verb, "People who exercise sleep better."). A verb only in brackets counts as
none in a sentence that ends with a full stop (plainsum.plain.wholeness.outside_brackets).

Pure function over one sentence; the span is the head noun and its relative word.
"""

from __future__ import annotations

import re

from ..plain.wholeness import outside_brackets
from .verbs import (
    AUX,
    DETERMINER,
    FUNCTION,
    IRREGULAR,
    PARTICIPLE_ONLY,
    PREPOSITION,
    SUBJECT,
    WORD,
    verb_forms,
)

MIN_WORDS = 4  # "Cells that died.": too short to judge
_RELATIVE = re.compile(r"(?<![\w'’-])(?:that|which|who|whom|whose)(?![\w'’-])", re.I)
# words that take a 'that' clause or a 'that' as a pointer, not a noun before a relative clause
_NOT_HEAD = (
    FUNCTION
    | PREPOSITION
    | frozenset(
        """so such than like now given provided except despite showing suggesting meaning
    indicating""".split()
    )
)
# what may follow a noun inside a noun phrase: a word before one of these, or before the end of
# the phrase, is read as a noun ("the invisible work of night-time care, and services")
_NOUN_NEXT = PREPOSITION | frozenset({"and", "or", "but", "than", "versus", ",", ""})
_PRONOUN = SUBJECT - {"who", "which", "that", "people"}
# a word after one of these may be a verb the word lists do not know ("who smoke often tire")
_FREQUENCY = frozenset(
    "often usually sometimes still also never always generally rarely mostly then later".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|,")


def _verbish(word: str) -> bool:
    return (
        word in AUX
        or word.endswith("n't")
        or word in IRREGULAR
        or verb_forms(word)
        or (word.endswith("ed") and len(word) > 4)
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def _head_has_verb(head: str, relative: str, after: str) -> bool:
    """Whether the words before the relative clause may hold a verb: an auxiliary, a past form,
    a subject pronoun, a word after 'to', an -s form after a noun ("Metformin works by"), a
    verb form with something after it that is not a preposition, a conjunction or a comma, or
    a verb form before a 'that' clause with a subject of its own (`after`, the word after the
    relative word: "evidence shows that this ...") (strict on nouns, generous on verbs)."""
    after_that = relative == "that"  # "Aspirin reduces that risk": 'that' points, no clause
    written = _TOKEN.findall(head)
    tokens = [t.lower() for t in written]
    if _PRONOUN & set(tokens):
        return True  # "We, therefore, suggest that ..."
    for i, w in enumerate(tokens):
        if w == ",":
            continue
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if w in AUX or w.endswith("n't") or prev == "to":
            return True
        if not nxt and _verbish(w) and (after in FUNCTION or after in _PRONOUN):
            return True  # "suggests that the ...", "mean that more ...": a 'that' clause
        if prev in DETERMINER or prev in PREPOSITION or w in FUNCTION or not prev:
            continue
        if (
            prev not in FUNCTION | {","}
            and (nxt not in _NOUN_NEXT - PREPOSITION | {"of"} or not nxt and after_that)
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is"))
            and written[i].islower()
        ):
            return True  # "The vaccine works by", "The process starts with" ("nights of": a noun)
        if (
            prev.endswith("s")
            and not prev.endswith(("ss", "us", "is"))
            and prev not in FUNCTION
            and not w.endswith("s")
            and written[i].islower()
            and nxt not in {"of", ",", ""}
        ):
            return True  # "Vasodilators widen blood vessels", "Researchers evaluate 155 ..."
        if w in IRREGULAR and w not in PARTICIPLE_ONLY:
            return True
        if w.endswith("ed") and len(w) > 4 and i:
            return True
        if _verbish(w) and nxt not in _NOUN_NEXT:
            return True
    return False


def _verb_groups(words: list[str]) -> int:
    """How many verb groups a stretch after a relative word may hold, counted generously (a
    noun that looks like a verb only makes the count higher): a verb-like word not after a
    determiner, a preposition or 'to', and not straight after another of its group."""
    groups = 0
    in_group = False
    for i, word in enumerate(words):
        w = word.lower()
        prev = words[i - 1].lower() if i else ""
        verb = (
            i == 0
            and w not in FUNCTION
            or prev not in DETERMINER | PREPOSITION | {"to", "whose"}
            and not w.endswith("ing")
            and (_verbish(w) or prev in _FREQUENCY and w not in FUNCTION)
        )
        if verb and not in_group:
            groups += 1
        in_group = verb and (w in AUX or w.endswith("n't")) or in_group and w in {"not", "also"}
    return groups


def relative_only_verb(sentence: str) -> str | None:
    """The noun and relative word ("services that") of a phrase whose every verb is in its
    relative clause(s), else None."""
    text = outside_brackets(sentence).strip()
    if text.endswith("?") or len(WORD.findall(text)) < MIN_WORDS:
        return None
    starts = list(_RELATIVE.finditer(text))
    if not starts:
        return None
    head = text[: starts[0].start()]
    head_words = WORD.findall(head)
    after = WORD.findall(text[starts[0].end() :])[:1]
    if (
        not head_words
        or head_words[-1].lower() in _NOT_HEAD
        or _head_has_verb(head, starts[0].group(0).lower(), after[0].lower() if after else "")
    ):
        return None
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        stretch = WORD.findall(text[m.end() : end])
        if m.group(0).lower() == "whose":
            stretch = stretch[1:]  # "whose ulcers had healed": the clause's own subject
        if _verb_groups(stretch) >= 2:
            return None  # the main clause's verb may follow the clause's own
    return f"{head_words[-1]} {starts[0].group(0)}"
