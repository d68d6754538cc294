"""A source sentence written in the clipped style of case notes, made whole where the fix is
sure, or named as unsafe to show.

Case reports often drop articles and prepositions ("She presented to emergency with an episode
severe pain at same site"). Lifted as it is, such a sentence reads as broken in a summary. Each
fix here adds only the word the construction lacks and cannot change what is said:
"an episode severe pain" -> "an episode of severe pain", "at same site" -> "at the same site",
"with history of" -> "with a history of", "in left lower abdomen" -> "in the left lower
abdomen", "presented to emergency" -> "presented to the emergency department", "Patient was"
-> "The patient was". `unsafe` names what no sure fix reaches: such a sentence is not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words that end a short noun phrase: after "same site" one of these (or punctuation) shows the
# phrase is whole and only its article is missing ("at same site which ...").
_ENDS = (
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:which|that|who|and|or|but|as|in|on|at|of|to|for|with|"
    r"was|were|is|are|had|has|after|before|during|where|when)\b)"
)
_FIXES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # "an episode severe pain": a count of something without its "of"
    (
        re.compile(
            r"\b(an? (?:episode|bout|amount|couple|handful)s?) (?!(?:of|that|which|was|were|is|"
            r"are|in|at|on|with|for|to|and|or|but|during|after|before|lasting|later|earlier|"
            r"ago)\b)(?=[a-z])",
            re.I,
        ),
        r"\1 of ",
    ),
    # "at same site which ...": "same" with no "the"
    (
        re.compile(r"\b(at|in|on|to|from|of|with|into|by|for) same (?=[a-z]+" + _ENDS + ")", re.I),
        r"\1 the same ",
    ),
    # "with history of pain": "history", "complaint", "diagnosis" with no article
    (re.compile(r"\b(with) (history|complaints?|diagnosis) of\b", re.I), r"\1 a \2 of"),
    # "in left lower abdomen": a side of the body with no article
    (
        re.compile(
            r"\b(in|on|at|over|into) (left|right) (?=(?:(?:lower|upper|middle|side|sided)\s+)?"
            r"(?:abdomen|arm|leg|side|eye|ear|knee|hip|shoulder|hand|foot|breast|lung|kidney|"
            r"chest|flank|groin|thigh|wrist|ankle|elbow|buttock|quadrant|iliac fossa)\b)",
            re.I,
        ),
        r"\1 the \2 ",
    ),
    # "presented to emergency": the department is meant
    (
        re.compile(
            r"\b(presented|came|went|admitted|brought|referred|taken) to emergency"
            r"(?!\s+(?:department|room|services?|care|unit|ward|medicine|surgery)\b)",
            re.I,
        ),
        r"\1 to the emergency department",
    ),
    # "Patient was given ...": a singular count noun opening the sentence with no article
    (
        re.compile(
            r"^(Patient|Child|Woman|Man|Boy|Girl|Mother|Infant|Baby|Neonate) (?=(?:was|had|is|"
            r"has|presented|developed|underwent|received|complained|reported|died|required)\b)"
        ),
        lambda m: f"The {m[1].lower()} ",
    ),
]
_FIX_TRIGGERS = ("same", "episode", "bout", "amount", "couple", "handful", "history",
                 "complaint", "diagnosis", "left", "right", "emergency", "Patient", "Child",
                 "Woman", "Man", "Boy", "Girl", "Mother", "Infant", "Baby", "Neonate")  # fmt: skip

# What the fixes above do not reach: the clipped style that is still there after them.
_UNSAFE = {
    "missing_the_same": re.compile(r"\b(?:at|in|on|to|from|of|with|into|by|for) same\b", re.I),
    "count_without_of": re.compile(
        r"\ban? (?:episode|bout|amount|handful)s? (?!(?:of|that|which|was|were|is|are|in|at|"
        r"on|with|for|to|and|or|but|during|after|before|lasting)\b)[a-z]",
        re.I,
    ),
    "bare_history": re.compile(r"\b(?:with|had|has|and) (?:history|complaint) of\b", re.I),
    "to_emergency": re.compile(
        r"\bto emergency(?!\s+(?:department|room|services?|care|unit|ward|medicine|surgery|"
        r"caesarean|cesarean|treatment|admission|settings?|physicians?|doctors?)\b)",
        re.I,
    ),
}


def fix_telegraphic(text: str) -> str:
    """`text` with the words its clipped case-note style left out put back, where the fix is
    sure (see the module's list); any other text as it is."""
    if not any(t in text for t in _FIX_TRIGGERS):
        return text
    for pattern, repl in _FIXES:
        text = pattern.sub(repl, text)
    return text


def unsafe(text: str) -> str | None:
    """The name of a clipped construction left in `text` that no sure fix reaches ("secondary to
    same side severe stenosis"), or None: a sentence so named is not shown as it is."""
    for name, pattern in _UNSAFE.items():
        if pattern.search(text):
            return name
    return None
