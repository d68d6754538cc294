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

The same holds for an opening "It" ("It should not yet be used alone to guide treatment"): when
the conclusion just before it heads the draft, "It" is the thing that conclusion opened on,
named (`with_subject_named`).
"""

from __future__ import annotations

import re

from .simplify import PlainSentence, measured
from .standalone import leans_back
from .wholeness import broken

__all__ = ["with_people_named", "with_subject_named", "with_treatment_named"]

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


# "It should not yet be used alone ...", "It may help to decide ...": a conclusion whose subject
# is the thing the conclusion just before it opened on (what the authors' advice is about).
_IT = re.compile(
    r"^It (?=(?:may|might|can|could|should|must|cannot|will|would|is|was|has|does|did|"
    r"remains|seems|appears)(?: not)?\b)"
)
# The opening noun phrase of the sentence before, up to its verb: "High blood neurofilament
# light chain at diagnosis was linked ...", "The new test may help ...".
_OPENS_ON = re.compile(
    r"^(?P<subject>(?!(?:This|These|That|Those|It|They|There|We|Our|Their|Its|Such|Here|In|"
    r"Overall|Taken|Both|Neither|Either|Each|All|Most|Some|None)\b)[A-Z][\w'-]*(?: [\w'-]+)"
    r"{0,7}?) (?:was|were|is|are|has|have|had|did|does|do|may|might|can|could|should|will|"
    r"would|remains|seemed|seems|appeared|appears|found|identified|detected|showed|predicted|"
    r"distinguished|reduced|improved|increased|lowered|helped|worked|performed|"
    # what a test did ("A simple tapping test picked up most cases ...": the lead's t7)
    r"picked up|spotted|caught|flagged|missed|told apart|separated|outperformed)\b"
)
# What only places the subject ("at diagnosis", "in this cohort"): the thing itself is before it.
_PLACED = re.compile(r" (?:at|in|on|among|during|after|before|from|within|over) .*$")
# A level said of the thing ("High X was linked ..."): "it" stands for the thing, not its level.
_LEVEL = re.compile(r"^(?:High|Higher|Low|Lower|Raised|Elevated|Increased|Reduced|Greater) ")
# The subject said of the paper, its data or its people, not a thing it studied.
_NOT_A_THING = re.compile(
    r"\b(?:study|studies|trial|trials|review|results?|findings?|data|evidence|authors?|"
    r"researchers|participants|patients|people|analysis|difference|effect|association|link)$",
    re.I,
)


# A subject that ends before its noun: "The" of "The improved test", "a dose of".
_NO_NOUN = re.compile(r"^(?:The|A|An)$|\b(?:the|a|an|of|and|or|with|to|for|by)$", re.I)
# A modal verb: the same after "it" and after "they".
_MODAL = r"(?:may|might|can|could|should|must|cannot|will|would)(?: not)?\b"


def _plural(rest: str) -> str | None:
    """The rest of a sentence opening on "It" as it reads after a plural subject: only when
    "It" and every other "it" in it stand before a modal verb ("It may help ..., but it cannot
    replace ..." -> "... may help ..., but they cannot replace ..."); else None."""
    if not re.match(rf" {_MODAL}", rest) or re.search(r"\bits\b", rest, re.I):
        return None
    if re.search(rf"\bit\b(?! {_MODAL})", rest, re.I):
        return None
    return re.sub(rf"\bit(?= {_MODAL})", "they", rest)


def with_subject_named(p: PlainSentence, stated: list[PlainSentence]) -> PlainSentence:
    """`p` with its opening "It" said as the one thing the authors' conclusion just before it
    in the paper (of `stated`) opens on ("High X at diagnosis was linked to later disability.
    It should not yet be used alone ..." -> "X should not yet be used alone ..."): what their
    advice is about, when that conclusion heads the draft and "It" would point at nothing.
    Only a noun phrase of up to eight words that names a thing studied (a plural one only
    before modal verbs: "they" then stands for it after); else `p` unchanged."""
    if _IT.match(p.text) is None or not leans_back(p.text.rstrip(".")):
        return p  # (never the "it" of "It is unclear whether ...": it points at nothing)
    before = max((q for q in stated if q.order < p.order), key=lambda q: q.order, default=None)
    if before is None or not before.sources or not p.sources:
        return p
    if before.sources[-1] != p.sources[0] - 1:
        return p  # not the sentence just before it in the paper
    opens = _OPENS_ON.match(re.sub(r" \([^()]*\)", "", before.text))
    if opens is None:
        return p
    subject = _LEVEL.sub("", _PLACED.sub("", opens["subject"]))
    if _NOT_A_THING.search(subject) or "," in subject or _NO_NOUN.search(subject):
        return p  # not a thing the paper studied, or no noun to name it
    rest: str | None = p.text[len("It") :]
    if re.search(r"[^su]s$", subject.split()[-1]):  # plural: "Eye scans ... It may help"
        rest = _plural(p.text[len("It") :])
    if rest is None:
        return p
    text = subject[0].upper() + subject[1:] + rest
    if leans_back(text.rstrip(".")) or broken(text):
        return p
    return measured(text, p.sources, p.order)
