"""A vitamin's letter code is its everyday name, not an abbreviation ("low vitamin B12",
"vitamin D3"): the headline's chooser does not cost a form for it, as the gate does not name it
(issue 9, from the lead's hand-written metformin cohort, whose conclusion 'People with MS who
take metformin are more likely to have low vitamin B12' lost the headline to a side result)."""

from __future__ import annotations

import re

__all__ = ["without_vitamin_codes"]

# "vitamin B12", "vitamins B6 and B12", "vitamin D2 or D3", "Vitamin K2": the codes after it
_VITAMIN = re.compile(
    r"\b(?P<word>[Vv]itamins?) (?P<codes>[A-K]\d{0,2}(?:(?:,| and| or|,? and|/) ?[A-K]\d{0,2})*)\b"
)


def without_vitamin_codes(text: str) -> str:
    """`text` with the letter codes of the vitamins it names left out ("low vitamin B12" ->
    "low vitamin")."""
    return _VITAMIN.sub(lambda m: m["word"], text) if "itamin" in text else text
