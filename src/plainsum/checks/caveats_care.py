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

# "there is no need to seek medical advice": care waved away
NO_NEED = r"(?:\b(?:no|not|never)|n't)\b (?:\w+ ){0,2}?(?:need|needed|necessary|required)\b"

CARE_TEAM = Caveat(
    name="care_team",
    designs=frozenset(StudyDesign),
    severity=Severity.ERROR,
    section="why_it_matters",
    frames=(
        # care staff offered to readers: "neurologists can help people decide"
        frame(
            CARE + r" (?:can|could|will|are able to) (?:\w+ )?(?:help|advise|explain|answer|"
            r"tell|guide|show|suggest|recommend|teach|assess|discuss|talk)\b[^.]{0,20}"
            r"\b(?:you|people|patients|readers|each person)\b"
            # "a cancer specialist is the right person to ask about treatment choices"
            + r"|"
            + CARE
            + r" (?:is|are) (?:the|a|your) (?:right|best|first|main) (?:person|people|"
            r"place|one|ones) to (?:ask|talk to|speak to|see|turn to)\b"
            # "an MS nurse can explain the options"; "a therapist can help with stiffness"
             + r"|" + CARE + r" (?:can|could|will|is able to|are able to) (?:\w+ )?(?:(?:explain|"
            r"advise on|answer|discuss|go through|talk through) (?:the |your |any |these |those |"
            r"[\w]+'s? |[\w]+s' )?"
            r"(?:options|choices|questions|risks|benefits|more|what|whether|how|if)|(?:say|tell "
            r"you) (?:whether|if))\b|" + CARE + r" (?:can|may be able to) (?:\w+ )?help (?:with|"
            r"manage|ease)\b",
            # (not "nurses can help with data collection in the trial": the study's staff)
            none_of=(
                DISMISSES_CARE.pattern,
                r"\b(?:in|during|for|of) (?:the|this) (?:trial|study)\b",
            ),
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
            r"go through|take (?:it|them|this|these|questions)|have (?:it|them|this|(?:their|your) "
            r"[\w-]+) (?:\w+ )?"
            r"(?:looked at|checked|reviewed))\b[^.]{0,60}" + CARE,
            none_of=(DISMISSES_CARE.pattern,),
        ),
        # an imperative: "Speak to a health care provider."; "Talking with a neurologist is
        # the best way to weigh it up."
        frame(
            r"^(?:[^,]{0,80}, )?(?:please |so |first,? |then )?(?:talk|speak|ask|discuss|check|"
            r"consult|see|contact|chat|raise|talking|speaking|asking|checking with|get advice|"
            r"seek advice|take advice|show)\b[^.]{0,60}" + CARE,
            none_of=(DISMISSES_CARE.pattern,),
        ),
        # advice said of no one in particular: "decisions like this are best made together
        # with a doctor", "these are things to raise with a health professional"
        frame(
            r"(?:\b(?:best|wise|worth|a good idea|important|sensible|advisable)\b(?: to)?|"
            r"\b(?:things?|something|questions?|matters?) to) (?:\w+ ){0,2}?(?:talk\w*|"
            r"discuss\w*|ask\w*|"
            r"check\w*|speak\w*|consult\w*|rais\w*|made|decided|taken|agreed|go over|"
            r"go through)\b[^.]{0,40}?\b(?:with|to) (?:(?:a|an|the|your|their|one's) )?" + CARE,
            none_of=(DISMISSES_CARE.pattern,),
        ),
        # "any decision about it needs careful discussion with a specialist"; "the choice
        # should be shared between each person and their neurologist"
        frame(
            r"\b(?:discussion|conversation|talk|chat|word)s? (?:with|to) (?:(?:a|an|the|your|"
            r"their) )?" + CARE + r"|\b(?:decisions?|choices?)\b[^.]{0,60}?\b(?:should|must|"
            r"needs? to|best)\b[^.]{0,30}?\b(?:made|taken|shared|discussed|agreed)\b[^.]{0,50}?"
            + CARE,
            r"\b(?:needs?|requires?|should|must|best|worth|important|wise|sensible|advisable|"
            r"recommended)\b",
            none_of=(DISMISSES_CARE.pattern, NO_NEED),
        ),
        # "should only be used under the care of a specialist"; "should not change their
        # treatment without medical advice"; "seek medical advice" (not "people exercised
        # without medical supervision", "did not get medical care": a method, no advice)
        frame(
            r"\bunder (?:the )?(?:care|supervision|guidance|advice) of (?:(?:a|an|the|your|"
            r"their) )?" + CARE + r"|\b(?:without|under|seek|seeking|get|getting|ask for) "
            r"(?:\w+ )?(?:medical|professional|expert|specialist|clinical) (?:advice|guidance|"
            r"supervision|help|input|care)\b",
            r"\b(?:should|must|do not|don't|never|always|best|please|only|need to|wise)\b"
            r"|^(?:please )?(?:seek|get|ask for)\b",
            none_of=(DISMISSES_CARE.pattern, NO_NEED),
        ),
    ),
    example="If you have questions about your own care, talk with your doctor or care team.",
    message="Every summary must point readers to their doctor or care team.",
)
