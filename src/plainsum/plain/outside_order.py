"""The sentences of an abstract without headings that stand outside its order (`sequence`):
"Here we show that ..." claims a finding wherever it stands (a conclusion), and "This review
discusses ..." says what a review covers (its aim)."""

from __future__ import annotations

import re

# "Here we show that ...", "Here, we report evidence for ...": a finding claimed, not an aim.
_CLAIM = re.compile(
    r"^(?:(?:Here|In this (?:study|work|paper|report)|Now|Together|Collectively),? we "
    r"(?:(?:further|also) )?(?:find|found|showed|identify)|^(?:(?:Here|In this (?:study|work|"
    r"paper|report)|Now|Together|Collectively),? )?we (?:(?:further|also) )?(?:show|"
    r"report (?:here )?(?:that|evidence)|demonstrate|reveal|uncover|establish|provide "
    r"(?:[\w-]+ ){0,3}evidence|present "
    r"(?:[\w-]+ ){0,3}evidence))\b(?:(?! (?:a|an|the|two|three|our|one|several) (?:[\w-]+ ){0,3}"
    r"(?:case|cases|trials?|stud(?:y|ies)|patients?|series|protocol|design|method|approach|"
    r"cohort)\b)(?! (?:on|how)\b))",
    re.I,
)
# "This review summarises ...", "We review ...": what a review covers.
_SCOPE = re.compile(
    r"^(?:(?:In )?(?:this|the present|the current|our) (?:[\w-]+ )?(?:review|article|paper|"
    r"overview|chapter|commentary|perspective)(?: article| paper)?,? (?:we )?(?:will )?"
    r"(?:examines?|analy[sz]es?|discuss(?:es)?|summari[sz]es?|describes?|reviews?|focus(?:es)?"
    r" on|highlights?|presents?|outlines?|address(?:es)?|explores?|covers?|considers?|"
    r"provides?|offers?|gives?|looks? at|aims?|updates?|synthesi[sz]es?)\b"
    # what it found is no scope: "This review provides evidence that ...", "highlights that"
    r"(?! (?:that|evidence|(?:\w+ )?(?:support|proof|data)|(?:strong|some|no|little|limited|"
    r"moderate|weak|good|clear|low|high|new|further|additional|preliminary|novel)\b))"
    r"|^(?:(?:Furthermore|Moreover|In addition|Additionally|Finally|Also),? )?(?:it|this "
    r"(?:review|article|paper|overview)) (?:also )?(?:aims|seeks|intends|attempts) to\b"
    r"|^(?:Here,? |Herein,? )?we (?:(?:briefly|critically|systematically) )?(?:review|"
    r"discuss|summari[sz]e|highlight|outline|describe (?:the|recent|current)|"
    r"present (?:an? )?(?:overview|review|update|summary)|provide (?:an? )?(?:overview|review|"
    r"update|summary))\b(?! (?:the |a |an |this |two |three )?(?:[\w-]+ ){0,2}cases?\b))",
    re.I,
)


def outside_order(text: str, numbers: bool) -> str | None:
    """The role a sentence (without its brackets) takes wherever it stands: "conclusion" for a
    finding claimed without statistics, "aim" for a review's scope; None for any other."""
    if _CLAIM.search(text) and not numbers:
        return "conclusion"
    if _SCOPE.search(text):
        return "aim"  # a review's scope
    return None
