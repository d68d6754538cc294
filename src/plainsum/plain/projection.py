"""Figures for an imagined group, said without the group: "The number of people wrongly
diagnosed would be 34 with test A" stands on a sentence before it ("applied to a hypothetical
cohort of 1,000 patients, ..."). Alone, it reads as a count the study observed: false.
"""

from __future__ import annotations

import re

# A count said with "would": what would happen, under a premise.
_WOULD = re.compile(
    r"\bwould\b(?! be (?:of interest|useful|helpful|valuable|worthwhile|"
    r"needed|desirable|important|informative|misleading|premature)\b)",
    re.I,
)
_COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand)\b",
    re.I,
)
# The premise said in the sentence itself: then it stands alone.
_PREMISE = re.compile(
    r"\b(?:if|assum\w*|suppos\w*|hypothetical|virtual|imagin\w*|cohort of|population of|"
    r"chance of|risk of|(?:mean|meaning|means|suggest\w*|indicat\w*) that|(?:necessary|needed|"
    r"need) to treat|in (?:women|men|people|patients|children) with an?)\b"
    r"|\bit would\b",
    re.I,
)


def unstated_premise(text: str) -> bool:
    """Whether `text` gives a count of what would happen and leaves the premise it rests on
    (an imagined group, an assumed risk) to another sentence."""
    return bool(_WOULD.search(text) and _COUNT.search(text) and not _PREMISE.search(text))
