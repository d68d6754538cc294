"""The condition or the people a paper is about are named (`unnamed_condition`).

A summary can name its treatment and its results and still never say what they are for: a
review of hormone add-on treatment for schizophrenia summarised with "mental state scores"
and "movement disorders" only; a review of singing for bronchiectasis as "a singing treatment".
A reader with MS cannot tell whether the paper is about anything like their own situation.

The paper's condition is read where a paper says whom it studied, its title and aim sentences:
the words after the people ("people with X", "women at risk of X", "children undergoing X"),
after what a treatment is for ("for (treating) X", "interventions for X"), and the word before
the people ("preterm infants", "CF patients"); and in its conclusions, the words after the
people only (a word before them there is as often a verb: "may affect women"). Words that name
no particular condition ("disease", "older", "chronic"), the people themselves and the aim's
own verbs do not count.

A summary names the condition by any one of those words (by stem, by first letters, or inside
a longer word: "postmenopausal" names "menopausal"), by the paper's long form of an
abbreviation or the glossary's plain phrase for the condition, whole ("bleeding inside the
brain" for "intracerebral haemorrhage (ICH)", "glue ear" for "otitis media with effusion"), or
by a rare word of that long form or phrase. It is a warning (needs_review): a summary may name
the condition in a plain word of its own.

Measured on the 1,159 human lay summaries of ../shared/data (410 of their papers state a
condition this way): 16 (1.4%) are flagged, each naming it in a plain word the check does not
know ("hives" for urticaria, "bedsores" for pressure ulcers, "dementia" for Alzheimer's). Of
the offline drafts of the same papers, 29 are flagged, among them two that had passed: a review
of newborn screening for cystic fibrosis that never says which disease was screened for, and
one of ways to help people use their sleep-apnoea breathing machines that names the machine
only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import caseless
from ..evidence import (
    PREFIX_LETTERS,
    content_words,
    split_source,
    stand_in_groups,
    stem,
    word_weight,
)
from ..ingest import Source
from ..plain.sentences import Role
from .subject import (
    GENERAL,
    GRADES,
    SUBJECT_WEIGHT,
    as_written,
    is_abbreviation,
    named_before_people,
    spelled_out,
)

# Words that end the phrase naming a condition: what comes after it is where, in whom, or how.
_STOP = (
    r"(?:in|among|with|who|whose|on|by|at|during|after|before|compared|versus|vs|to|from|using|"
    r"through|including|such|than|and\s+(?:the|their|its)|or\s+(?:the|their))"
)
# A condition: up to five words, none a stop word, ended by punctuation or a stop word.
_PHRASE = (
    rf"(?P<c>(?:(?!{_STOP}\b)[\w'/-]+\s+){{0,4}}?(?!{_STOP}\b)[\w'/-]+)"
    rf"(?=\s*(?:[,.;:()\[\]]|$)|\s+{_STOP}\b)"
)
_PEOPLE = (
    r"(?:people|persons|patients|individuals|participants|children|adults|adolescents|women|"
    r"men|infants|babies|newborns|neonates|mothers|girls|boys|smokers|survivors)"
)
_CONDITION_AFTER = (
    # "people with X", "women (aged 40 or over) who have X", "children at risk of developing X"
    re.compile(
        rf"\b{_PEOPLE}\s+(?:\([^()]*\)\s+)?(?:(?:who|that)\s+(?:have|had|has|are|were)\s+"
        r"(?:\w+\s+)?|with|suffering\s+from|diagnosed\s+with|at\s+risk\s+of(?:\s+developing)?|"
        rf"undergoing|receiving)\s+(?:an?\s+|the\s+)?{_PHRASE}",
        re.I,
    ),
    # "for treating X", "for the prevention of X", "for preventing and treating X"
    re.compile(
        r"\bfor\s+(?:the\s+)?(?:(?:treatment|management|prevention|relief|control|therapy)\s+"
        r"of\s+(?:an?\s+|the\s+)?|(?:treating|preventing|managing|relieving|controlling)\s+"
        rf"(?:(?:and|or)\s+\w+ing\s+)?(?:an?\s+|the\s+)?){_PHRASE}",
        re.I,
    ),
    # "interventions for X", "drugs for X": a bare "for" only after a kind of treatment ("for
    # encouraging ...", "for cessation" are aims, not conditions)
    re.compile(
        r"\b(?:interventions?|treatments?|therapy|therapies|drugs?|medications?|medicines?|"
        r"agents?|surgery|vaccines?|vaccination|antibiotics|steroids|supplementation|"
        rf"supplements?|exercises?|rehabilitation|devices?)\s+for\s+(?:an?\s+|the\s+)?{_PHRASE}",
        re.I,
    ),
)
# Words of such a phrase that name no particular condition or people.
_NOT_A_CONDITION = frozenset(
    stem(w)
    for w in """disease diseases disorder disorders condition conditions illness illnesses
    syndrome older elderly old ill healthy symptomatic asymptomatic internal external risk use
    term long short treatment treatments therapy therapies management prevention outcomes
    effects reduction improvement amelioration ability purposes purpose professionals
    referral imprecision inconsistency indirectness laypeople encourage encouraging cessation
    consumption distress distresses deficient harm harms supportive intermediate cycles greater
    accuracy profiles symptom symptoms loads negative positive susceptible
    apparent solid oral people persons patients individuals participants children adults
    adolescents women men infants babies newborns neonates mothers girls boys""".split()
)
CONTAINED_LETTERS = 6  # a stem this long names a word it is part of ("menopaus" in "postmenopaus")


def _texts(source: Source) -> tuple[str, str]:
    """The paper's title and aims, and its conclusions."""
    sentences = split_source(source)
    aims = [s.text for s in sentences if s.role == Role.AIM]
    ends = [s.text for s in sentences if s.role == Role.CONCLUSION]
    return " ".join([source.title or "", *aims]).strip(), " ".join(ends)


# An adverb or a participle names no condition ("identifying", "visiting"), but for the few
# -ing words that name a habit or a symptom ("smoking cessation", "gambling").
_NOT_A_NAME = re.compile(r"(?:ly|ed|ing)$")
_ING_NAMES = frozenset(
    "smoking drinking bleeding gambling snoring stuttering stammering wheezing vomiting".split()
)


def _counts(word: str) -> bool:
    """Whether a word of a condition phrase can name the condition: rare enough, not a word
    any paper uses, no grade, no people, no adverb or participle."""
    s = stem(word)
    return (
        word_weight(word) >= SUBJECT_WEIGHT
        and s not in GENERAL
        and s not in GRADES
        and s not in _NOT_A_CONDITION
        and (word.lower() in _ING_NAMES or not _NOT_A_NAME.search(word))
    )


@lru_cache(maxsize=64)  # once per paper: a batch checks each paper's drafts and repairs
def _condition(source: Source) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The paper's condition words (as written), and the other names of its condition phrases
    (each a group of words: a long form, a plain phrase, and the plain phrase of a long form)."""
    aims, ends = _texts(source)
    phrases = [m["c"] for p in _CONDITION_AFTER for m in caseless.finditer(p, aims)]
    phrases += [m.group(1) for m in named_before_people(aims)]
    # conclusions name the people only after them ("... in children with CF"): a word before
    # them there is as often a verb ("may affect women", "to inform patients")
    phrases += [m["c"] for m in caseless.finditer(_CONDITION_AFTER[0], ends)]
    words: dict[str, str] = {}
    for phrase in phrases:
        for w in content_words(phrase):
            if _counts(w):
                words.setdefault(stem(w), w)
    if not words:
        return (), ()
    groups: list[tuple[str, ...]] = []
    for phrase in phrases:
        for group in stand_in_groups(source, phrase):
            groups.append(tuple(group))
            groups += [tuple(g) for g in stand_in_groups(source, " ".join(group))]
    return tuple(words.values()), tuple(dict.fromkeys(groups))


def condition_words(source: Source) -> list[str]:
    """The words by which the paper's title and aim name the condition or the people it
    studied, as the paper writes them; empty when they name none this way."""
    return list(_condition(source)[0])


def _names(stems: set[str], word: str) -> bool:
    s = stem(word)
    if s in stems:
        return True
    if len(s) >= PREFIX_LETTERS and any(
        len(t) >= PREFIX_LETTERS and t[:PREFIX_LETTERS] == s[:PREFIX_LETTERS] for t in stems
    ):
        return True
    if len(s) >= CONTAINED_LETTERS:
        return any(len(t) >= CONTAINED_LETTERS and (s in t or t in s) for t in stems)
    return False


def unnamed_condition(source: Source, summary_text: str) -> list[str] | None:
    """The paper's condition words (a few, for the message) when a summary's whole text names
    none of them and none of their other names; None when it names one, or the paper's title
    and aim name no condition."""
    words, groups = _condition(source)
    if not words:
        return None
    stems = {stem(w) for w in content_words(summary_text)}
    if any(_names(stems, w) for w in words):
        return None
    for group in groups:
        kept = {stem(w) for w in group} - GENERAL - GRADES
        if kept and kept <= stems:
            return None
        if any(_counts(w) and _names(stems, w) for w in group):
            return None
    # an abbreviation the paper never defines ("CF") is named by words that spell its capitals
    written = [as_written(source, w) for w in words]
    if any(is_abbreviation(w) and spelled_out(w, summary_text) for w in written):
        return None
    return written[:4]
