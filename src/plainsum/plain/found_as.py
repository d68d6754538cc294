""" "Identified X as Y" said plainly with its pattern kept: "found X to be Y". The glossary's
"find" cannot take "as" ("find X as a candidate" is broken), so the glossary refuses the swap
there (`term_places`); where the finder is the researchers, or the verb is passive, "found ... to
be" says the same in plain words."""

from __future__ import annotations

import re

__all__ = ["found_to_be"]

# "Smoking was identified as a risk factor" -> "was found to be a risk factor"
_PASSIVE = re.compile(
    r"\b(is|are|was|were|been|be|being) identified as "
    r"(?!well\b|expected\b|part\b|such\b|an? (?:result|consequence|whole)\b)"
)
# "We identified 160 proteins as partners" -> "We found 160 proteins to be partners": the
# researchers found them (never "These results identify X as", which "find" would not fit)
_ACTIVE = re.compile(
    r"\b((?:[Ww]e|[Tt]hey|[Tt]he (?:researchers|authors|investigators|team)) )identified "
    r"((?:(?!as\b|and\b|or\b|but\b|that\b|which\b)[\w'’-]+ ){1,6})as "
    r"(?!well\b|expected\b|part\b|such\b|described\b|reported\b|an? (?:result|consequence|"
    r"whole)\b)"
)


def found_to_be(text: str) -> str:
    """`text` with "identified (X) as" said as "found (X) to be" where the finder is the
    researchers or the verb is passive."""
    if "identified" not in text:
        return text
    text = _PASSIVE.sub(r"\1 found to be ", text)
    return _ACTIVE.sub(r"\1found \2to be ", text)
