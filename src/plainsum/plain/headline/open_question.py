"""What is still not known, said beside what was found: "There remains uncertainty as to the
long-term effect of X"; and what lies ahead: "In the end, X will be critical to designing Y".
Where the authors' conclusions state a finding too, the finding heads.
"""

from __future__ import annotations

import re

# What is still not known beside what was found: "There remains uncertainty as to the long-term
# effect of X", "Although the short-term effects look promising, the long-term effect remains
# unclear". Where the authors' conclusions state a finding too, it is the headline.
_STILL_OPEN = re.compile(
    r"\bthere (?:is|(?:still )?remains?) (?!(?:no|little|not)\b)(?:\w+ )?(?:uncertainty|doubt)\b"
    r"|\b(?:remains?|is still|are still) (?:largely |still )?(?:unclear|uncertain|unknown|"
    r"undetermined|to be (?:determined|established|shown|seen|tested|confirmed|proven|proved|"
    r"clarified|studied|explored|investigated|evaluated))\b"
    r"|^(?:Although|While|Whilst)\b[^,]+, .*\b(?:is|are) (?:still )?"
    r"(?:unclear|uncertain|unknown)\b"
    # an aside on a group or a time the study did not cover: "Treatment effectiveness in
    # younger people is unknown", "Its long-term effect is unclear" (never "The effect of X on
    # Y is uncertain": that is the finding)
    r"|\b(?:in (?:younger|older|other) (?:people|adults|patients|groups)|in (?:children|"
    # ("The long-term effects of iron supplements without measurement of iron stores are
    # unknown": what the effects are of may take more words, CD009532)
    r"adolescents|infants|pregnancy)|long(?:er)?[- ]term)\b[^.;,]{0,80}?\b(?:is|are) (?:still )?"
    r"(?:largely )?(?:unclear|uncertain|unknown|not known)(?=\s*(?:[.;]|$))",
    re.I,
)
# A main clause before the open question: "The weight lost is small and the long-term benefits
# remain unclear", "X lowers Y, but it remains uncertain whether ..." state a finding first.
_CLAUSE_BEFORE = re.compile(
    r"[;:]|,\s+(?:and|but|yet|while|whereas)\b|\s(?:but|whereas)\s"
    r"|\sand (?:the|its|their|it|there|this|these|whether)\b",
    re.I,
)
# An outlook, not a finding: "In the end, the knowledge gained will be critical to designing
# new treatments", "Ultimately, X will be essential for Y".
_OUTLOOK = re.compile(
    r"^(?:In the end|Ultimately|In the long run|Going forward|In (?:the )?future),\s"
    r"|\bwill be (?:critical|crucial|essential|important|key|vital|instrumental|invaluable) "
    r"(?:to|for|in)\b",
    re.I,
)
STILL_OPEN_COST = 12.0  # more than one place down the authors' conclusions


# Doubt about the effects of the treatments a review compared ("There is doubt about the effects
# of supervised dosing compared with unsupervised medicine", CD011983): the review's verdict on
# its own question, what it found, never an aside beside a finding.
_DOUBT_ON_THE_COMPARISON = re.compile(
    r"^There (?:is|remains) (?:\w+ )?(?:uncertainty|doubt) (?:about|regarding|as to|over) the "
    r"(?:relative )?(?:effects?|benefits?|effectiveness) of [^.;]{3,100}? (?:compared (?:with|to)|"
    r"versus|vs\.?|over) ",
    re.I,
)


def still_open(text: str) -> bool:
    """Whether a sentence's first main clause says what is still not known (`_STILL_OPEN`):
    after "Although X, " the main clause is what follows the comma; or the sentence is an
    outlook (`_OUTLOOK`)."""
    if _OUTLOOK.search(text):
        return True
    if _DOUBT_ON_THE_COMPARISON.match(text):
        return False
    m = _STILL_OPEN.search(text)
    if m is None:
        return False
    if re.match(r"(?:Although|While|Whilst)\b", text):
        return True
    return not _CLAUSE_BEFORE.search(text[: m.start()])
