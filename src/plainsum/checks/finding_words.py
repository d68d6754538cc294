"""Words the finding checks share: how a sentence says that something made no difference, or
that it is not known (`finding.null_left_out`, `main_finding`)."""

from __future__ import annotations

import re

# A summary saying that something made no difference, or that it is not known.
SAYS_NULL = re.compile(
    r"\b(?:unclear|uncertain|unknown|not (?:yet )?(?:clear|known|sure|certain)|little or no|"
    r"not enough|insufficient|no (?:\w+ ){0,2}(?:evidence|difference|effect|benefit|change)s?|"
    r"did not|didn't|does not|doesn't|no better|no more|similar|the same)\b",
    re.I,
)
