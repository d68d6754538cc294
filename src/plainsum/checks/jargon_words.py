"""Which single words a lay reader cannot know: the word lists the jargon check reads, and how
rare a word is once its spelling and its ending are set aside.

- A word is on the lay or the learned list in any of its forms: British and American spellings
  are one word ("randomisation" is on the learned list as "randomization"), and so are a plural
  and its singular ("x-rays" is on the lay list as "x-ray").
- A code made of letters in mixed case (`coded`: "Cmax", "AUClast", "HbA1c", "sNfL") is read by
  no lay reader, though it has fewer than two capitals in a row for the abbreviation check to
  spot it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from ..lexicon import any_letters_zipf
from .text import zipf
from .verbs import AUX, FUNCTION

VERY_RARE_ZIPF = 1.5  # below this no lay reader knows a word: an error if unexplained
# A rarer-than-everyday word built from the parts medicine and science build words from
# ("post-" + "prandial", "psycho-" + "motor", "-osis", "-itis") is as closed to a lay reader as
# a very rare one: no everyday word is made that way and this rare.
TECHNICAL_ZIPF = 2.2
_TECHNICAL_FORM = re.compile(
    r"^(?:neuro|psycho|visuo|myel|encephal|cerebr|cardi|gastr|hepat|nephr|oste|arthr|angio|"
    r"haem|hemat|hemo|leuk|lymph|immuno|cyto|phago|patho|glyc|gluc|lipo|chol|peri|intra|"
    r"hyper|hypo|poly|endo|epi|glio|axon|synap|fibr|thromb|vaso|pulmo|broncho|onco|pharmaco|"
    r"electro|sono|ortho)"
    r"|(?:itis|osis|emia|aemia|ectomy|otomy|ostomy|plasty|scopy|graphy|algia|pathy|trophy|"
    r"plasia|genesis|lysis|prandial|amide|oic|enic|ium|um|eal|atory|otic|ase|epsia|axia|penia)$"
)
MIN_LETTERS = 5  # shorter rare words are mostly names, units or typos
# A condition or a procedure named in Greek or Latin ("pancreatitis", "rhinitis", "ataxia",
# "dyspepsia", "hysterectomy") rarer than this in everyday English is closed to a reader who
# has not lived with it; a summary's own subject is named again and again, and its reader
# knows it, so such a word counts as jargon only where the text names it once (`jargon`).
CONDITION_ZIPF = 2.7
_CONDITION_FORM = re.compile(
    r"(?:itis|osis|algia|pathy|a?emia|uria|plegia|paresis|axia|epsia|ectomy|otomy|ostomy|"
    r"plasty|scopy|trophy|plasia|penia|rrh(?:o)?ea|phagia|phasia)s?$"
)


@cache
def _lines(name: str) -> frozenset[str]:
    text = resources.files("plainsum").joinpath(f"data/{name}").read_text("utf-8")
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def learned_terms() -> frozenset[str]:
    """The learned jargon list (data/jargon_terms.txt)."""
    return _lines("jargon_terms.txt")


def lay_terms() -> frozenset[str]:
    """Words people with MS know without an explanation (data/lay_terms.txt)."""
    return _lines("lay_terms.txt")


# --- one word, several spellings -----------------------------------------------------------

# British spellings and their American forms: (pattern, replacement), applied in turn. A
# replacement that keeps a group is a function, not a template ("iz\\1"): Python 3.11 hands a
# template with a backslash to `re._subx` at every `sub`, matched or not (2 us a call).
_AMERICAN = (
    (
        re.compile(r"(?<=[a-z]{3})is(ations?|e|ed|es|ing|ers?|ab(?:le|ly|ility|ilities))$"),
        lambda m: "iz" + m[1],
    ),  # randomised; generalisability (CD007504: an error, where "generalizability" passed)
    (re.compile(r"(?<=[a-z])ae|^ae(?=[a-z]{4})"), "e"),  # haem, paediatric, aetiology
    (re.compile(r"(?<=[a-z])oe(?=[a-z]{2})|^oe(?=[a-z]{4})"), "e"),  # diarrhoea, oedema
    (re.compile(r"(?<=[a-z]{2})our(s?)$"), lambda m: "or" + m[1]),  # tumour
    (re.compile(r"(?<=[a-z]{2})lment(s?)$"), lambda m: "llment" + m[1]),  # enrolment
    (re.compile(r"(?<=[a-z]{2})lled$|(?<=[a-z]{2})lling$"), lambda m: m.group(0)[1:]),
)


def _american(word: str) -> str:
    for pattern, replacement in _AMERICAN:
        word = pattern.sub(replacement, word)
    return word


def _bases(word: str) -> list[str]:
    """The singular or plain verb a word may be a form of ("thyroids", "neuropathies")."""
    out = []
    if word.endswith("ies") and len(word) > 5:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 5:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        out.append(word[:-1])
    return out


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple[str, ...]:
    """A lower-case word and the forms a reader takes for the same word: its American
    spelling, its singular, and the American spelling of that."""
    found = [word]
    for w in (word, *_bases(word)):
        for variant in (w, _american(w)):
            if variant not in found:
                found.append(variant)
    return tuple(found)


@lru_cache(maxsize=65536)
def is_lay(word: str) -> bool:
    """Whether any form of a lower-case word or phrase is on the lay list."""
    lay = lay_terms()
    return any(f in lay for f in forms(word))


@lru_cache(maxsize=65536)
def is_learned(word: str) -> bool:
    """Whether any form of a lower-case word or phrase is on the learned jargon list."""
    learned = learned_terms()
    return any(f in learned for f in forms(word))


# A negating prefix on a word a reader knows: "unvalidated", "unblinded", "nonadherence" read as
# "not validated", "not blinded", "not keeping to"; the word after it decides. Such a word is
# still worth an editor's look (`negated_known`: a warning, not nothing).
_NOT_PREFIX = re.compile(r"^(?:un(?!der)|non)(?=[a-z]{5,}$)")  # not "under..."


def _after_not_prefix(part: str) -> str:
    """The word after "un-" or "non-" in a very rare word, if it has one ("validated")."""
    prefix = _NOT_PREFIX.match(part)
    return part[prefix.end() :] if prefix and zipf(part) < VERY_RARE_ZIPF else ""


@lru_cache(maxsize=65536)
def negated_known(word: str) -> bool:
    """Whether a lower-case word is a very rare "un-"/"non-" word read by the word after the
    prefix ("unvalidated"): not an error, but not plain either."""
    return bool(_after_not_prefix(word)) and not very_rare(word)


@lru_cache(maxsize=65536)
def common_zipf(word: str) -> float:
    """How common a lower-case word is in its commonest spelling: a British spelling of an
    everyday ending is rarer in print than its American one ("randomisation" 1.5,
    "randomization" 2.5) but no less known to a reader. (A plural keeps its own rarity: a word
    met mostly as a plural is no better known for a commoner singular.)"""
    return max(zipf(word), zipf(_everyday_spelling(word)))


# The American spellings of everyday endings ("-ise", "-isation", "-our", "-lled"); the "ae"
# and "oe" of a Greek medical word ("haem-", "oedema") are left, as they mark the word as the
# learned kind whichever way it is spelled ("haemolytic" is no plainer as "hemolytic").
_EVERYDAY_SPELLINGS = tuple(
    (pattern, replacement)
    for pattern, replacement in _AMERICAN
    if "ae" not in pattern.pattern and "oe" not in pattern.pattern
)


def _everyday_spelling(word: str) -> str:
    for pattern, replacement in _EVERYDAY_SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


# Words a reader builds from words they know: a plain ending on a common word ("symptomless",
# "indirectness") or two common words run together ("bedsore", "painkilling") read as their
# parts, however rare the whole is in print. (A prefix is not enough: "postintervention",
# "remedication" read as the researchers' words, not the reader's.)
_PLAIN_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:ness|less|ful)$")
_LEARNED_PREFIX = re.compile(
    r"^(?:auto|para|socio|pseudo|hetero|homo|micro|macro|meta|neo|iso|per|post|pre|sub|super|"
    r"inter|trans|extra|ultra|multi)"
)
# a second part that is an ending, not a word: "gut|tate", "case|ating", "gown|ing"
_INFLECTED = re.compile(r"(?<=[a-z]{3})(?:s|ing|ed|ly|able)$")  # not "bed"
_ENDING = re.compile(r"^(?:[a-z]?at(?:e|ing|ed)|ing|ness|less|ment|able|ible|ful|ally|ship)$")
KNOWN_PART_ZIPF = 3.5  # each part a word a lay reader uses
MIN_PART = 3


def _built_from_known(part: str) -> bool:
    """Whether a word reads as words a reader knows: a common word and a plain ending, or two
    common words run together."""
    suffix = _PLAIN_SUFFIX.search(part)
    if suffix and common_zipf(part[: suffix.start()]) >= KNOWN_PART_ZIPF:
        return True  # "symptomless", "indirectness"
    amount = _AMOUNT_PREFIX.match(part)
    if amount and common_zipf(part[amount.end() :]) >= KNOWN_PART_ZIPF:
        return True  # "overdiagnosis", "undertreated"
    if _TECHNICAL_FORM.search(part) or _LEARNED_PREFIX.match(part):
        return False  # "hyperstimulation", "psychomotor", "autoreactive": built the learned way
    return any(
        _compound_part(part[:k], first=True) and _compound_part(part[k:], first=False)
        for k in range(MIN_PART, len(part) - MIN_PART + 1)
    )


# "over" and "under" before a word a reader knows read as "too much", "too little":
# "overdiagnosis", "undertreatment", "overuse".
_AMOUNT_PREFIX = re.compile(r"^(?:over|under)(?=[a-z]{4})")


def _compound_part(part: str, *, first: bool) -> bool:
    """Whether `part` may be one of the two words of a closed compound: a common content word;
    the first a bare stem. Two words glued by a slip of extraction ("havinginstrumental",
    "effectswere", "mayhelp") have an inflected first word or a function word."""
    if part in FUNCTION or part in AUX:
        return False
    if first:
        return zipf(part) >= KNOWN_PART_ZIPF and not _INFLECTED.search(part)
    return common_zipf(part) >= KNOWN_PART_ZIPF and not _ENDING.match(part)


def _rare_part(part: str) -> bool:
    if len(part) < MIN_LETTERS:
        return False
    rest = _after_not_prefix(part)
    if rest:
        return _rare_part(rest)
    if _built_from_known(part):
        return False
    frequency = common_zipf(part)
    return frequency < VERY_RARE_ZIPF or (
        frequency < TECHNICAL_ZIPF and _TECHNICAL_FORM.search(part) is not None
    )


ELECTRONIC_PART_ZIPF = 3.0  # "cigarette", "bike", "learning": a word every reader knows


def _electronic(parts: list[str]) -> bool:
    """Whether a hyphenated word is "e-" before a common word: "e-cigarettes", "e-bike",
    "e-learning" say "electronic"; "e-selectin" and "e-cadherin" are still technical."""
    return len(parts) == 2 and parts[0] == "e" and zipf(parts[1]) >= ELECTRONIC_PART_ZIPF


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)  # asked of every word of a paper and of its summary, once a text
def very_rare(word: str) -> bool:
    """Whether no lay reader knows a lower-case word (or a part of a hyphenated one)."""
    if is_lay(word):
        return False
    parts = word.split("-")
    if len(parts) > 1 and any(len(p) == 1 for p in parts) and not _electronic(parts):
        return True  # "g-ratio", "c-fos": a letter glued to a word names a technical thing
    return any(_rare_part(p) for p in parts)


# A very rare word one slip of the keyboard from a common word is that word misspelt
# ("similarily", "recommed", "thryoid"), not a term: a reader reads it as the word it misses.
MISSPELT_OF_ZIPF = 3.5
MISSPELT_LETTERS = 7  # a shorter rare word is one slip from a common word by chance ("ileus")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip(word: str) -> set[str]:
    """The words one letter dropped, added, changed or two swapped away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out


@lru_cache(maxsize=65536)
def misspelt(word: str) -> bool:
    """Whether a very rare lower-case word is a common word misspelt by one slip."""
    if len(word) < MISSPELT_LETTERS or zipf(word) >= VERY_RARE_ZIPF:
        return False
    if word.isascii() and word.isalpha() and word.islower():
        # one slip from words of lower-case ASCII letters: some 500, looked up in bulk
        return any_letters_zipf(_one_slip(word), MISSPELT_OF_ZIPF)
    return any(zipf(w) >= MISSPELT_OF_ZIPF for w in _one_slip(word))


@lru_cache(maxsize=65536)  # asked of every word of a summary's body (`passing_conditions`)
def condition_name(word: str) -> bool:
    """Whether a lower-case word names a condition or a procedure in Greek or Latin and is
    rarer than CONDITION_ZIPF in its commonest spelling ("rhinitis", "ataxia")."""
    known = _ENGLISH_PREFIX.match(word)  # "misdiagnosis" reads as "diagnosis" done wrong
    return (
        len(word) >= MIN_LETTERS
        and _CONDITION_FORM.search(word) is not None
        and not is_lay(word)
        and max(common_zipf(word), zipf(_american(word))) < CONDITION_ZIPF  # "anaemia": anemia
        and not (known and zipf(word[known.end() :]) >= CONDITION_ZIPF)
    )


# An everyday English prefix on a word a reader knows: "misdiagnosis", "overdiagnosis",
# "reinfection", "self-medication" read as their parts.
_ENGLISH_PREFIX = re.compile(r"^(?:mis|over|under|re|self-?|non-?|pre|post)(?=[a-z]{5,}$)")


# --- codes in mixed case -------------------------------------------------------------------

# A name written in camel case: 'PubMed', 'RevMan', 'BioNTech', 'McMaster', 'GlaxoSmithKline'.
_CAMEL_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z]+[a-z]{2,})+$")
# A word run into the next, or a brand: 'effectiveThis', 'iPhone', 'eHealth'.
_GLUED = re.compile(r"^([a-z]+)([A-Z][a-z]{2,})$")
# Letters in mixed case: a capital after a small letter ('sNfL', 'HbA1c'), or small letters
# after two capitals ('AUClast').
_MIXED = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
# Two letters that begin no English word, where a capital letter is glued to a word: 'Cmax',
# 'Tmax', 'Ctrough' (the second letter is none of those that follow a consonant in English).
_GLUED_LETTER = re.compile(r"^(?!Kn|Gn|Ps|Pt|Pn)[BCDFGJKLMNPQTVXZ]([bcdfgjkmnpqstvxz][a-z]{2,})$")
CODE_PART_ZIPF = 3.0  # the word after the glued capital: 'max', 'min', 'trough'
# Units a number carries: read with their number, not as terms.
UNITS = frozenset("mL dL pH mmHg mEq dB kDa kPa nM mM µM kHz MHz GHz mV µL nL".split())


@lru_cache(maxsize=65536)
def coded(token: str) -> bool:
    """Whether a token (no hyphen) is a code in mixed case that no lay reader can read:
    'Cmax', 'AUClast', 'HbA1c', 'sNfL', 'proBNP'; not a name in camel case ('PubMed'), a unit
    ('mL'), a brand or two words run together ('iPhone')."""
    if token in UNITS or _CAMEL_NAME.match(token):
        return False
    glued = _GLUED.match(token)
    if glued and zipf(glued.group(2).lower()) >= CODE_PART_ZIPF:
        return False
    if _MIXED.search(token):
        return True
    letter = _GLUED_LETTER.match(token)
    return letter is not None and zipf(letter.group(1)) >= CODE_PART_ZIPF > zipf(token.lower())
