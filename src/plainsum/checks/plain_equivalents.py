"""Plain words and the technical words they stand for, for reading whether two claims are
about the same thing: a summary says "tiredness got worse" where its paper says "fatigue
scores improved", "coughing at night" for "nocturnal cough", "movement" for "motor function".

The glossary (plain/glossary.py) rewrites a paper's terms for a reader, one way, as phrases;
this table only says that two single words name the same thing, both ways, so that a
paraphrase that turns a result round is still read against the result it turns round. Each
line is one group of words that name the same thing in a paper and in a lay summary; words
are matched by their stems (plainsum.evidence.stem).
"""

from __future__ import annotations

from functools import cache, lru_cache

from ..evidence import stem
from .paraphrase import MIN_PREFIX, one_word_glosses, phrase_glosses

# One group a line: the plain words first, then the technical ones.
_GROUPS = """
tiredness tired weariness | fatigue fatigued
night nightly | nocturnal
movement moving | motor
walking walk | gait ambulation ambulatory
death deaths died dying | mortality
heart | cardiac cardiovascular coronary
lung lungs breathing airway airways | pulmonary respiratory bronchial
brain | cerebral
kidney kidneys | renal
liver | hepatic
skin | cutaneous dermal transcutaneous
bone bones | skeletal osseous
sugar | glucose glycaemic glycemic
memory thinking | cognitive cognition
stomach bowel gut | gastrointestinal
tummy belly | abdominal abdomen
scan scans | mri imaging
damage | lesion lesions
germ germs | bacteria bacterial microbe microbes pathogen pathogens
swelling | oedema edema
sleepiness drowsiness | somnolence
baby babies | newborn newborns neonate neonates neonatal infant infants
pregnancy pregnant | gestation gestational
muscle muscles | muscular
eye eyes | ocular
tooth teeth | dental
relapse relapses | exacerbation exacerbations
stiffness stiff tightness | spasticity spastic
seizure seizures | epilepsy epileptic
bladder | urinary
sight vision | visual
hearing | auditory
harm harms | adverse
stroke strokes | cerebrovascular
premature prematurely | preterm
shrinkage shrinking wasting | atrophy atrophic
admitted admit admits | admission admissions
readmitted readmit readmits | readmission readmissions
"""


@cache
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _GROUPS.strip().splitlines():
        stems = {stem(w) for w in line.replace("|", " ").split()}
        for s in stems:
            out.setdefault(s, set()).update(stems - {s})
    return {k: frozenset(v) for k, v in out.items()}


def equivalents(word_stem: str) -> frozenset[str]:
    """The stems of the words that name the same thing as `word_stem` (not itself)."""
    return _table().get(word_stem, frozenset())


@lru_cache(maxsize=65536)  # asked for every pair of words of two claims
def named_alike(a: str, b: str, *, glosses: bool = True) -> bool:
    """Whether the stems `a` and `b` name the same thing: one group of this table, or a lay
    word of the project's vetted glosses (data/lay_glosses.tsv) and a technical term it
    glosses ("itching" and "pruritus", "fits" and "seizures", "sugar" and "glycaemic"), both
    ways (the glosses only with `glosses`). A gloss whose lay word says a direction ("raised"
    for "upregulated") or names a measure ("rated" for "score") names no thing: it joins
    nothing here."""
    return b in equivalents(a) or glosses and (_glosses(a, b) or _glosses(b, a))


def _glosses(lay: str, term: str) -> bool:
    return any(
        term == t or (len(t) >= MIN_PREFIX and term.startswith(t))
        for t in _thing_glosses().get(lay, ())
    )


@cache
def _thing_glosses() -> dict[str, tuple[str, ...]]:
    """The one-word glosses whose lay word names a thing: no direction, no measure."""
    from .polarity_words import DIRECTION
    from .subject import MEASURES

    out: dict[str, tuple[str, ...]] = {}
    for lay, terms in one_word_glosses().items():
        if stem(lay) not in MEASURES and not DIRECTION.fullmatch(lay):
            # a term as its stem ("seizure" -> "seizur"), as the claims hold their words
            starts = [stem(t) for t in terms]
            out[stem(lay)] = tuple(dict.fromkeys([*out.get(stem(lay), ()), *starts]))
    return out


def named_by_phrase(about: frozenset[str], theirs: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The lay phrases of several words (their stems) that `about` holds whole and that name a
    thing one word of `theirs` names: "blood sugar" for "glucose", "high blood pressure" for
    "hypertension", "hair loss" for "alopecia" (data/lay_glosses.tsv, the lines whose lay side
    has several content words and names a thing: no direction, no measure). A phrase that
    shares a word with `theirs` is left to the word-by-word reading."""
    found = []
    for lay, starts in _thing_phrases():
        if lay <= about and not lay & theirs and any(_starts(t, starts) for t in theirs):
            found.append(lay)
    return tuple(found)


def _starts(term: str, starts: tuple[str, ...]) -> bool:
    return any(term == t or (len(t) >= MIN_PREFIX and term.startswith(t)) for t in starts)


@cache
def _thing_phrases() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """The several-word glosses whose words name a thing (none a direction or a measure), as
    (the stems of the lay phrase's content words, the stems of its one-word terms)."""
    from .polarity_words import DIRECTION
    from .subject import MEASURES

    out = []
    for words, terms in phrase_glosses():
        if any(stem(w) in MEASURES or DIRECTION.fullmatch(w) for w in words):
            continue
        out.append((frozenset(stem(w) for w in words), tuple(stem(t) for t in terms)))
    return tuple(out)
