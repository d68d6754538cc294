"""Whether a result heading in place of the authors' conclusion is on a side outcome.

A trial or cohort that names its primary outcome ("The primary outcome was time to first
relapse") judges its treatment by that outcome; a result on a secondary one (how many rated
themselves much improved, serious infections) is a side point, however well it reads. When
another result of the paper is on the primary outcome and this one is less so, the result does
not head in place of the conclusion: the conclusion keeps the headline (issue 9, from the
lead's hand-written bladder-stimulation trial and registry switching study). So too where another
result says more of what the conclusion says (a cohort concluding that metformin users more often
have low vitamin B12 headed 'Length of metformin use was linked with lower levels', where the
result it rests on compares low vitamin B12 in users and non-users).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .results import key_terms, says_a_finding

__all__ = ["on_a_side_outcome", "nearer_result"]


# A figure: "8% of one group and 9% of the other had a relapse" reports a result, though no
# verb says which way it went.
_FIGURE = re.compile(r"\d")


def _rivals(text: str, results: Iterable[str]) -> list[str]:
    """The other `results` that report something found: a finding or a figure (never how an
    outcome was measured, "Spasms were counted on a frequency scale", read among the results)."""
    return [r for r in results if r != text and (says_a_finding(r) or _FIGURE.search(r))]


def _on_primary(text: str, primary: frozenset[str]) -> int:
    return len(key_terms([text]) & primary)


def on_a_side_outcome(text: str, results: Iterable[str], primary: frozenset[str]) -> bool:
    """Whether `text`, a result, names fewer of the `primary` outcome's key terms than another of
    the paper's `results` (a finding or a figure) does: that other is the result the paper is
    judged by. False when the paper names no primary outcome."""
    if not primary:
        return False
    own = _on_primary(text, primary)
    return any(_on_primary(r, primary) > own for r in _rivals(text, results))


def nearer_result(text: str, results: Iterable[str], conclusion: str) -> bool:
    """Whether another of the paper's `results` (a finding or a figure) shares more of the
    `conclusion`'s key terms than `text` does: that other is the result the conclusion rests
    on, `text` a side one."""
    said = key_terms([conclusion])
    own = len(key_terms([text]) & said)
    return any(len(key_terms([r]) & said) > own for r in _rivals(text, results))
