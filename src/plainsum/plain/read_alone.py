"""A sentence read alone, as a headline is, that points at something only the paper's sentence
before it named: "whether other perineal techniques help" (other than which?), "similar for both
routes of giving it" (which two?), "no trials of this procedure" (which?), "for the same
intervals" (as what?), "bacteria with the sequence turned round" (which sequence?).

A body sentence has the lines before it; a headline has nothing. Each shape here is read only
where the sentence itself names nothing before the pointer that it could point at: "Olanzapine
may help more than other drugs", "X and Y both improved pain", "Chlorpromazine ... this drug"
and "the same dose as before" stand alone.
"""

from __future__ import annotations

import re

__all__ = ["points_outside"]

# Words that name no thing a pointer could stand for: the grammar of a finding, and the words
# any paper uses for itself, its people and its results.
_EMPTY = frozenset(
    """a an the of in on at for to with by from and or but as that which who whom whose if whether
    than then there here it its this these those their they is are was were be been being has
    have had do does did not no nor little any all some more most less few many much enough
    may might can could would should will shall must also only just still yet so too very
    show shows showed shown find finds found suggest suggests suggested remain remains remained
    unknown unclear known clear uncertain evidence data result results finding findings review
    reviews study studies trial trials analysis analyses authors researchers research paper
    people patients participants persons adults children women men whether overall similar
    similarly compared when while during after before between among about""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")

# "other perineal techniques", "other interstitial lung diseases" ("each other", "the other
# hand", "other than X" set apart what they name)
_OTHER = re.compile(r"(?<!\beach )(?<!\bthe )\bother\b(?! than\b| hand\b)", re.I)
# "both routes of giving it", "both ultrasound types", "between both groups" ("both A and B"
# names its two; "both to a similar degree" stands for two named before it)
_BOTH = re.compile(
    r"\bboth (?P<rest>(?:[\w-]+ ){0,2}?[a-z][\w-]*s)\b(?![^,;.]*?\b(?:and|or)\b)"
    # (a body's natural pairs: "both legs", "both parents", "both sexes")
    r"(?<!\blegs)(?<!\barms)(?<!\beyes)(?<!\bears)(?<!\bhands)(?<!\bfeet)(?<!\bsides)"
    r"(?<!\bparents)(?<!\bsexes)(?<!\bkidneys)(?<!\blungs)(?<!\bknees)(?<!\bhips)",
    re.I,
)
_NAMES_TWO = re.compile(r"\b(?:and|or|versus|vs|with|than|compared)\b", re.I)
# "this procedure", "these devices": a thing, not the paper itself ("this review", "this
# randomised trial", "this update")
_THIS = re.compile(r"\b(?:this|these) (?P<words>[a-z][\w-]*(?: [a-z][\w-]*){0,2})", re.I)
_OWN = frozenset(
    """review reviews study studies trial trials analysis analyses meta-analysis update updates
    summary paper work
    research article report survey series cohort population setting context time way age
    stage point regard respect""".split()
)
# "for the same intervals", "the same outcome" ("the same as", "the same X as Y" say as what;
# "at the same time" is when)
_SAME = re.compile(r"\bthe same (?P<noun>(?!time\b|as\b)[a-z][\w-]*)\b(?![^;]*\bas\b)", re.I)
# "the sequence" of a gene or a strain the sentence never named ("the sequence in which the
# drugs were given" says which)
_SEQUENCE = re.compile(r"\bthe sequence\b(?! (?:of|in which|that|which)\b)", re.I)


def _named_before(text: str, at: int) -> bool:
    """Whether `text` names a thing before position `at` (a word that is not `_EMPTY`)."""
    return any(w.lower() not in _EMPTY for w in _WORD.findall(text[:at]))


def _stems(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(text)}


def points_outside(text: str) -> bool:
    """Whether `text`, read alone, points at something it never names (see the module
    docstring): "other X" or "this X" with nothing named before it, "both Xs" with no two
    things set side by side before it, "the same X" as nothing, "the sequence" never named."""
    m = _OTHER.search(text)
    if m and not _named_before(text, m.start()):
        return True
    m = _BOTH.search(text)
    if m and not _NAMES_TWO.search(text[: m.start()]):
        return True
    for m in _THIS.finditer(text):
        words = m["words"].lower().split()
        if any(w in _OWN for w in words) or words[0] in _EMPTY:
            continue
        if not _named_before(text, m.start()):
            return True
    m = _SAME.search(text)
    if m and m["noun"].lower().rstrip("s") not in _stems(text[: m.start()]):
        return True
    return bool(_SEQUENCE.search(text))
