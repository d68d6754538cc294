"""Naming MS, or the condition a study of people is about, in a headline that does not name it."""

from __future__ import annotations

import re
from dataclasses import replace

from ...caseless import lowered
from ...schemas import StudyDesign
from ...word_start import word_char
from .choose import NO_NEWS
from .record import Headline
from .weighed import head_words

_NAMES_MS = re.compile(r"\bMS\b|multiple sclerosis|\bCIS\b|demyelinat", re.I)
_NAMES_PEOPLE = re.compile(r"\b(?:people|patients|persons|participants)\b", re.I)
_ENDS_IN_PLACE = re.compile(
    r"\b(?:in|among|for) (?:\w+ ){0,2}(?:people|patients|persons|adults|children|women|men|"
    r"mice|rats|animals|cells|fish|flies|worms|monkeys)\b[^,;]*$",
    re.I,
)
# Whose result a headline gives when they are not the people with MS: their babies, their carers,
# healthy people compared with them ("Infants exposed in the first trimester had lower B-cell
# counts at birth" is no finding "in people with MS": the lead's hand-written u8).
_OTHERS = re.compile(
    r"\b(?:infants?|bab(?:y|ies)|newborns?|neonates?|f(?:o)?etus(?:es)?|offspring|caregivers?|"
    r"carers?|partners?|spouses?|family members|relatives|siblings|healthy (?:controls|"
    r"volunteers|people|adults))\b",
    re.I,
)
_THE_DISEASE = re.compile(r"\b(of|with) the disease\b(?![\w-])(?! (?:course|activity|duration))")
IN_PEOPLE_DESIGNS = (
    StudyDesign.REVIEW,
    StudyDesign.TRIAL,
    StudyDesign.OBSERVATIONAL,
    StudyDesign.NARRATIVE_REVIEW,
)
MAX_NAMED_WORDS = 20  # a headline this long is not made longer
HEADLINE_WORDS = 16  # a headline's length: a shorter form of it is named when it fits there


def name_ms(head: Headline, design: StudyDesign, ms_source: int | None) -> Headline:
    """A headline of a study of people with MS that never names MS, with "in people with MS"
    (or "in MS" after "people" or "patients") at its end, linked to `ms_source`: the sentence
    of the paper's aim that names MS (the caller passes None when the aim does not, as in a
    review of many conditions of which MS is one). A template, a headline that already says
    whom it is about, or one that is long is left as it is."""
    text = head.text
    if (
        ms_source is None
        or head.from_template
        or design not in IN_PEOPLE_DESIGNS
        or _NAMES_MS.search(text)
        or _OTHERS.search(text)
    ):
        return head
    sources = tuple(dict.fromkeys((*head.sources, ms_source)))
    the_disease = _THE_DISEASE.search(text)
    if the_disease:  # "progression of the disease": in a study of MS, the disease is MS
        named = f"{text[: the_disease.start()]}{the_disease[1]} MS{text[the_disease.end() :]}"
        return replace(head, text=named, sources=sources, shorter=())
    if _ENDS_IN_PLACE.search(text):
        return head
    # the sentence's own form, else its longest shorter form, that has room for the place
    for form in (text, *head.shorter):
        tail = " in MS" if _NAMES_PEOPLE.search(form) else " in people with MS"
        if _ENDS_IN_PLACE.search(form) or _NAMES_MS.search(form):
            continue
        if head_words(form) + len(tail.split()) <= HEADLINE_WORDS:
            return replace(head, text=form + tail, sources=sources, shorter=())
    if head_words(text) > MAX_NAMED_WORDS - 3:
        return head
    tail = " in MS" if _NAMES_PEOPLE.search(text) else " in people with MS"
    return replace(head, text=text + tail, sources=sources, shorter=())


# The people a headline ends on: "with X" follows them ("in a subset of patients with migraine").
_ENDS_IN_PEOPLE = re.compile(
    r"\b(?:people|patients|persons|adults|children|women|men|participants|individuals)$", re.I
)
_WHO = (
    r"(?:people|patients|persons|adults|children|women|men|individuals|participants|infants|"
    r"babies|those|sufferers)"
)


# A word between "with" and the condition's name that says its kind ("with severe asthma"),
# never a verb, an article or a negation ("who had received a Covid-19 vaccine", "with no
# history of stroke": not what they had).
_ITS_KIND = r"(?!(?:a|an|the|no|not|any|been|received|taken|given|had|got)\b)(?![\w-]+ed\b)[\w'-]+"


def has_it(name: str, paper: list[str]) -> bool:
    """Whether the paper says its people have the condition `name`: "adults with acute
    ischaemic stroke", "migraine patients", or its first sentence is about the condition
    ("Migraine is a common disorder ..."); never a condition it names only as what was
    prevented or measured ("aspirin to prevent pre-eclampsia")."""
    n = re.escape(name)
    first = re.match(rf"{n} (?:is|are|affects?)\b", paper[0], re.I) if paper else None
    return bool(first) or any(_has_it_in(name, text) for text in paper)


# What says people have a condition, up to its name: `has_it`'s pattern without the name (its
# first branch ends on the name), compiled once rather than once a paper (2 ms).
_HAD = (
    rf"\b{_WHO} (?:[\w-]+ ){{0,2}}?(?:with|who (?:have|had)|living with|suffering from|"
    rf"diagnosed with) (?:{_ITS_KIND} ){{0,2}}?"
)
_HAD_BEFORE = re.compile(_HAD + r"\Z", re.I)
_ITS_PATIENTS = (" patients", " sufferers")


def _has_it_in(name: str, text: str) -> bool:
    """Whether `text` says people have the condition `name`: a search of the pattern
    `_HAD + name + \\b | \\b + name + " patients" / " sufferers" + \\b` (case ignored), made at
    each place the name stands: `_HAD_BEFORE` asked to end where it starts (what it looks ahead
    at stays before the name: each of its words is followed by a space), or its patients named
    after it. A text or name with a letter outside ASCII is searched with the pattern itself."""
    low = lowered(text)
    if low is None or not name.isascii():
        n = re.escape(name)
        pattern = rf"{_HAD}{n}\b|\b{n} (?:patients|sufferers)\b"
        return re.search(pattern, text, re.I) is not None
    key = name.lower()
    at = low.find(key)
    while at >= 0:
        end = at + len(key)
        if _boundary(low, end) and _HAD_BEFORE.search(text, 0, at):
            return True
        if _boundary(low, at) and any(
            low.startswith(tail, end) and _boundary(low, end + len(tail)) for tail in _ITS_PATIENTS
        ):
            return True
        at = low.find(key, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether the regex engine's `\\b` holds at `at` in `text`."""
    before = 0 < at <= len(text) and word_char(text[at - 1])
    return before != (at < len(text) and word_char(text[at]))


# Episodes of a condition named by no condition ("can trigger attacks"): the condition's one-word
# name before them says whose ("migraine attacks", "gout flares").
# (after a verb, a determiner or an adjective of how many or how bad, never after a noun:
# "heart attacks" are no attacks of stroke)
_EPISODES = re.compile(
    r"\b(?:trigger(?:s|ed)?|cause[sd]?|prevent(?:s|ed)?|reduce[sd]?|fewer|more|less|of|the|"
    r"their|any|had|have|has|against|during|after|before|frequent|severe|mild|new|future|"
    r"recurrent|acute|and|or) (?P<at>attacks|flares)\b",
    re.I,
)


def name_condition(
    head: Headline, design: StudyDesign, name: str, source: int, paper: list[str]
) -> Headline:
    """A headline of a study of people with a condition other than MS that never names it,
    with "with X" after the people it ends on ("in a subset of patients with migraine"), else
    X before the attacks or flares it names ("migraine attacks", a one-word name only), linked
    to `source`, the sentence that names the condition as what the paper studied; only where
    the paper says its people have it (`has_it`). Never "in people with X" added after another
    phrase ("... the conclusions of the review in people with eczema" reads as if the review
    had eczema), never to a template or a long headline."""
    text = head.text
    last = name.split()[-1]
    if head.from_template and NO_NEWS.search(text):
        # "A review reports its findings" says there is news but not of what: the condition the
        # paper studied names it ("A review looked at tardive dyskinesia")
        sources = tuple(dict.fromkeys((*head.sources, source)))
        return replace(head, text=NO_NEWS.sub(f" looked at {name}", text), sources=sources)
    if (
        head.from_template
        or design not in IN_PEOPLE_DESIGNS
        or re.search(rf"\b{re.escape(last)}", text, re.I)
        or not has_it(name, paper)
    ):
        return head
    sources = tuple(dict.fromkeys((*head.sources, source)))
    tail = f" with {name}"
    if _ENDS_IN_PEOPLE.search(text) and head_words(text) + len(tail.split()) <= MAX_NAMED_WORDS:
        return replace(head, text=text + tail, sources=sources, shorter=())
    episodes = list(_EPISODES.finditer(text))
    if len(name.split()) == 1 and len(episodes) == 1:
        at = episodes[0].start("at")
        return replace(head, text=f"{text[:at]}{name} {text[at:]}", sources=sources, shorter=())
    return head
