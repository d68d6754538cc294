"""A call for research said without "needed" as its verb: never a headline.

"Further evidence from well conducted large trials is awaited on X", "A well powered trial that
compares X and Y may be indicated", "Larger studies would be welcome": what should be done
next, not what was found. `finding.opens_with_a_call` reads research as the subject and what a
sentence says awaits research; these say it in the passive, or with research named first and
the verdict on it last.
"""

from __future__ import annotations

import re

_RESEARCH = r"(?:research|evidence|data|stud(?:y|ies)|trials?|RCTs?|investigations?)"

_PASSIVE_CALL = re.compile(
    # "Further evidence from ... trials is awaited", "More data are still awaited on X"
    rf"\b{_RESEARCH}\b[^.;]{{0,100}}?\b(?:is|are) (?:still |now )?awaited\b"
    # "A well powered trial ... may be indicated", "Larger studies would be welcome"
    rf"|\b{_RESEARCH}\b[^.;]{{0,100}}?\b(?:(?:may|might|would|will|could) be |(?:is|are) "
    r"(?:clearly |now |therefore |thus )?)(?:indicated|warranted|justified|worthwhile|welcome|"
    r"desirable|advisable)\b",
    re.I,
)


def calls_for_research(text: str) -> bool:
    """Whether `text` calls for research in the passive, or names it and then says it is
    warranted (`_PASSIVE_CALL`)."""
    return bool(_PASSIVE_CALL.search(text))
