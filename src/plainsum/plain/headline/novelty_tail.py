"""A finding said with the authors' remark that it is a first, after it: the finding alone.

"X is not clinically useful as a stand-alone painkiller in Y, though this is probably the first
demonstration of a pain-relieving effect of an anti-seizure drug in Y" (CD008183): the words
after the finding say what is new about the work, not what was found, and their hedge
("probably") bears on that remark alone. Dropping them leaves the claim before them as true as
it was (its negation, hedge and population are all before the cut); `shorten`'s own cuts keep
any tail that holds a word of meaning, so a conclusion this long never headed and a half of the
sentence before it, said without its "but", headed in its place.
"""

from __future__ import annotations

import re

from ..wholeness import finite

# ", though this is probably the first demonstration of X", ", although this is the first
# report of Y", ", and this is the first study to show Z"
_FIRST_REMARK = re.compile(
    r",\s+(?:though|although|and|but|while)\s+(?:this|it|these|they) (?:is|are|was|were|"
    r"represents?|provides?) (?:probably |possibly |likely |perhaps |also )?(?:the|a) "
    r"(?:very )?first (?:demonstration|report|description|evidence|study|trial|time|account|"
    r"observation|instance|example|sign|indication)\b[^;]*$",
    re.I,
)
MIN_HEAD_WORDS = 6  # a finding before the remark: a subject, a verb and what it is


def without_novelty(sentence: str) -> str | None:
    """`sentence` (without its full stop) cut before a remark that its finding is a first
    (`_FIRST_REMARK`), when what is left has a verb of its own and six words or more; None
    when it has no such tail."""
    text = sentence.strip().rstrip(".")
    m = _FIRST_REMARK.search(text)
    if m is None:
        return None
    head = text[: m.start()].rstrip(" ,;")
    if len(head.split()) < MIN_HEAD_WORDS or not finite(head):
        return None
    return head
