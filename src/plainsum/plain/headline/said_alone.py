"""A finding that points at the paper's own words, said so that a headline read alone names them.

A headline is read first, before any sentence it could lean on: "These results in rat cells
suggest that X" points at results the reader has not met, and "... that these gut bacteria
dampen the disease" at bacteria named only before. The report of the findings is "the results"
(what the paper found, whatever was said before it), and a thing the study gave or tested,
pointed at as "these", is "the ... tested": true of it, and leaning on nothing.
"""

from __future__ import annotations

import re

# The findings' own report, pointed at: "These results (in rat cells) suggest that X".
_THESE_REPORT = re.compile(
    r"^(?:These|Our) (?=(?:results|findings|data|observations)\b[^,;:]{0,60}? (?:suggest|show|"
    r"indicate|demonstrate|support|imply|reveal|confirm)s?\b)"
)
# What the study gave or tested, pointed at: "these gut bacteria", "these two compounds" (never
# people, whom "these" may pick out from among others, nor places: `forms._THESE_SAMPLED`).
_THESE_AGENTS = re.compile(
    r"\b[Tt]hese (?P<what>(?:(?:two|three|four|five|gut|oral|probiotic|bacterial|new|novel|"
    r"selected) )?(?:bacteria|bacterial strains|strains|probiotics|compounds|molecules|peptides|"
    r"extracts|small molecules))\b(?! (?:tested|studied|given|used)\b)"
)


def said_alone(sentence: str) -> str | None:
    """`sentence` with the findings' report said as "The results ..." and a thing it tested,
    pointed at as "these", said as "the ... tested"; None when it points at neither."""
    said = _THESE_REPORT.sub("The ", sentence)
    said = _THESE_AGENTS.sub(r"the \g<what> tested", said)
    return said if said != sentence else None
