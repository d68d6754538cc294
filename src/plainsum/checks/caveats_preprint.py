"""The preprint caveat: a summary of a paper not yet peer reviewed says so (whatever its
design). Frames are explained in caveat_frames; `preprints.is_preprint` says which papers need it.
"""

from __future__ import annotations

from ..plain.frames import PREPRINT_SAID
from ..schemas import Severity
from .caveat_frames import Caveat, frame

PREPRINT = Caveat(
    name="preprint",
    designs=frozenset(),  # required by the paper's details, not its design (`caveats_for`)
    severity=Severity.ERROR,
    frames=(
        # "This is a preprint", "It has not yet been peer reviewed", "other scientists have not
        # yet checked it"
        frame(r"\bpre-?prints?\b"),
        frame(
            r"\bpeer[- ]review\w*\b",
            r"\b(?:not|yet|before|awaiting|without|pending|still|to come)\b",
        ),
        frame(
            r"\b(?:other|outside|independent) (?:scientists|researchers|experts)\b",
            r"\b(?:not (?:yet )?(?:been )?(?:checked|reviewed|vetted)|have(?:n't| not) (?:yet )?"
            r"(?:checked|reviewed|vetted))\b",
        ),
    ),
    example=PREPRINT_SAID,
    message="the paper is a preprint, not yet peer reviewed, and the summary must say so.",
)
