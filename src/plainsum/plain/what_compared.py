"""What a review's trials compared, said in one whole sentence when the body never says it.

A review body that names the treatment but not what it was set against ("Statins had uncertain
effects on stroke", with no word of the placebo) leaves its results without meaning. Where the
paper says what its trials compared (its selection criteria: "Randomised trials comparing X with
placebo or no treatment in adults with Y"; its count: "Seven trials with 422 people that compared
X with Y"), the body says it: "The review looked for trials that compared X with placebo or no
treatment." Only when both sides are short plain noun phrases, the sentence says it of the
review's trials as a whole (never "One trial compared ..."), and the body does not already name
what the treatment was compared with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .number_words import count_value
from .numbers import COUNT, drop_brackets
from .results import DIRECTION
from .sentences import Role
from .simplify import PlainSentence, strip_label
from .source import SourceSentence

__all__ = ["COMPARED_FRAME", "compared_in_review", "names_comparison"]

COMPARED_FRAME = "The review looked for trials that compared"

_WORD = r"[\w'’/+-]+"
# A thing compared: a short noun phrase, never a clause ("X, which was ...")
_SIDE = rf"{_WORD}(?: {_WORD}){{0,5}}?"
# the other side may list two or three ("placebo or no treatment", "placebo, no treatment or
# usual care")
_OTHER = rf"{_SIDE}(?:(?:,| or| and/or)(?: either)? {_SIDE}){{0,3}}?"
# Where a side ends: the sentence's end, a comma or bracket, or whom, how long or where
_END = (
    r"(?=\s*[,;.:(]|\s*$|\s(?:in|for|among|over|during|at|after|before|on|as|to (?!\w+ing\b)|"
    r"that|which|who|where|when|by|from|following|given|aimed|and (?=\w+ing\b))\b)"
)
# "Randomised trials comparing X with Y", "RCTs of X versus Y", "We included all trials that
# compared X with Y", "... trials in which X was compared with Y" is left out (passive, rarer)
_TRIALS_COMPARING = re.compile(
    # (one trial only in a review of one: `compared_in_review`)
    r"\b(?:(?P<what>[Tt]rials|[Ss]tudies|RCTs)|(?P<one>trial|study|RCT))\b(?: \([^()]*\))?"
    rf"(?: (?:of at least|lasting) [^,;.]{{1,30}}?)?"
    r"(?:,? (?:that|which)(?: have| had)?)?"
    rf"(?:(?: with| involving| including) (?:a total of )?[\d,]+ (?:[\w-]+ ){{0,2}}?"
    r"(?:participants|people|patients|women|men|children|adults|infants|babies)"
    r"(?: \([^()]*\))?,?(?: (?:that|which|who))?)?"
    # (compared X with Y; of / evaluating X only with "versus" or "compared with": "evaluated
    # pain with a scale" is how it was measured)
    rf" (?:compar(?:ed|ing) (?P<x>{_SIDE}) (?:with|to|against|versus|vs\.?)"
    rf"|(?:of|evaluat(?:ed|ing)|assess(?:ed|ing)|investigat(?:ed|ing)) (?P<x2>{_SIDE}) "
    r"(?:compared (?:with|to)|versus|vs\.?|against))"
    rf" (?P<y>{_OTHER}){_END}",
)
# "Randomised, placebo-controlled trials of zinc supplements given ...": the trials compared the
# treatment with placebo
_PLACEBO_CONTROLLED = re.compile(
    rf"\bplacebo-controlled (?:[\w-]+ ){{0,2}}?(?:trials|studies|RCTs) of (?P<x>{_SIDE}){_END}"
)
# a treatment said with how it was used, cut before the rest ("cooling vests worn [for ...]")
_PARTICIPLE_END = re.compile(r"(?:ed|worn|given|taken|done|made|put)$", re.I)
# A review's stated aim that names both sides: "To compare X with Y ...", "To assess the effects
# of X compared to Y ...", "To evaluate the benefits and harms of X versus Y ..."
_MEASURES = r"(?:[\w-]+(?:,| and| or)? ){1,6}?(?:\([^()]*\) )?of "
_AIM_COMPARING = re.compile(
    r"^(?:The (?:main )?objectives? (?:of this review )?(?:was|were|is) )?[Tt]o "
    rf"(?:compare (?:the {_MEASURES})?(?P<x>{_SIDE}) (?:with|to|versus|vs\.?)"
    rf"|(?:assess|evaluate|determine|investigate|examine|review) the {_MEASURES}(?P<x2>{_SIDE}) "
    r"(?:(?:when )?compared (?:with|to)|versus|vs\.?))"
    rf" (?P<y>{_OTHER}){_END}",
)
# Sides that are no thing compared: a pointer back, a measure, a result, a group, a clause.
_NOT_A_SIDE = re.compile(
    r"^(?:the|these|this|those|such|them|it|its|their|each|both|two|three|all|one)\b"
    r"|\b(?:effects?|efficacy|effectiveness|outcomes?|results?|groups?|arms?|data|rates?|"
    r"risks?|scores?|levels?|that|which|who|whether|was|were|is|are|had|have|has|been|"
    r"different|various|comparisons?|types?|regimens? of|ways?|methods?|one|another)\b"
    r"|\d",
    re.I,
)
# ... though the comparator may be another of the same ("other treatments", "another
# antibiotic", "any other drug", "a placebo"): only its first word is read so
_OPENS_COMPARATOR = re.compile(r"^(?:an?|any|other|another|either)\s+", re.I)
_ARTICLE = re.compile(r"^an?\s+", re.I)

# Words that name what a treatment was compared with, whatever the treatment.
_GENERIC = frozenset(
    "no any other another either or and with without the a an of to in for alone only usual "
    "standard care treatment treatments therapy therapies intervention interventions control "
    "controls drug drugs same different type types".split()
)


def _side(text: str, comparator: bool) -> str | None:
    """`text` when it names a thing compared, else None."""
    text = text.strip()
    checked = (_OPENS_COMPARATOR if comparator else _ARTICLE).sub("", text)
    if not checked or _NOT_A_SIDE.search(checked) or DIRECTION.search(text):
        return None
    if comparator and _NOT_A_COMPARATOR.search(text):
        return None
    if _OPEN_END.search(text):
        return None  # cut before what it leads to ("or other procedures such [as ...]")
    if not comparator and _JOINED_ON.search(text):
        return None
    return text


# A side that ends on a word that leads on to more: it was cut short.
_OPEN_END = re.compile(
    r"\b(?:such|the|an?|of|and|or|other|any|including|like|either|both|some)$", re.I
)
# A comparator that is the rest of the treatment's own phrase ("estrogens with or without
# progesterone"), or a second comparison run on ("standard care vs standard care").
_NOT_A_COMPARATOR = re.compile(r"^(?:or|and|without|with)\b|\b(?:vs\.?|versus)\b", re.I)
# A treatment side that ends on what it was joined to ("CBT added to standard care vs ..."): the
# comparison word read is the joining one.
_JOINED_ON = re.compile(r"\b(?:added|given|combined|plus|in addition|compared)$", re.I)
# "planned home versus hospital management", "responsive versus scheduled regimens", "surgical
# versus non-operative treatments": the treatment side is a modifier whose noun is said once, at
# the end of the comparator; "compared responsive with scheduled regimens" is broken.
_MODIFIER_END = re.compile(
    r"(?:(?<!hospit)(?<!anim)(?<!materi)(?<!tri)(?<!referr)(?<!remov)(?<!withdraw)al"
    r"|ive|ic|ous|ary|ular|ed|home|hospital|community|outpatient|inpatient|day)$",
    re.I,
)


def _shares_a_noun(x: str, y: str) -> bool:
    """Whether the treatment side `x` is only a modifier of the noun that ends the comparator
    `y` ("planned home" of "hospital management", "off-pump" of "on-pump CABG"), or the
    comparator is a bare modifier itself ("separate" of a noun the sentence says after)."""
    last = y.split()[-1].lower()
    if len(y.split()) == 1 and _ADJECTIVE.search(y):
        return True
    lone = len(x.split()) == 1 and "-" in x
    if lone and len(y.split()) == 1 and "-" in y:
        return True  # "double-bundle versus single-bundle": two modifiers
    return (
        len(y.split()) > 1
        and last not in x.lower().split()
        and (lone or bool(_MODIFIER_END.search(x)))
    )


# a treatment side that says for whom or with what ("brief therapy for people with X"): the
# comparison reads as about them
_WHOM = re.compile(r"\b(?:for|in|with|among|via|using|delivered|given)\b", re.I)
# a comparator run on into the verb after it ("NPH insulin ranged [from ...]")
_VERB_END = re.compile(r"(?<!contr)ed$|\b(?:was|were|is|are|showed|found)$", re.I)
MAX_BUILT_WORDS = 28  # longer, and the sides are clauses the edits have swollen
_ADJECTIVE = re.compile(r"(?:ate|ive|ic|ous|ed|al|ular|ary)$", re.I)
# a side that is a clause or points back ("acupuncture to treat X", "not wearing them"), or a
# verb read as a comparator ("techniques to reduce bleeding")
_CLAUSE = re.compile(
    r"\b(?:to|them|it|this|these|those)\b|^(?:reduce|prevent|treat|improve|increase|decrease|"
    r"promote|relieve|achieve)\b",
    re.I,
)


def compared_in_review(
    sentences: list[SourceSentence],
    edit: Callable[[str, int], list[PlainSentence]],
    headed: bool = True,
    total: int | None = None,
) -> PlainSentence | None:
    """What a review's trials compared, as "The review looked for trials that compared X with
    Y." edited as the paper's sentences are (`edit`: the drafter's plain edits of a sentence
    built from the sentence at an index); from the first sentence of its methods or results
    that says it of its trials as a whole (`headed`: whether the abstract has headings; `total`:
    how many studies the review included, when it says). None when no sentence names both sides
    plainly, or the edits would split or break it."""
    # (an abstract without headings has only guessed roles: its opening may say it)
    roles = (Role.METHODS, Role.RESULTS, Role.AIM) + (() if headed else (Role.BACKGROUND,))
    for s in sentences:
        if s.role not in roles:
            continue
        text = drop_brackets(strip_label(s.text))
        m = _AIM_COMPARING.match(text) if s.role == Role.AIM else None
        placebo = _PLACEBO_CONTROLLED.search(text) if s.role == Role.METHODS else None
        if m is None and placebo is not None:
            x = _side(placebo["x"], False)
            if x and not (_CLAUSE.search(x) or _WHOM.search(x) or _PARTICIPLE_END.search(x)):
                edited = edit(f"{COMPARED_FRAME} {x} with placebo.", s.index)
                if len(edited) == 1 and edited[0].text.startswith(COMPARED_FRAME):
                    return edited[0]
            continue
        if m is None:
            m = _TRIALS_COMPARING.search(text)
            if m is None:
                continue
            if (total != 1) if m["one"] else _a_part(text[: m.start()], total):
                continue  # some of the review's trials, or one trial of several
        x, y = _side(m["x"] or m["x2"], False), _side(m["y"], True)
        if x is None or y is None or x.lower() == y.lower() or _shares_a_noun(x, y):
            continue
        if _CLAUSE.search(x) or _CLAUSE.search(y) or _WHOM.search(x) or _VERB_END.search(y):
            continue
        if " with " in f" {y} ":
            continue  # "X with Y with Z": which "with" compares cannot be told
        edited = edit(f"{COMPARED_FRAME} {x} with {y}.", s.index)
        if len(edited) != 1 or not edited[0].text.startswith(COMPARED_FRAME):
            continue
        if len(edited[0].text.split()) > MAX_BUILT_WORDS:
            continue
        if _PREPOSITION_FIRST.match(edited[0].text[len(COMPARED_FRAME) :]):
            continue  # an edit made the treatment a phrase ("compared on the skin or oral ...")
        return edited[0]
    return None


# "Two trials compared ...", "Eight of the studies compared ...": a count of some of the
# review's trials, read just before the noun ("All three trials", "seven randomised trials" in a
# review of seven are all of them); "the other trials", "the remaining studies": a part.
_COUNTED = re.compile(
    rf"(?:^|\b)(?P<all>all (?:the |of the )?)?(?P<n>{COUNT}) (?:of the |of these )?"
    r"(?:[\w-]+ ){0,2}$",
    re.I,
)
_A_PART = re.compile(
    r"\b(?:one|single|another|other|remaining|second|third|some|several|most|many|few)\s+"
    r"(?:[\w-]+ )?$",
    re.I,
)


def _a_part(before: str, total: int | None) -> bool:
    """Whether the words `before` the trials' noun make them some of the review's trials, not
    all of them."""
    if _A_PART.search(before):
        return True
    m = _COUNTED.search(before)
    if m is None or m["all"]:
        return False
    return total is None or count_value(m["n"]) != total


_PREPOSITION_FIRST = re.compile(r"^ (?:on|in|by|at|to|for|with|of|from|into|under)\b", re.I)


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)}


def names_comparison(built: str, body: str) -> bool:
    """Whether `body` already names what the built sentence's treatment was compared with: it
    sets a result against something ("compared with", "versus", "than in the control group"),
    or holds a word of the comparator that is no word for any comparator ("placebo", "dummy",
    "prednisolone"), or the whole comparator ("no treatment", "usual care")."""
    m = re.search(r" compared .+? with (.+?)\.$", built)
    if m is None:
        return True
    other = m[1]
    low = body.lower()
    if _SAYS_A_COMPARISON.search(body):
        return True  # the body sets its results against something already
    # each comparator of a list ("placebo or usual care"), whole
    if any(side.strip() and side.strip() in low for side in _LISTED.split(other.lower())):
        return True
    # (never a word of the treatment itself: "anticonvulsants with placebo or no anticonvulsant")
    treatment = re.search(r" compared (.+?) with ", built)
    own = _words(other) - _GENERIC - (_words(treatment[1]) if treatment else set())
    said = _words(body)
    if said & _INACTIVE:  # a placebo said as "a dummy treatment" is the placebo named
        said |= _INACTIVE
    return bool(own & said) or (not own and bool(_SAYS_AGAINST.search(body)))


# "compared with no training", "Drug A versus placebo:", "than in the control group"
_SAYS_A_COMPARISON = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?)\b|\bthan (?:with |in |the |those |people |for )",
    re.I,
)
_LISTED = re.compile(r",\s*(?:or\s+)?|\s+or\s+|\s+and/or\s+")
# the words an inactive comparator is said in, as the paper or the glossary says it
_INACTIVE = frozenset({"placebo", "dummy", "sham"})


# A body that already says its treatment was set against something general ("compared with no
# treatment", "than usual care").
_SAYS_AGAINST = re.compile(
    r"\b(?:compared (?:with|to)|versus|than|against) (?:no |usual |standard |other |another )",
    re.I,
)
