"""Two long conclusion shapes said short with the same claim: "no evidence to support or refute X
for Y" and "the absolute and comparative effects of X remain unclear"."""

from __future__ import annotations

import re

# What a treatment is used "to" do in a "support or refute" conclusion.
_PURPOSE_VERBS = (
    "prevent|treat|reduce|improve|relieve|ease|manage|lower|increase|slow|delay|help|stop|shorten"
)
# "There is not enough evidence (from good trials) to support or refute the use of X for Y":
# no evidence either way. Said short as "No good evidence shows whether using X works
# for Y" ("using X" is singular whatever X is) when X and Y are plain noun phrases (no comma, no
# verb, no list): the claim is the same.
_EITHER_WAY = re.compile(
    r"^There (?:is|was|are|were)(?: currently| still| at present| now)? "
    r"(?:not enough|no|little(?: or| to)? no|little|insufficient|inadequate|no reliable|"
    r"no good|very low[- ](?:level|quality|certainty)|low[- ](?:level|quality|certainty)) "
    r"(?:[\w-]+ ){0,2}?evidence (?:(?:from|in) (?:[\w-]+ ){1,6}?)?"
    r"to (?:either )?(?:support or refute|support or reject|support or oppose|"
    r"refute or support|recommend or discourage|recommend for or against) "
    r"(?:the (?:routine )?use (?:and (?:type|timing|dose) )?of |using )?"
    r"(?P<x>[\w'/()-]+(?: [\w'/()-]+){0,5}?) "
    r"(?P<link>for (?:the )?(?:treatment|prevention|management) of|for treating|for preventing|"
    rf"for|in|to (?P<verb>{_PURPOSE_VERBS}|speed up)) "
    r"(?P<y>[^,;:]+)$",
    re.I,
)
_X_NOT_A_NOUN = re.compile(r"\b(?:and|or|as|with|versus|vs)\b", re.I)
# A clause, not a noun phrase ("falls" alone may be a noun: a guess at verbs would refuse it).
_A_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|is|are|was|were|be|been|has|have|had|do|does|did|may|might|"
    r"can|could|will|would|should|must|not|no|but|if|when|whether)\b",
    re.I,
)
_SECOND_VERB = re.compile(rf"(?P<conj>or|and) (?P<verb>{_PURPOSE_VERBS})\b", re.I)
_LINK_VERB = {"treatment": "treats", "prevention": "prevents", "management": "helps manage"}


def _agrees(verb: str) -> str:
    """The verb as it agrees with "using X": prevent -> prevents, ease -> eases."""
    verb = verb.lower()
    if verb == "speed up":
        return "speeds up"
    return verb + ("es" if verb.endswith(("sh", "ch", "x", "s")) else "s")


def either_way(text: str) -> tuple[str, str] | None:
    """ "No good evidence shows whether using X works for Y" from a long "no evidence to
    support or refute" conclusion, with what must stay (X and Y), or None when X or Y is not a
    plain noun phrase (a list cut in two, a clause)."""
    m = _EITHER_WAY.match(text)
    if not m:
        return None
    x, y, link = m["x"], m["y"].strip(), m["link"].lower()
    keep = f"{x} {y}"
    if _X_NOT_A_NOUN.search(x) or _A_CLAUSE.search(f"{x} {y}") or len(y.split()) > 8:
        return None
    if re.search(r"\b(?:and|or)\b", y) and not re.search(r"\b(?:with|in|of)\b", y):
        return None  # "for pain and sleep" may be two claims: keep the sentence whole
    if m["verb"]:
        second = _SECOND_VERB.match(y)  # "prevent or treat Y": both verbs agree with X
        if second:
            y = f"{second['conj']} {_agrees(second['verb'])}{y[second.end() :]}"
        said = f"{x} {_agrees(m['verb'])} {y}"
    elif link.endswith(" of"):
        said = f"{x} {_LINK_VERB[link.split()[-2]]} {y}"
    elif link in ("for treating", "for preventing"):
        said = f"{x} {'treats' if link.endswith('treating') else 'prevents'} {y}"
    else:
        said = f"{x} works {link} {y}"
    return f"No good evidence shows whether using {said}", keep


# "The absolute and comparative effects and tolerability of X in Y remain unclear" (or "are
# poorly documented"): said short as "The effects of X in Y remain unclear". What is dropped is a
# part of what is unclear, so the shorter claim is as true; the rest keeps every word of meaning.
_EFFECT_UNCLEAR = re.compile(
    r"^The (?:absolute and comparative |comparative |relative |overall )?"
    r"(?P<what>effects?|benefits?)(?: and (?:tolerability|safety|harms|side effects|"
    r"unwanted events|harmful effects))? "
    r"(?P<rest>(?:of|on) [^,;]+?) (?P<verb>is|are|remains?|remained)(?: still)? "
    r"(?:poorly documented|unclear|uncertain|not clear|not known|unknown)$",
    re.I,
)


def effect_unclear(text: str) -> tuple[str, str] | None:
    """ "The effects of X on Y remain unclear" from a longer sentence of that shape, with what
    must stay, or None."""
    m = _EFFECT_UNCLEAR.match(text)
    if not m or _A_CLAUSE.search(m["rest"]):
        return None
    what, many = m["what"].lower(), m["what"].lower().endswith("s")
    if m["verb"].lower().startswith("remain"):
        verb = "remain" if many else "remains"
    else:
        verb = "are" if many else "is"
    return f"The {what} {m['rest']} {verb} unclear", m["rest"]
