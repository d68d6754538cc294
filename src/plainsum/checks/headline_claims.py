"""What a headline (or any summary sentence) says was found: an effect, a difference or its
absence, a link, how sure; the words the headline checks read a claim by."""

from __future__ import annotations

import re

# What a main result says happened: an effect, a difference, a link.
EFFECT = re.compile(
    r"\b(?:effective|efficacy|improv\w*|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|"
    r"benefit\w*|help\w*|eas\w*|slow\w*|work\w*|better|worse|fewer|more|less|cut|prevent\w*|"
    r"linked|associated|related|caus\w*)\b",
    re.I,
)

# A comparison or change: a headline that has one reports a result, whoever it is about.
COMPARES = re.compile(
    r"\b(?:than|compared|versus|vs|improv\w*|reduc\w*|lower\w*|rais\w*|increas\w*|"
    r"decreas\w*|benefit\w*|help\w*|eas\w*|slow\w*|better|worse|fewer|cut|prevent\w*|linked|"
    r"associated|related|caus\w*|risk)\b",
    re.I,
)

# The question a study asked ("whether it reduces ..."): an effect named there is not found.
QUESTION = re.compile(r"\b(?:whether|if|how)\b.*", re.I)


# What a headline says was found: an effect, a difference or its absence, a link, how sure.
# "high" and "low" inside a compound name a kind of thing ("a low-carbohydrate diet", "high-dose
# steroids"), not a finding.
_CLAIM = re.compile(
    r"\b(?:found|find|finds|showed|shows|shown|suggest\w*|evidence|differ\w*|similar|same|"
    r"unclear|uncertain|unknown|not (?:yet )?(?:known|clear|certain)|did not|does not|do not|no "
    r"(?:\w+ )?(?:effect|benefit|difference|change|link)|higher|lower|(?:high|low)(?!-)|likely|"
    r"risk\w*|"
    r"may|might|can|could|probably|possibly|fell|rose|dropped|changed|gained|lost|"
    # how a case or a patient fared: "recovered from a rare brain infection", "survived"
    r"recovered|survived|healed|resolved|regained|relapsed)\b"
    r"|\bno (?:\w+ ){0,3}?(?:information|trials|studies|data|evidence|literature|reports)\b",
    re.I,
)


def claims(headline: str) -> bool:
    """Whether a headline says something was found, outside the question a study asked."""
    text = QUESTION.sub("", headline)
    return bool(_CLAIM.search(text) or COMPARES.search(text) or EFFECT.search(text))
