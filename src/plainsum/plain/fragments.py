"""A noun phrase with a participle and no main verb, lifted from an eligibility list or a
"Participants:" line, is no sentence: "An inflammatory phenotype defined by fever and raised
C-reactive protein." reads as if "defined" were its verb, but nothing is said of the phenotype.
"""

from __future__ import annotations

import re

from .wholeness import finite

__all__ = ["participle_fragment"]

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
