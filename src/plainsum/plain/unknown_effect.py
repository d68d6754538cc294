"""What an uncertain or a negative conclusion means for a reader: "This means the effect of X
is not yet clear.", "This means the study did not show that X can reduce Y."

When the authors' conclusion says the effect is not known (the evidence is missing, too weak or
unclear), why it matters may say so in a reader's words, naming what it is about; never for a
conclusion that says which way things went, and never a claim of our own. When their one
conclusion is that the treatment did not do what it was tested for ("Adding X to Y did not
reduce relapses in MS"), it says that in a reader's words, no further (`what_no_effect_means`).
Split out of `relevance` (one idea per module).
"""

from __future__ import annotations

import re

from .lines import Line
from .standalone import plain_enough

__all__ = ["UNKNOWN_EFFECT", "what_it_means", "what_no_effect_means"]

# The authors' conclusion says it is not known whether the thing studied helps: the evidence is
# missing, too weak or unclear ("poorly documented", "not enough evidence", "remain unclear").
UNKNOWN_EFFECT = re.compile(
    r"\b(?:no|not enough|insufficient|little|limited|inadequate|inconclusive|uncertain|unclear|"
    r"weak|very low[- ](?:level|quality|certainty)|low[- ](?:level|quality|certainty))"
    # (a grade in quotes: "'low level' evidence")
    r"['\u2019]?\s+(?:[\w-]+\s+){0,2}(?:evidence|data)\b"
    r"|\bpoorly documented\b|\b(?:remains?|is|are|was|were) (?:still )?(?:unclear|uncertain|"
    r"unknown|not clear|not known)\b|\bno (?:firm|definite|clear) conclusions?\b"
    # "no conclusions can be stated whether or not X improves Y"
    r"|\bno conclusions? (?:can|could|may) (?:yet )?be (?:drawn|made|stated|reached)\b",
    re.I,
)
# Evidence that says which way things went: "good evidence that X did not help" is known.
_KNOWN_EFFECT = re.compile(r"\b(?:good|strong|high|moderate|clear)[- ](?:\w+ )?evidence\b", re.I)


# What the uncertain conclusion is about: "the effect and tolerability of anti-spasticity agents
# in MS is poorly documented" is about anti-spasticity agents.
_EFFECT_OF = re.compile(
    r"(?:\b(?:effects?|efficacy|effectiveness|benefits?)(?: and [\w-]+)? of |\bevidence "
    r"(?:for|on) the use of )"
    r"(?P<what>[a-z][\w-]*(?: [a-z][\w-]*){0,3}?) (?:in|for|on|among|to treat|as)\b"
)


# The question a conclusion says cannot be answered: "no conclusions can be stated whether or
# not occupational therapy improves outcomes in MS patients".
_WHETHER = re.compile(
    r"\bconclusions?\b[^.;]{0,40}?\bwhether (?:or not )?(?P<what>[a-z][^.;,]{8,120}?)\.?$"
)


def what_it_means(
    said: str, sources: tuple[int, ...], topic: str | None, stock: bool = True
) -> Line | None:
    """ "This means it is not yet clear whether X helps": what a conclusion (`said`, the
    headline's) means for a reader when it says the effect is not known, for a section that
    would otherwise have nothing of the paper's; None for any other conclusion (never a claim
    of our own). With no topic of the paper's aim, the conclusion's own "effect of X" names
    it; with neither, the stock "how much this helps" only when `stock`."""
    if not sources or not UNKNOWN_EFFECT.search(said) or _KNOWN_EFFECT.search(said):
        return None
    named = _EFFECT_OF.search(said)
    if named and not (topic and plain_enough(topic)):
        topic = named["what"]
    asked = _WHETHER.search(said)
    if asked and plain_enough(asked["what"]) and not (topic and plain_enough(topic)):
        topic = f"whether {asked['what']}"  # the question the authors say is still open
    if topic and topic.startswith("whether ") and plain_enough(topic):
        return Line(f"This means it is not yet clear {topic}.", sources)
    if topic and plain_enough(topic):
        return Line(f"This means the effect of {topic} is not yet clear.", sources)
    if not stock:
        return None
    return Line("This means it is not yet clear how much this helps people with MS.", sources)


# A conclusion that a treatment did not do what it was tested for, in one clause: "Adding X to Y
# did not reduce relapses in relapsing MS". Its subject is what was tested (no pointer, no
# clause of its own); the verb is one of an effect on an outcome.
_DID_NOT = re.compile(
    r"^(?P<subject>(?!(?:This|These|That|Those|It|They|There|We|Our|The (?:study|trial|"
    r"review|results?|findings?|data|authors?|drugs?|treatments?|interventions?|therap(?:y|ies)|"
    r"supplements?|medicines?|programm?es?)\b)\b)[A-Z][\w' -]{2,80}?) did not "
    r"(?P<verb>reduce|lower|improve|slow|prevent|delay|shorten|ease|relieve|decrease|increase|"
    r"raise|change|affect|alter|help|protect against|speed up|extend|prolong)\b"
    r"(?P<rest>[^;:,()]{3,100})\.?$"
)
# What was measured is no treatment: "Disability scores did not change over the study".
_MEASURED = re.compile(r"\b(?:scores?|rates?|levels?|counts?|volumes?|outcomes?|symptoms|values)$")
# A conclusion with a second claim or a limit beside it is left as the authors said it.
_QUALIFIED = re.compile(
    r"\b(?:but|although|though|however|whereas|while|except|only|yet|unless|nor|and did not|"
    r"compared (?:with|to)|versus|than)\b",
    re.I,
)


def what_no_effect_means(said: str, sources: tuple[int, ...], kind: str = "") -> Line | None:
    """ "This means the study did not show that X can reduce Y": what the authors' one
    conclusion that a treatment did not do what it was tested for (`_DID_NOT`) means for a
    reader, linked to that conclusion; None for any other conclusion, one qualified or
    compared with something (`_QUALIFIED`), or one whose subject is too hard to read."""
    text = " ".join(said.split())
    m = _DID_NOT.match(text)
    if not sources or m is None or _QUALIFIED.search(text):
        return None
    subject = m["subject"].strip()
    if _MEASURED.search(subject) or not plain_enough(subject):
        return None
    named = sum(w[:1].isupper() for w in subject.split()) > 1  # "Tai Chi", a name
    if not named and not (len(subject) > 1 and subject[1].isupper()):  # "MRI", "BTK ..." too
        subject = subject[0].lower() + subject[1:]
    found = kind or "study"
    rest = m["rest"].rstrip(". ")
    said_so = f"This means the {found} did not show that {subject} can {m['verb']}{rest}."
    return Line(said_so, sources)
