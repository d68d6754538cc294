"""A finding with the details of it run on after a comma: the finding alone, for a headline.

"Oral steroids may have little effect in the treatment of glue ear, with little improvement in
hearing and no effect on quality of life": what follows ", with" spells out the outcomes behind
the claim before it, which is whole and true without them. `shorten` keeps every word of
meaning a cut drops ("little", "no"), so a tail with a negation of its own blocked every cut and
the authors' whole conclusion headed at 26-34 words; here the tail may hold them, because they
bear on the tail's own outcomes, never on the claim. It may not hold what bounds or grades the
claim ("with the exception of children", "with benefit limited to X", "with low certainty"),
nor turn to another point ("but", "however").
"""

from __future__ import annotations

import re

from ..wholeness import finite

# ", with little improvement in A and no effect on B", ", with no reported harmful effects",
# ", with a large share of women getting repeat scans", ", with minimal difference between X"
_TAIL = re.compile(
    r",\s+(?:with|resulting in|leading to) (?:a |an |the |little |no |minimal |some |more |less |"
    r"fewer |higher |lower |similar |comparable |greater |smaller |large |small |modest )"
    r"[^;:]*$",
    re.I,
)
# ", both at the first donation visit and at later donation": the claim held at each of the
# times or places named, so it is whole and true without them (CD009532's main conclusion
# headed at 38 words with it)
_BOTH_TAIL = re.compile(
    r",\s+both (?:at|in|for|during|after|before|on|with|among) [^,;:]+? and (?:at |in |for |"
    r"during |after |before |on |with |among )?[^,;:]+$",
    re.I,
)
# What bounds or grades the claim, or turns to another point: the tail must stay.
_BOUNDS = re.compile(
    r"\b(?:only|except\w*|exception|unless|limited|restricted|confined|certainty|"
    r"(?:low|moderate|high|poor|good|variable)[- ]quality|quality of (?:the )?(?:evidence|"
    r"studies|trials)|"
    r"evidence|uncertain\w*|unclear|confiden\w*|but|however|although|though|whereas|while|yet|"
    r"may|might|could|possibl\w*|probabl\w*|if|when)\b",
    re.I,
)
# A head that says only how much evidence there is ("Evidence for the drug management of X is
# limited, with no studies showing fewer deaths"): the tail is what it found, never a detail.
_ONLY_HOW_MUCH = re.compile(
    r"^(?:The )?(?:current |available |existing |published )?(?:evidence|data|research|"
    r"literature)\b[^,;]*\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?(?:limited|lacking|scarce|"
    r"sparse|weak|poor|insufficient|inconclusive|uncertain|unclear|mixed|conflicting)$",
    re.I,
)
MIN_HEAD_WORDS = 8  # a claim with its subject, verb and what it is about


def without_elaboration(sentence: str) -> str | None:
    """`sentence` (without its full stop) cut before a tail that spells out the outcomes behind
    its claim (`_TAIL`) or the times or places it held at each (`_BOTH_TAIL`), when the tail
    holds nothing that bounds or grades the claim (`_BOUNDS`) and what is left has a verb and
    eight words or more and says more than how much evidence there is (`_ONLY_HOW_MUCH`); else
    None."""
    text = sentence.strip().rstrip(".")
    m = _TAIL.search(text) or _BOTH_TAIL.search(text)
    if m is None or _BOUNDS.search(m.group(0)):
        return None
    head = text[: m.start()]
    if len(head.split()) < MIN_HEAD_WORDS or not finite(head) or _ONLY_HOW_MUCH.match(head):
        return None
    return head
