"""Inline headings at the start of a source sentence ("Methods: We ...", "Primary outcome It
is ...", "NSAID versus paracetamol NSAIDs may ...") and subheadings fused into the middle of one:
what `strip_label` takes off, and what marks a sentence as not whole as it stands."""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import SIZE
from .letter_forms import names_a_letter
from .wholeness import finite, has_verb

__all__ = ["FUSED_HEADING", "strip_label"]

_LABEL = re.compile(r"^(?:[A-Z][a-z]+(?: (?:and )?[a-z]+){0,3}|[A-Z]{3,}(?: [A-Z]+){0,2}):\s+")
# A subheading on a line of its own that the splitter joined to the sentence after it
# ("Primary outcome It is unclear ..."): a short phrase with no verb, then a sentence start.
_BARE_HEADING = re.compile(
    r"^(?P<head>(?:[A-Z][a-z]+|[A-Z]{2,}[A-Za-z0-9-]*)(?: [a-z]+){0,3}) "
    r"(?=(?:It|The|There|We|This|These|Those|In|No|A|An|"
    r"Our|Compared|People|Participants|Patients|Most|All|Both|Among|For|At|One|Two|Three|Only|"
    r"None|Overall|However)\s)"
)
# A comparison heading joined to the sentence after it ("Ritgen's manoeuvre versus standard
# care One study found ...", "NSAID versus paracetamol NSAIDs may ..."): a verbless "X versus
# Y" before a capital letter or a code of its own that opens a clause.
_CODE_VERBS = (
    r"(?:may|might|can|could|was|were|is|are|had|has|have|did|does|do|"
    r"appear(?:s|ed)?|seem(?:s|ed)?)\b"
)
_VERSUS_HEADING = re.compile(
    r"^(?P<head>[A-Z][\w'’-]*(?: [\w'’-]+){0,6} (?:versus|vs\.?|compared (?:with|to)) "
    r"[\w'’-]+(?: [\w'’-]+){0,6}?) (?=[A-Z][a-z]|[A-Z]{2,}s? " + _CODE_VERBS + ")"
)


@lru_cache(maxsize=SIZE)  # three times in four the text was stripped before
def strip_label(text: str) -> str:
    """`text` without an inline heading at its start ("Methods: We ..." -> "We ...",
    "Primary outcome It is ..." -> "It is ...")."""
    text = _LABEL.sub("", text)
    versus = _VERSUS_HEADING.match(text)
    if versus and not finite(versus["head"]) and _heading_before(versus, text):
        text = _LABEL.sub("", text[versus.end() :])
    bare = _BARE_HEADING.match(text)
    # "Vitamin A shows ...": the "A" is the name's letter, not an article opening a sentence
    named = (
        bare is not None and text[bare.end() :].startswith("A ") and names_a_letter(bare["head"])
    )
    if bare and not named and not has_verb(bare["head"]):
        text = text[bare.end() :]
    return text


def _heading_before(versus: re.Match[str], text: str) -> bool:
    """Whether the "X versus Y" at the start of `text` is a heading: a capital word follows
    it, or a code that the heading names itself ("NSAID versus paracetamol NSAIDs may ...");
    "Evidence about NB-UVB versus bath PUVA is mixed" is one sentence."""
    code = re.match(r"[A-Z]{2,}", text[versus.end() :])
    named = {w.rstrip("s") for w in versus["head"].split()}  # "NSAIDs versus ..." names NSAID
    return code is None or code.group(0).rstrip("s") in named


# "... design treatments One combined treatment showed ...": a subheading the splitter joined
# to the sentence after it, too long to strip; the sentence is not whole as it stands.
FUSED_HEADING = re.compile(r"[a-z] (?:One|The|There|It|We|This|These|Those|No|Two|Three) [a-z]")
