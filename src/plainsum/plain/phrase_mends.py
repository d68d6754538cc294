"""Sentences the gate would call noun phrases or bad agreement (`plainsum.checks.fluency_phrases`),
made whole where one added or changed word does it and cannot change what is said:

- a plural subject before 'was', 'is' or 'has', after an abbreviation was written out ("ABSW was
  linked" -> "Active body surface warming systems were linked"): the verb agrees;
- a report with its auxiliary cut, as abstracts write them ("No other adverse events
  identified.") -> "No other unwanted events were found.".

A noun phrase of evidence and its 'that' clause ("No randomised evidence that either is
better.") is not mended: made whole it leans on what came before it ("either") and could head
the draft (CD007218's first version put it there); `plainsum.plain.wholeness.broken` leaves it
out.
"""

from __future__ import annotations

from ..checks.fluency_phrases import plural_was, reported_fragment

_PLURAL_VERB = {"was": "were", "is": "are", "has": "have"}


def mend_phrases(text: str) -> str:
    """`text` with the one word put back or changed that makes it whole (see the module)."""
    if " was " in text or " is " in text or " has " in text:
        if plural := plural_was(text):
            head, verb = plural.split()
            text = text.replace(plural, f"{head} {_PLURAL_VERB[verb]}", 1)
    if text.startswith("No ") and (reported := reported_fragment(text)):
        noun, participle = reported.split()
        aux = "were" if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else "was"
        text = text.replace(reported, f"{noun} {aux} {participle}", 1)
    return text
