"""Whether a cut form of a sentence drops what its finding was set against.

"Methotrexate probably leads to a slight increase in control of inflammation, compared to
mycophenolate at six months": cut before ", compared to ...", the headline reads as a gain
against nothing, when it was a gain against another drug. A cut may drop a tail only when the
rest is still true: the comparison the kept claim is made against (the sentence's first, after
where the claim starts) stays, unless it is a control (placebo, sham, no treatment, usual
care), which a headline may leave unsaid (`shorten.controls`). A later comparison, of a second
claim the cut left out ("..., when compared with no therapy, as well as for reducing anxiety
when compared with education"), goes with its claim.
"""

from __future__ import annotations

import re

# How a claim names what it is set against, and the first words of what that is.
_AGAINST = re.compile(
    r"(?<![\w-])(?:compared (?:with|to)|in comparison (?:with|to)|relative to|versus|vs\.?|"
    r"(?<!rather )(?<!other )than)\s+(?:those |that |people |participants |patients )?"
    r"(?:(?:in|on|with|given|taking|receiving|treated with) )?(?:the |a |an )?"
    r"(?P<what>[\w][\w/-]*)",
    re.I,
)
# What needs no saying: a control, a number ("more than 50%"), a time or what was expected.
_CONTROL = re.compile(
    r"^(?:placebo\w*|sham|dummy|usual|standard|no|none|nothing|minimal|little|control\w*|"
    r"untreated|baseline|before|beforehand|previously|expected|normal|healthy|\d[\w.%]*|a|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|half|twice|once|other|"
    r"others|chance|ever|earlier|later|under|over|about|around|nearly|almost|approximately)$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][\w-]{3,}")


def _claim_start(sentence: str, form: str) -> int:
    """Where in `sentence` the claim `form` keeps starts: at the first word of four letters
    or more of `form` that the sentence holds (0 when none does)."""
    for w in _WORD.findall(form)[:6]:
        m = re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence, re.I)
        if m is not None:
            return m.start()
    return 0


def drops_comparator(sentence: str, form: str) -> bool:
    """Whether `form`, cut from `sentence`, leaves out the active comparison its claim was made
    against: the sentence's first comparison at or after where the claim starts (or one that
    opens the sentence, "Compared with X, Y ..."), when `form` names none of what it was set
    against and it is no control."""
    start = _claim_start(sentence, form)
    found = [m for m in _AGAINST.finditer(sentence) if m.start() >= start or m.start() == 0]
    if not found:
        return False
    first = found[0]
    what = first["what"]
    if _CONTROL.match(what):
        return False
    return re.search(rf"(?<![\w-]){re.escape(what)}(?![\w-])", form, re.I) is None
