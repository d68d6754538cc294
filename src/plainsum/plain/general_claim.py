"""A finding said of a whole population, late in an abstract without headings, is the authors'
summing up: "High-dose biotin did not improve disability in progressive MS", "Home-based balance
training reduced the number of falls in people with MS who fall often". A result says what
happened in the study's groups ("The programme group had 41% fewer falls", "in the placebo
arm"), with numbers; the summing up says it of the people the finding is for, without them.
Read as a result, the summing up was drafted as one more result, and why it matters was left
with nothing the authors make of their finding.
"""

from __future__ import annotations

import re

__all__ = ["general_claim"]

_PEOPLE = (
    r"(?:(?:older|younger|elderly|young|pregnant|newly diagnosed) )?"
    r"(?:people|patients|persons|adults|children|women|men|individuals|those)"
)
_KIND = (
    r"(?:(?:early|relapsing|progressive|primary|secondary|relapsing-remitting|active|advanced|"
    r"mild|moderate|severe|chronic|acute|paediatric|pediatric)[ -]){0,2}"
)
# "in progressive MS", "in people with MS who fall often", "among adults with early MS"
_OF_A_POPULATION = re.compile(
    rf"\b(?:[Ii]n|[Aa]mong|[Ff]or) (?:{_PEOPLE}(?: [\w-]+){{0,2}}? with {_KIND}[\w' -]{{2,40}}?"
    rf"|{_KIND}(?:MS|multiple sclerosis))\b"
)
# ... never of the study's own groups: "in the programme group", "participants on placebo"
_STUDY_GROUPS = re.compile(
    r"\b(?:group|groups|arm|arms|participants|the (?:patients|people|children|women|men) "
    r"(?:who|on|in|given|taking|receiving)|those (?:who|on|given|taking|receiving))\b",
    re.I,
)
_DIGIT = re.compile(r"\d")


def general_claim(text: str) -> bool:
    """Whether `text` says a finding of a whole population, with no number and none of the
    study's own groups (see the module's docstring)."""
    return (
        _OF_A_POPULATION.search(text) is not None
        and _DIGIT.search(text) is None
        and _STUDY_GROUPS.search(text) is None
    )
