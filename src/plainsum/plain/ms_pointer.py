"""Who "these persons" are, when the authors said so one sentence before: people with MS.

An MS review's conclusions often run "X can improve the experience of people with MS. Regular
assessment of these persons for rehab is advised." The second sentence is the authors' advice,
the very thing why it matters is for, but alone it points at nobody. When the conclusion just
before it names people with MS (and no other group), "these persons" (patients, people,
individuals) stands for them, and is said so; nothing else in the sentence changes.

When the sentence before ends on the people it is about, named by what they take or have ("...
testing in people who take natalizumab for more than two years", "... in people with MS treated
with fingolimod"), "these patients" in the next is those people, said in the same words. When it
names people with MS narrowed down that way anywhere else, "these patients" is left as it is:
never "people with MS" for only those on one drug.
"""

from __future__ import annotations

import re

from .simplify import PlainSentence, measured
from .standalone import leans_back

__all__ = ["with_people_named", "with_treatment_named"]

# "these persons", "such patients": a pointer to the people of the sentence before.
_POINTER = re.compile(r"\b(?:these|those|such) (?:persons|people|patients|individuals)\b", re.I)
# The sentence before names people with MS: "people with MS", "patients with MS", "MS patients".
_MS_PEOPLE = re.compile(
    r"\b(?:people|persons|patients|individuals|adults) (?:living )?with (?:MS|multiple sclerosis)\b"
    r"|\b(?:MS|multiple sclerosis) (?:patients|people)\b",
    re.I,
)
# Any other group named before: then "these persons" may mean them (carers, children, staff).
_OTHER_PEOPLE = re.compile(
    r"\b(?:carers|caregivers|children|staff|clinicians|doctors|nurses|therapists|women|men|"
    r"families|partners|controls)\b",
    re.I,
)


# The people a sentence ends on, named by what they take, have or are given: "in people who take
# natalizumab for more than two years", "among adults treated with X".
_ENDS_ON_PEOPLE = re.compile(
    r"\b(?:in|among|for|of) (?P<who>(?:people|patients|adults|women|men|children) "
    r"(?:(?:living )?with (?:MS|multiple sclerosis) )?(?:who (?:take|"
    r"took|are taking|were taking|have|had|receive|received|use|used|start|started)|taking|"
    r"receiving|treated with|given|on) [^,;:()]+?)\.?$"
)


# People with MS narrowed down by what they take, have or are given: "people with MS treated with
# fingolimod", "MS patients who switched", "patients with MS on natalizumab". "These patients"
# after it are those people, never everyone with MS.
_NARROWED_MS_PEOPLE = re.compile(
    r"\b(?:(?:people|persons|patients|individuals|adults) (?:living )?with (?:MS|multiple "
    r"sclerosis)|(?:MS|multiple sclerosis) (?:patients|people)),? (?:who|whose|treated|taking|"
    r"receiving|given|on|starting|started|switching|switched|using|exposed|after|during|"
    r"(?:with|without|and) (?!(?:MS|multiple sclerosis)\b)\w+)\b",
    re.I,
)


def with_people_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its one pointer to people ("these persons") said as the people the sentence
    before ends on (`_ENDS_ON_PEOPLE`), else as "people with MS" when the
    authors' sentence just before it (of `stated`, their conclusions) names people with MS and
    no other group, and the pointer is all `p` leans on; else `p` unchanged."""
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if before is None or not before.sources or not p.sources:
        return p
    if before.sources[-1] != p.sources[0] - 1:
        return p  # not the sentence just before it in the paper
    pointers = _POINTER.findall(p.text)
    if len(pointers) != 1:
        return p
    ends_on = _ENDS_ON_PEOPLE.search(before.text)
    if ends_on is not None:  # "... in people who take X": these patients are those people
        who = ends_on["who"]
    elif not _MS_PEOPLE.search(before.text) or _OTHER_PEOPLE.search(before.text):
        return p
    elif _NARROWED_MS_PEOPLE.search(before.text):
        return p  # some people with MS, not all of them: "these patients" stays as it is
    else:
        who = "people with MS"
    text = _POINTER.sub(lambda m: who[:1].upper() + who[1:] if m.start() == 0 else who, p.text, 1)
    if leans_back(text.rstrip(".")):
        return p  # it leans on the sentence before for something more than who
    return measured(text, p.sources, p.order)


# "Its use must be weighed against ...": the treatment the sentence before opens on.
_ITS = re.compile(r"^Its (?P<what>use|benefits?|effects?|role|value|safety|harms?|risks?) ")
# "Natalizumab reduces relapses ...": one word names the treatment, a verb of effect after it.
_NAMED_FIRST = re.compile(
    r"^(?P<name>[A-Z][a-z][\w-]{3,}) (?:(?:may|might|can|probably|likely|also) )?(?:reduces?|"
    r"reduced|improves?|improved|slows?|slowed|lowers?|lowered|prevents?|prevented|helps?|"
    r"helped|increases?|increased|delays?|delayed|eases?|eased)\b"
)


def with_treatment_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its opening "Its use" ("Its benefits", ...) said as "The use of X" when the
    authors' sentence just before it in the paper (of `stated`) opens on X, one word named
    as what had the effect ("Natalizumab reduces relapses ... Its use must be weighed against
    the risk of a rare brain infection"); else `p` unchanged."""
    its = _ITS.match(p.text)
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if its is None or before is None or not before.sources or not p.sources:
        return p
    if before.sources[-1] != p.sources[0] - 1:
        return p  # not the sentence just before it in the paper
    named = _NAMED_FIRST.match(before.text)
    if named is None:
        return p
    name = named["name"]  # (a drug's name, capital only as the sentence's first word)
    name = name.lower() if name[1:].islower() else name
    text = f"The {its['what']} of {name} {p.text[its.end() :]}"
    if leans_back(text.rstrip(".")):
        return p
    return measured(text, p.sources, p.order)
