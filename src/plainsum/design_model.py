"""A study of a mathematical or computer model, which reports no work at a bench.

Its words (proteins, yeast, genes, phosphorylation) are the lab's, so the design cues read it
as lab work and the summary would say "This work was done in the lab." where nothing was done
at a bench ("We explore a framework to model the dose response of ..."). A paper that models
and also reports bench work (cells cultured, mice, assays) stays lab work.
"""

from __future__ import annotations

import re

# A study of a mathematical or computer model: its cues (proteins, yeast, genes) read as lab
# work, but nothing was done at a bench ("We explore a framework to model the dose response").
_MODELLING = re.compile(
    r"\b(?:mathematical|computational|kinetic|stochastic|theoretical) models?\b|\bin silico\b"
    r"|\bframework to model\b|\bwe (?:model|simulate)\b|\bsimulations? (?:show|shows|showed|"
    r"suggest|reveal)",
    re.I,
)
# Signs of work at a bench, which a paper that also models keeps as lab work.
_WET_LAB = re.compile(
    r"\bin vitro\b|\bin vivo\b|\bcultur(?:e|ed|es)\b|\bcells were\b|\bwestern blot|"
    r"\bknock-?(?:down|out)\b|\btransfect|\bmice\b|\brats\b|\bstain(?:ed|ing)\b|"
    r"\bmicroscop|\bassays?\b|\bexpress(?:ed|ion) (?:of|in)\b|\bmutants?\b|\bstrains?\b",
    re.I,
)


def models_only(text: str) -> bool:
    """Whether `text` reports a model and no work at a bench (see the module)."""
    return bool(_MODELLING.search(text)) and not _WET_LAB.search(text)
