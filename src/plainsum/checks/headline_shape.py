"""The form of a headline: a whole statement, not a fragment or a list cut before its last item
(see `plainsum.checks.headline`)."""

from __future__ import annotations

import re

from .verbs import verb_forms

# A headline that ends in mid-phrase ("... the effect of").
DANGLING = re.compile(
    r"\b(?:of|the|a|an|and|or|to|with|in|for|by|on|from|that|which|than|as)\s*[.:;,]?\s*$", re.I
)
# A list of what something does, cut before its last item: "X depolarizes the membrane, blocks
# a kinase" (the source went on "..., and reduces ..."). Two verb phrases after one subject are
# joined by 'and' or 'or'; a comma alone before the last one means the end was cut.
_CUT_LIST = re.compile(r"^[^,]+\b(\w+s)\b[^,]*(?:,[^,]+)*,\s+(\w+s)\s+\S[^,]*$")
_JOINED = re.compile(r",[^,]*\b(?:and|or|but|while|whereas|although|though|which|that|who)\b", re.I)
_REPORTING_END = re.compile(
    r"\b(?:suggests?|shows?|finds?|says?|reports?|indicates?|concludes?|confirms?)\W*$", re.I
)
_PRESENT_VERB = re.compile(r"[a-z]{3,}(?:izes|ises|ates|ifies|ens)")


def cut_list(headline: str) -> bool:
    """Whether a headline's last verb phrase follows a comma with no 'and' or 'or' after the
    first comma: a list of what its subject does, cut before the last item."""
    m = _CUT_LIST.match(headline)
    if not m or _JOINED.search(headline) or _REPORTING_END.search(headline):
        return False
    first, last = m.group(1).lower(), m.group(2).lower()
    return all(
        not w.endswith("ss") and (verb_forms(w) or bool(_PRESENT_VERB.fullmatch(w)))
        for w in (first, last)
    )
