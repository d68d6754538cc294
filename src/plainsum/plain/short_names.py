"""A long name written out again and again said by its head noun after it is given: "internet-
delivered cognitive behavioural therapy" in the headline and the body's first sentence, then "the
therapy" ("were assigned to the therapy or to a waiting list"): the body gives the name in full
once. Written out five times, one
hand-written MS trial's body read at grade 12 for that name alone.

Only a written-out short form (the paper's or a standard one) whose long form ends in the kind of
thing a study gives (a therapy, a programme, a training ...), said at least three times, and only
when no other thing of that kind is named in the draft ("the therapy" then names one thing). A use
keeps its long form where "the" cannot stand in its place: before another noun ("an 8-week
internet-delivered ... therapy programme"), or after a word of its own phrase ("an 8-week ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MIN_USES", "shortened"]

MIN_USES = 3  # a long form said fewer times is left as it is
_MIN_LONG_WORDS = 3  # "exercise therapy" says itself briefly enough
_HEADS = re.compile(
    r"(?:therapy|therapies|programmes?|programs?|training|interventions?|counsell?ing|"
    r"education)$",
    re.I,
)
# Where "the therapy" can take the long form's place: at a sentence's start, or after a word that
# ends the phrase before it (a preposition, a joining word, a verb of taking part) ...
_OPENS = re.compile(
    r"(?:^|(?<![\w-])(?:to|with|of|after|before|on|from|and|or|than|versus|vs|between|by|in|"
    r"received|receiving|started|starting|completed|finished|had|took|taking|given|offered)\s+)$",
    re.I,
)
# ... and when the long form ends a noun phrase (punctuation, or a word that never joins it).
_CLOSES = re.compile(
    r"^(?:[.,;:)]|\s+(?:or|and|with|in|on|for|at|to|than|was|were|is|are|had|has|may|might|"
    r"can|could|did|does|do|reduced|improved|helped|lowered|increased|decreased|led|made|"
    r"also|alone|plus|compared|versus|vs)\b)",
    re.I,
)


def shortened(head: str, texts: list[str], long_forms: Iterable[str]) -> list[str]:
    """`texts` (the body's sentences in reading order, after the headline `head`) with each long
    form of `long_forms` said by its head noun from its second use in them on, where the slot
    allows (the headline's uses count towards `MIN_USES`); unchanged where none qualifies."""
    joined = " ".join([head, *texts])
    for long in sorted(set(long_forms), key=len, reverse=True):
        words = long.split()
        if len(words) < _MIN_LONG_WORDS or not _HEADS.search(long):
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(long)}(?![\w-])", re.I)
        uses = len(pattern.findall(joined))
        noun = words[-1].lower()
        # the head noun (or its plural) only inside the long form: "the therapy" names no other
        stem = re.escape(re.sub(r"(?:ies|y|s)$", "", noun))
        kind = rf"(?<![\w-]){stem}(?:y|ies|s|es)?(?![\w-])"
        if uses < MIN_USES or len(re.findall(kind, joined, re.I)) != uses:
            continue
        seen = 0  # (the body gives the long form once whatever the headline says)
        out = []
        for text in texts:
            pieces = []
            last = 0
            for m in pattern.finditer(text):
                seen += 1
                before, after = text[last : m.start()], text[m.end() :]
                pieces.append(before)
                last = m.end()
                if seen < 2 or not _OPENS.search(text[: m.start()]) or not _CLOSES.match(after):
                    pieces.append(m.group(0))
                    continue
                pieces.append(("The " if m.start() == 0 else "the ") + noun)
            out.append("".join(pieces) + text[last:])
        texts = out
        joined = " ".join([head, *texts])
    return texts
