"""A hedging frame said as the claim's own hedge: "These data suggest that X promotes Y" -> "X may
promote Y".

"Suggest that" and "indicate that" offer the claim as likely, which is what "may" says: the
claim keeps the authors' strength, no stronger. Only a claim in the present tense whose subject
is a short noun phrase followed at once by its verb ("X promotes", "X and Y are", "X does not
reduce"); a past tense ("X reduced"), a verb this module does not know, or a clause that
already hedges is left to the sentence whole.
"""

from __future__ import annotations

import re

# Present-tense verbs of findings, third person singular, with their base forms.
_VERBS = (
    "reduce increase improve lower raise prevent promote regulate inhibit activate mediate "
    "modulate enhance impair induce determine restore contribute alter facilitate stimulate "
    "suppress protect worsen affect cause drive control limit block help slow delay predict "
    "play represent provide confer underlie exacerbate trigger shape influence support offer "
    "depend require target disrupt maintain accelerate attenuate lead act"
).split()
_THIRD = {
    (v[:-1] + "ies" if v.endswith("y") and v not in ("play",) else v + "s"): v for v in _VERBS
}
_THIRD["underlies"] = "underlie"
_BE_HAVE = {"is": "be", "are": "be", "has": "have", "have": "have"}
# What may stand before the verb: a short noun phrase, no clause, no verb, no comma.
_KNOWN = "|".join(sorted({*_VERBS, *_THIRD, *_BE_HAVE, "does", "do"}, key=len, reverse=True))
_SUBJECT = re.compile(
    r"^(?P<subject>(?!(?:it|this|that|these|those|they|there)\b)[\w'()/-]+(?: [\w'()/-]+){0,7}?) "
    rf"(?P<verb>{_KNOWN})(?P<neg> not)?\b",
)
_NOT_IN_SUBJECT = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|while|if|because|is|are|was|were|be|been|has|"
    r"have|had|do|does|did|may|might|can|could|will|would|should|must|not|no)\b",
    re.I,
)


# "there is", "there are" before what there is: "there may be"; never "there is not" (a
# negation is left whole rather than guessed), "there was" (a past tense) or how much evidence
# there is.
_THERE = re.compile(
    r"^([Tt]here) (?:is|are)( now| currently| still)?(?! not\b)(?=\s)"
    # never how much evidence there is: "there may be no evidence" hedges what is no claim
    r"(?!(?: [\w-]+){0,4} (?:evidence|data)\b)"
)


def with_may(clause: str) -> str | None:
    """The clause with "may" before its present-tense verb ("X promotes Y" -> "X may promote
    Y", "X does not reduce Y" -> "X may not reduce Y", "X is Y" -> "X may be Y"), or None
    when its subject and verb cannot be told for sure."""
    there = _THERE.match(clause)
    if there:  # "there are no benefits of X" -> "there may be no benefits of X"
        return f"{there[1]} may{there[2] or ''} be{clause[there.end() :]}"
    m = _SUBJECT.match(clause)
    if not m or _NOT_IN_SUBJECT.search(m["subject"]) or "," in m["subject"]:
        return None
    verb = m["verb"].lower()
    rest = clause[m.end() :]
    subject = m["subject"]
    if verb in ("does", "do") and m["neg"]:
        follow = re.match(r" ([a-z]+)\b", rest)
        if not follow or follow[1] not in _VERBS:
            return None
        return f"{subject} may not{rest}"
    if m["neg"]:
        return None  # "X is not Y": left whole rather than guessed
    base = _BE_HAVE.get(verb) or _THIRD.get(verb)
    if base is None and verb in _VERBS and not _singular(subject):
        base = verb  # "these cells promote": a plural subject takes the base form
    if base is None:
        return None
    return f"{subject} may {base}{rest}"


def _singular(subject: str) -> bool:
    """Whether a subject reads as singular (its last word does not end in "s")."""
    last = subject.split()[-1].lower()
    return not last.endswith("s") or last.endswith(("ss", "us", "is"))
