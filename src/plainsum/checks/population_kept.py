"""A summary sentence that names a population the paper did not study.

"In children with a blood clot" where the paper enrolled adults, "in mice" for a study in
monkeys, "patients whose immune cells lacked the protein" for a study in mice, "relapsing MS"
for a trial in progressive MS, "people with MS" for a study of healthy volunteers: each says the
result holds for people it was never found in. A summary may name its population in plain
words ("babies" for "neonates", "teenagers" for "adolescents"), so each kind of population is
a class of words, and a sentence is held to the paper only where the class is a clear one:

- an age group: a summary naming children, babies or teenagers where the paper names no one
  young at all (no child, infant, birth, pregnancy or paediatric word); one naming adults or
  older people where the paper names only the young;
- a species: a summary naming an animal the paper never names, where it names another one;
  and a sentence of the headline or "what the study did" that names people (patients, women,
  volunteers ...) and no animal, where every paper sentence it is linked to names an animal and
  no people;
- a type of MS: relapsing, progressive or a first episode (CIS) named where the paper names
  another type and never this one;
- people with MS named in the headline or "what the study did" where the paper never names MS;
- healthy people or people without symptoms named where the paper names neither.

Frame sentences (caveats, the care-team pointer) are not read; why it matters and the limits
speak of the field as well as of the paper ("plenty of women with MS have babies"), so only
the animal and age checks, the plainest, reach them, and only for what the sentence's own
evidence does not hold.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..evidence import split_source
from ..ingest import Source
from ..schemas import EvidenceLink, Finding, Severity, StudyDesign
from .negation import conditional
from .polarity import claims_in
from .support_contradicted import link_finding

CHECK = "support"
OVERREACH = "overreach"
_EFFECTS = frozenset({"up", "down", "better", "worse", "effect"})
_FINDING_SECTIONS = frozenset({"headline", "what_the_study_did"})
HELD = 0.5  # support score of a sentence the paper otherwise holds


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b(?!-like)", re.I)


# A population named to be ruled out: "no children", "none included children", "not in mice",
# "excluded teenagers"; or one the paper cannot speak for ("cannot tell how well it works in
# children"). A denial of the verb ("did not ease cramps in children") rules nothing out.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|none|not|never|nor|without|exclud\w*|except|other than|instead of|rather than|"
    r"unlike|apart from)(?:\s+[\w-]+){0,2}\s+"
    r"|\b(?:cannot|could not|can't|unknown|whether)\b[^.;:]{0,80})$",
    re.I,
)


def _said(pattern: re.Pattern[str], sentence: str) -> str | None:
    """The first words of `pattern` that `sentence` names, not ruled out ("no children")."""
    for found in pattern.finditer(_OUTSIDE_BRACKETS.sub(_blank, sentence)):
        if not _DENIED_BEFORE.search(sentence, 0, found.start()) and not _ONE.search(
            sentence, 0, found.start()
        ):
            return found.group(0)
    return None


# An explanation in brackets speaks of anyone ("(a condition passed on when a child gets ...)"),
# and so does one child ("a child", "each baby"): neither is the paper's population.
_OUTSIDE_BRACKETS = re.compile(r"\([^()]*\)")
_ONE = re.compile(r"\b(?:a|an|each|every|one|any|the|their|your|her|his|my)\s+$", re.I)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


# --- age groups ---------------------------------------------------------------------------
# A summary's young people: "children", "babies", "teenagers" ("young adults" are adults).
_YOUNG_SAID = _words(
    r"child(?:ren)?|kids?|bab(?:y|ies)|infants?|newborns?|toddlers?|teen(?:s|agers?)?|"
    r"adolescents?|young (?:people|children|girls|boys)|schoolchildren|boys|girls|"
    r"p(?:a)?ediatric|premature (?:babies|infants)|preterm (?:babies|infants)"
)
# Anything in a paper that names or implies the young: births and pregnancies bring babies.
_YOUNG_PAPER = _words(
    r"child\w*|kids?|bab(?:y|ies)|infan\w*|newborns?|neonat\w*|toddlers?|teen\w*|adolescen\w*|"
    r"youth\w*|young\w*|juvenile\w*|schoolchildren|school|boys?|girls?|p(?:a)?ediatric\w*|"
    r"preterm|premature|births?|born|pregnan\w*|fetal|fetus\w*|foetal|foetus\w*|perinatal|"
    r"postnatal|postpartum|stillbirths?|deliver\w*|caesarean\w*|cesarean\w*|placenta\w*|"
    r"labou?r|obstetric\w*|midwi\w*|gestation\w*|matern\w*|students?|pupils?|sons?|"
    r"daughters?|offspring|parents?|parental|parenting|mothers?|fathers?|famil(?:y|ies)|childhood|"
    r"infancy|"
    r"pubert\w*|prepubert\w*|(?:aged?|ages) (?:between |from )?(?:[0-9]|1[0-7]|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b|months? old|weeks? old|days? old|under (?:five|5|18|16)"
)
_ADULT_SAID = _words(
    r"(?<!young )(?<!young and )(?<!middle-aged )adults|older (?:people|adults|patients|women|men)|"
    r"elderly|pensioners"
)
# The paper's words that name only the young, against which "adults" is a moved population (a
# birth or a parent brings grown-ups too).
_CHILD_PAPER = _words(
    r"child(?:ren)?|kids?|infants?|newborns?|neonates?|neonatal|toddlers?|adolescents?|"
    r"teenagers?|youths?|juveniles?|schoolchildren|p(?:a)?ediatric\w*|preterm|premature|"
    r"(?:aged?|ages) (?:between |from )?(?:[0-9]|1[0-7]|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
)
# Only the paper's words that name the grown as against the young (a "patient" may be a child).
_GROWN_PAPER = _words(
    r"adults?|older|elderly|aged (?:[2-9][0-9]|1[89])|years? old|men|women|wom[ae]n|mothers?|"
    r"fathers?|veterans?|workers?|employees?|seniors?|geriatric\w*|menopaus\w*|"
    r"postmenopausal|middle-aged|retire\w*|nursing homes?|spouses?|pregnan\w*|caesarean\w*|"
    r"cesarean\w*|labou?r|obstetric\w*|parturients?|matern\w*|"
    r"(?:to|and|-|–) ?(?:1[89]|[2-9][0-9]) years"
)

# --- species ------------------------------------------------------------------------------
_ANIMALS = {
    "mice": r"mice|mouse|murine",
    "rats": r"rats?|rodents?",
    "monkeys": r"monkeys?|primates?|macaques?|marmosets?|vervets?|baboons?|chimpanzees?",
    "dogs": r"dogs?|canine|puppies|beagles?",
    "pigs": r"pigs?|piglets?|swine|porcine|sows?",
    "fish": r"zebrafish|medaka|teleosts?",  # plain "fish" is as often a food
    "flies": r"flies|fly|drosophila",
    "worms": r"worms?|nematodes?|elegans",
    "yeast": r"yeasts?",
    "rabbits": r"rabbits?",
    "sheep": r"sheep|lambs?|ewes?|ovine",
    "cattle": r"cattle|cows?(?!'s milk| milk)|calves|bovine(?! serum)",
    "cats": r"cats?|feline|kittens?",
    "horses": r"horses?|equine|ponies",
    "hamsters": r"hamsters?|guinea pigs?",
    "birds": r"chickens?(?! ?pox)|birds?|hens?|quails?",
}
_ANIMAL = {name: _words(words) for name, words in _ANIMALS.items()}
_ANY_ANIMAL = _words("|".join(_ANIMALS.values()))
# Rodents stand in for mice and rats both.
_KIN = {"mice": ("rats",), "rats": ("mice",)}
_PEOPLE = _words(
    r"people|persons?|patients?|humans?|men|women|adults|children|participants|volunteers|"
    r"individuals|adolescents|infants|babies|mothers|residents|veterans|smokers|users"
)
# A paper sentence that speaks of people: a sentence about mice that says "in MS patients"
# is not one the summary can move from mice to people.
_PEOPLE_PAPER = _words(
    r"people|persons?|patients?|humans?|men|women|adults?|child\w*|participants?|volunteers?|"
    r"individuals?|subjects|adolescen\w*|infan\w*|bab(?:y|ies)|mothers?|residents?|clinical|"
    r"cohorts?|population\w*|trials?|cases?|donors?|healthy|MS|multiple sclerosis"
)

# --- MS types -----------------------------------------------------------------------------
_MS_TYPES = {
    "relapsing": r"relapsing(?:[- ]remitting)?|RRMS",
    "progressive": r"(?:primary|secondary)(?:[- ]progressive)?|progressive|PPMS|SPMS",
    "a first episode": r"clinically isolated syndromes?|CIS|first (?:demyelinating )?episodes?",
}
_MS_TYPE = {name: _words(words) for name, words in _MS_TYPES.items()}
_MS_TYPE_SAID = {
    "relapsing": _words(r"relapsing(?:[- ]remitting)?(?: MS| multiple sclerosis| form)|RRMS"),
    "progressive": _words(
        r"(?:primary|secondary)[- ]progressive|progressive (?:MS|multiple sclerosis|form)|"
        r"PPMS|SPMS"
    ),
    "a first episode": _words(r"clinically isolated syndromes?|CIS"),
}
_WITH_MS = _words(
    r"(?:people|patients|adults|children|women|men|those|volunteers|participants|anyone)"
    r"(?: who (?:have|had|lived? with)| with| living with| affected by) (?:MS|multiple sclerosis)"
    r"|MS patients"
)
_MS_PAPER = _words(r"MS|multiple sclerosis|demyelinat\w*|neuromyelitis|sclerosis")

# --- healthy, without symptoms ------------------------------------------------------------
_HEALTHY_SAID = _words(r"healthy (?:volunteers|people|adults|participants|men|women|subjects)")
_HEALTHY_PAPER = _words(
    r"healthy|volunteers?|normal (?:subjects|controls|volunteers)|controls|free (?:of|from)|"
    r"general population|without (?:\w+ )?(?:disease|illness|conditions?)"
)
_NO_SYMPTOMS_SAID = _words(
    r"(?:without|no|free of|had not had any|never had) (?:any )?symptoms|symptom-free|"
    r"asymptomatic|had (?:not )?(?:yet )?(?:had )?any symptoms"
)
_NO_SYMPTOMS_PAPER = _words(
    r"asymptomatic|without symptoms|no symptoms|symptom-free|screen\w*|healthy|"
    r"presymptomatic|preclinical|subclinical"
)


class Moved(NamedTuple):
    """A population the summary names and the one the paper studied instead."""

    said: str
    paper: str


@lru_cache(maxsize=64)
def _paper_names(source: Source) -> tuple[str, list[str]]:
    """The paper's whole text, and each of its sentences as the evidence links index them."""
    return source.full_text, [s.text for s in split_source(source)]


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0) if found else None


def _age_moved(sentence: str, paper: str, held: bool) -> Moved | None:
    """The young named where the paper names no one young (and, unless the paper names the
    grown instead, only in a sentence otherwise `held` by the paper: a summary may add what
    the full paper says), or adults where it names only the young; not in a sentence that
    names both ("children and adults")."""
    young = _said(_YOUNG_SAID, sentence)
    if young and not _YOUNG_PAPER.search(paper) and not _GROWN_PAPER.search(sentence):
        grown = _first(_GROWN_PAPER, paper)
        if grown or held:
            return Moved(young, grown or "no one young")
    grown = _said(_ADULT_SAID, sentence)
    if grown and not _GROWN_PAPER.search(paper) and not _YOUNG_SAID.search(sentence):
        young_paper = _said(_CHILD_PAPER, paper)
        if young_paper:
            return Moved(grown, young_paper)
    return None


def _animals_in(text: str) -> list[str]:
    return [name for name, pattern in _ANIMAL.items() if pattern.search(text)]


def _animal_moved(sentence: str, paper: str, evidence: list[str]) -> Moved | None:
    """An animal the sentence names that the paper never names, where it names another; or
    that none of the sentence's evidence names, where some of it names another."""
    # Most sentences name no animal: one search of them all, and their evidence is not read
    # (`_said` reads the sentence with its brackets blanked: it finds a name only where the
    # sentence as written has one)
    if not _ANY_ANIMAL.search(sentence):
        return None
    named = [name for name, pattern in _ANIMAL.items() if _said(pattern, sentence)]
    if not named:
        return None
    in_evidence = [found for found in map(_animals_in, evidence) if found]
    for name in named:
        kin = (name, *_KIN.get(name, ()))
        if not any(_ANIMAL[k].search(paper) for k in kin):
            others = [k for k in _animals_in(paper) if k != name]
            if others:
                return Moved(name, others[0])
        elif in_evidence and not any(set(kin) & set(found) for found in in_evidence):
            return Moved(name, in_evidence[0][0])
    return None


def _people_for_animals(sentence: str, evidence: list[str]) -> Moved | None:
    """A sentence that names people and no animal, linked only to sentences about animals."""
    people = _first(_PEOPLE, sentence)
    if not people or _ANY_ANIMAL.search(sentence) or re.search(r"\bcells?\b", sentence, re.I):
        return None
    if not evidence or any(_PEOPLE_PAPER.search(t) for t in evidence):
        return None
    animals = [_first(_ANY_ANIMAL, t) for t in evidence]
    if not all(animals):
        return None
    return Moved(people, str(animals[0]))


def _ms_type_moved(sentence: str, paper: str) -> Moved | None:
    for name, said in _MS_TYPE_SAID.items():
        if not said.search(sentence) or _MS_TYPE[name].search(paper):
            continue
        other = next((k for k, p in _MS_TYPE.items() if k != name and p.search(paper)), None)
        if other:
            return Moved(f"{name} MS", f"{other} MS")
    return None


def _condition_moved(sentence: str, paper: str, held: bool) -> Moved | None:
    if _WITH_MS.search(sentence) and not _MS_PAPER.search(paper):
        healthy = _first(_HEALTHY_PAPER, paper)
        return Moved("people with MS", healthy or "no one with MS")
    healthy = _first(_HEALTHY_SAID, sentence)
    if healthy and held and not _HEALTHY_PAPER.search(paper):
        return Moved(healthy, "patients")
    no_symptoms = _first(_NO_SYMPTOMS_SAID, sentence)
    if (
        no_symptoms
        and not _NO_SYMPTOMS_PAPER.search(paper)
        and re.search(r"\bsymptomatic\b", paper, re.I)
    ):
        return Moved(no_symptoms, "people with symptoms")
    return None


def population_moved(source: Source, link: EvidenceLink) -> Moved | None:
    """The population `link`'s sentence names in place of the one the paper studied, if any."""
    if link.kind != "content":
        return None
    paper, sentences = _paper_names(source)
    sentence = link.text
    finding = link.section in _FINDING_SECTIONS
    evidence = [sentences[i] for i in link.source_sentences if i < len(sentences)]
    held = finding and link.score >= HELD
    moved = _age_moved(sentence, paper, held) or _animal_moved(sentence, paper, evidence)
    if moved is None and finding:
        moved = (
            _people_for_animals(sentence, evidence)
            or _ms_type_moved(sentence, paper)
            or _condition_moved(sentence, paper, held)
        )
    return moved


def population_findings(source: Source, link: EvidenceLink) -> list[Finding]:
    """An error when `link`'s sentence names a population the paper did not study."""
    moved = population_moved(source, link)
    if moved is None:
        return []
    return [
        link_finding(
            link,
            (
                f"The sentence names '{moved.said}', where the paper names {moved.paper}: "
                f"{link.text!r}"
            ),
            "Name the people (or animals) the study was done in, as the paper does.",
            check=CHECK,
        )
    ]


# --- the model a headline leaves out ---------------------------------------------------------
# What a lab or animal study's headline names when it says where its finding was made.
_MODEL_SAID = re.compile(
    r"\b(?:in (?:the )?(?:lab|laboratory|a dish|dishes|test tubes?|vitro)|lab[- ]grown|"
    r"cells?|cell lines?|tissues?|organoids?|samples?|animals?|rodents?|"
    + "|".join(_ANIMALS.values())
    + r"|fish)\b",
    re.I,
)
_MODEL_DESIGNS = frozenset({StudyDesign.ANIMAL, StudyDesign.LAB})
_ANIMALS_WORD = re.compile(r"\b(?:animals?|in vivo)\b", re.I)


def model_dropped(source: Source, design: StudyDesign, link: EvidenceLink) -> Finding | None:
    """An error when a lab or animal study's headline states an effect as found and never says
    it was found in animals, where the paper's sentence it comes from names them: "A signal
    helps white blood cells fight thrush" for a finding in mice reads as one in people. (A
    finding about a germ or a molecule itself names no animal to leave out.)"""
    if design not in _MODEL_DESIGNS or link.section != "headline" or link.kind != "content":
        return None
    sentence = link.text
    if _MODEL_SAID.search(sentence) or conditional(sentence):
        return None
    sentences = _paper_names(source)[1]
    evidence = [sentences[i] for i in link.source_sentences[:1] if i < len(sentences)]
    if not any(_ANY_ANIMAL.search(t) or _ANIMALS_WORD.search(t) for t in evidence):
        return None
    if not any(c.polarity in _EFFECTS for c in claims_in(sentence)):
        return None
    where = "cells" if design == StudyDesign.LAB else "animals"
    return Finding(
        check=OVERREACH,
        severity=Severity.ERROR,
        section=link.section,
        span=sentence,
        message=(
            f"The headline states the finding without saying it was found in {where}: {sentence!r}"
        ),
        hint="Say where the finding was made (in mice, in cells in a dish).",
    )
