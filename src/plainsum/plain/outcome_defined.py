"""A result said without the trailing clause that only defines its outcome ("did not prevent
the worsening of disability as defined as a step up the disability scale" -> "did not prevent
the worsening of disability."): the result is the same, said less precisely.

Used only where the whole sentence is too long to show: a main result left out costs a reader
more than the definition of its measure (CD002819's disability result, 41 words in plain words,
was never said).
"""

from __future__ import annotations

import re

from .wholeness import finite

__all__ = ["without_definition"]

# ", as defined by ...", " defined as ...", " as measured by ...", " as assessed with ...": the
# sentence's last clause, saying how its outcome was defined or measured
# (never after a helping verb: in "Relapse was defined as new symptoms" it is the main verb)
_DEFINITION = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)"
    r",?\s+(?:as\s+)?(?:defined|measured|assessed)\s+(?:as|by|with|using|on)\s+"
    # (to the end, a comma only before "which" or "with": ", measured as X, affects Y" is an
    # aside inside the sentence, and its main verb comes after it)
    r"[^.;:(),]+(?:,\s+(?:which|with)\s[^.;:(),]+)?\.$"
)
# what may not stand last once the clause is cut: a dangling joining word or preposition
_DANGLING = re.compile(r"\b(?:and|or|of|in|on|at|to|by|with|for|the|a|an)$", re.I)


def without_definition(text: str) -> str | None:
    """`text` without its trailing clause that defines or measures the outcome, or None when it
    has none or the rest is no whole clause."""
    m = _DEFINITION.search(text)
    if m is None:
        return None
    head = text[: m.start()].rstrip(" ,")
    if _DANGLING.search(head) or not finite(head):
        return None
    return head + "."
