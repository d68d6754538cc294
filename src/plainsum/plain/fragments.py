"""A noun phrase with a participle and no main verb, lifted from an eligibility list or a
"Participants:" line, is no sentence: "An inflammatory phenotype defined by fever and raised
C-reactive protein." reads as if "defined" were its verb, but nothing is said of the phenotype.
Nor is a "Design:" line's noun phrase ("Observational follow-up study of people who had received
the tablets."): its only verb is in the clause that says who the people were.
"""

from __future__ import annotations

import re

from .wholeness import finite

__all__ = ["design_fragment", "participle_fragment"]

# A subject (an article, a number or a quantity word, and up to six words), then a verb that
# never takes "by" after it when it is the sentence's own verb: a participle.
_PARTICIPLE_BY = re.compile(
    r"^(?P<subject>(?:An?|The|Some|Most|Many|All|Adults|Children|Patients|People|Women|Men|"
    r"\d[\d,.]*)\b(?: [\w'’-]+){0,6}?) "
    r"(?:defined|characteri[sz]ed|caused|induced|mediated|confirmed|diagnosed|measured|"
    r"assessed|determined|identified|marked|accompanied|followed|triggered|driven|treated|"
    r"managed|performed|recruited|selected|referred|classified|detected|indicated|evidenced|"
    r"documented|proven|verified) by\b(?P<rest>.*)$"
)
# "... and raised C-reactive protein": an adjective in a list, not a second verb
_LISTED_PARTICIPLE = re.compile(r"\b(?:and|or) [a-z]+ed\b")


def participle_fragment(text: str) -> bool:
    """Whether `text` is a noun phrase whose only verb is a participle with "by" after it
    ("Adults diagnosed by MRI in 2015 to 2020."); "A phenotype defined by fever was common"
    has its own verb."""
    m = _PARTICIPLE_BY.match(text)
    if m is None or finite(m["subject"]):
        return False
    return not finite(_LISTED_PARTICIPLE.sub(" and ", m["rest"]))


# A design named with no article, as a "Design:" line writes it ("Observational follow-up study
# of ...", "Cross-sectional study in 238 adults ...", "Retrospective analysis of ..."): up to
# five words, then the design's noun and what it was of. (A sentence that opens with an article
# or a pointer names its design as a subject: "A study of 40 adults showed ...".)
_DESIGN_LINE = re.compile(
    r"^(?!(?:A|An|The|This|That|These|Those|Our|Each|Every|One|Another|Its|Their|In|At|For)\b)"
    r"[A-Z][\w-]*(?:,? [\w-]+){0,5}? (?:study|trial|analysis|survey|audit|review|evaluation|"
    r"series) (?:of|in|among|with|using|including|comparing)\b"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|where)\b")


def design_fragment(text: str) -> bool:
    """Whether `text` is a design named as a "Design:" line names it, with no verb of its own
    before a clause that says who or what was studied ("Observational follow-up study of people
    who had received at least one course of the tablets."): "Prospective study of 80 adults
    showed ..." has one."""
    if not _DESIGN_LINE.match(text):
        return False
    return not finite(_RELATIVE_WORD.split(text, maxsplit=1)[0])
