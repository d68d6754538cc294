"""The result a lab or animal study's headline rests on: a repair for a hard word keeps it whole.

A repair answers a hard word by leaving out the sentences that hold it, unless that would leave
no finding. In a lab or animal study that rule let a step in cultured cells or a side test stand
for the experiment in the animals: the lead's hand-written mouse studies (p2, n4) headed "myelin
repair in mice" and their repairs for "cuprizone" and "corpus callosum" kept only a cell-culture
result under it. The result in the animals stays whole; the gate names its word.
"""

from __future__ import annotations

import re

from ..plain.lines import Line
from ..plain.results import says_a_finding
from ..schemas import StudyDesign

__all__ = ["in_animals"]

# Only here: in a review or a trial other results of the same comparison stand in (a broader
# rule last stop moved some 55 drafts, many worse).
_RESTS_ON = frozenset({StudyDesign.ANIMAL, StudyDesign.LAB})
_ANIMALS = re.compile(
    r"\b(?:mice|mouse|rats?|animals?|monkeys?|macaques?|marmosets?|zebrafish|pigs?|dogs?|"
    r"rabbits?|sheep)\b",
    re.I,
)
_IN_CELLS = re.compile(r"\bcultur|\blab-grown\b|\bin vitro\b|\bcell lines?\b", re.I)


def in_animals(lines: list[Line], design: StudyDesign) -> frozenset[str]:
    """The lead results and the one that says the headline's finding, of a lab or animal
    study, that speak of the animals and not of cells in a dish."""
    if design not in _RESTS_ON:
        return frozenset()
    return frozenset(
        line.text
        for line in lines
        if (line.lead or line.restates)
        and line.sources
        and says_a_finding(line.text)
        and _ANIMALS.search(line.text)
        and not _IN_CELLS.search(line.text)
    )
