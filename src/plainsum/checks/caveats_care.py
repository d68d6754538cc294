"""The pointer to the reader's care team (care_team): it must address the reader, and a
sentence that dismisses the doctor never counts. Frames are explained in caveat_frames.
"""

from __future__ import annotations

from ..schemas import Severity, StudyDesign
from .caveat_frames import (
    ADDRESS,
    CARE,
    CARE_ACTION,
    READERS,
    Caveat,
    frame,
)
from .safety import DISMISSES_CARE

CARE_TEAM = Caveat(
    name="care_team",
    designs=frozenset(StudyDesign),
    severity=Severity.ERROR,
    section="why_it_matters",
    frames=(
        # care staff offered to readers: "neurologists can help people decide"
        frame(
            CARE + r" (?:can|could|will|are able to) (?:\w+ )?(?:help|advise|explain|answer|"
            r"tell|guide)\b[^.]{0,20}\b(?:you|people|patients|readers|each person)\b",
            none_of=(DISMISSES_CARE.pattern,),
        ),
        # addresses the reader: "talk with your doctor"; "your MS nurse can help"
        frame(ADDRESS, CARE, CARE_ACTION, none_of=(DISMISSES_CARE.pattern,)),
        # readers told to: "people with MS should discuss it with their doctor"; "should keep
        # talking to their doctor"
        frame(
            READERS + r" (?:\w+ ){0,3}?(?:keep (?:on )?(?:talking|speaking|asking|checking)|"
            r"talk|speak|ask|discuss|check|consult|raise|see|"
            r"tell|let|inform|mention|report|show|visit|go to|book|call|ring|message|"
            r"contact|bring|get advice|seek|take advice|involve|work with|plan|go over|"
            r"go through|take (?:it|them|this|these|questions)|have (?:it|them|this) (?:\w+ )?"
            r"(?:looked at|checked))\b[^.]{0,60}" + CARE,
            none_of=(DISMISSES_CARE.pattern,),
        ),
        # an imperative: "Speak to a health care provider."
        frame(
            r"^(?:[^,]{0,80}, )?(?:please |so |first,? |then )?(?:talk|speak|ask|discuss|check|"
            r"consult|see|contact|chat|raise)\b[^.]{0,60}" + CARE,
            none_of=(DISMISSES_CARE.pattern,),
        ),
    ),
    example="If you have questions about your own care, talk with your doctor or care team.",
    message="Every summary must point readers to their doctor or care team.",
)
