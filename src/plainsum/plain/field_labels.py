"""Fields of a labelled abstract said as whole sentences.

Journals in the BMJ and JAMA style head their methods with short labels whose content is a
noun phrase, not a sentence: "Participants: 2,214 women with relapsing MS.", "Main outcome
measures: time to confirmed EDSS 4.0.", "Design: registry cohort.". With the label taken off,
the content is a fragment. A field whose label says what the content is becomes a whole
sentence in the label's words ("The study included 2,214 women with relapsing MS."; "The main
outcome was time to ..."); a field the draft says otherwise (the design, the setting, the
exposure) is left out. A field written as a sentence ("Participants: We enrolled ...") is
kept as it is.
"""

from __future__ import annotations

import re

__all__ = ["field_label", "said_as_sentence"]

# A label just before a sentence, or at its start: "Participants:", "Main outcome measures:".
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:[ ,&/-]+[A-Za-z]+){0,5})\s*:\s*$")
_INLINE = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?:[ ,&/-]+[A-Za-z]+){0,5})\s*:\s+(?P<rest>\S.*)$")

_PEOPLE = re.compile(
    r"^(?:study )?(?:participants?|patients?|subjects?|(?:study )?population|sample|"
    r"people studied)$",
    re.I,
)
_OUTCOME = re.compile(
    r"^(?:(?:main|primary|principal|key) )?(?:outcomes?|end ?points?)(?: measures?)?"
    r"(?: and measures?)?$",
    re.I,
)
# Fields the draft says in its own frame or cannot say whole from a noun phrase.
_LEFT_OUT = re.compile(
    r"^(?:(?:study )?design|setting|settings|exposures?|interventions?|comparators?|"
    r"design(?:,| and) setting(?:,? and participants)?|data sources?|follow[- ]up)$",
    re.I,
)

# A finite verb of a clause of its own (not one inside "of whom 863 had ..."): the field is
# then written as a sentence.
_FINITE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|does|do|received|included|includes|enrolled|"
    r"comprised|consisted|took|underwent|completed|recruited|participated|randomi[sz]ed)\b",
    re.I,
)
_RELATIVE = re.compile(r",?\s*\b(?:of whom|of which|who|whom|which|that|whose)\b[^,;.]*")


def field_label(before: str, text: str) -> tuple[str, str] | None:
    """The label of a field and its content: the label written just before the sentence
    (`before`, the source text that precedes it) or at its own start, else None."""
    inline = _INLINE.match(text)
    if inline is not None:
        return inline["label"], inline["rest"]
    m = _LABEL.search(before[-60:])
    return (m["label"], text) if m is not None else None


def _is_sentence(content: str) -> bool:
    return bool(_FINITE.search(_RELATIVE.sub("", content)))


def said_as_sentence(label: str, content: str) -> str | None:
    """`content` of a field labelled `label` as a whole sentence, "" when the field is one the
    draft leaves out, or None when it is not a fragment of a known field (kept as written)."""
    label = " ".join(label.split())
    if _is_sentence(content):
        return None
    body = content.strip().rstrip(".").strip()
    if not body:
        return ""
    # ("Women aged 40 to 70" -> "women aged 40 to 70"; an acronym or a name keeps its capital)
    if body[:1].isupper() and body[1:2].islower():
        body = body[:1].lower() + body[1:]
    if _PEOPLE.match(label):
        return f"The study included {body}."
    if _OUTCOME.match(label):
        plural = label.lower().split()[-1] in ("outcomes", "measures", "endpoints", "points")
        # ("Main outcome measures: A and B" -> "The main outcomes were A and B.")
        verb = "were" if plural and re.search(r",| and ", body) else "was"
        noun = "outcomes" if verb == "were" else "outcome"
        return f"The main {noun} {verb} {body}."
    if _LEFT_OUT.match(label):
        return ""
    return None
