"""Say what a hard term is where a sentence first uses it, only where the meaning is certain.

Two edits, both additions that leave the paper's words in place:
- a term of the small vetted gloss (`plainsum/data/explanations.tsv`, written for the project:
  MS research models, lab and medical terms with one plain meaning) gets its explanation in
  brackets after it: "cuprizone (a chemical that strips myelin)";
- a rare medicine name with an international drug-name ending ("brivaracetam", "nimodipine")
  gets "the drug" before it, where it opens its noun phrase: "given the drug nimodipine".
A term already explained in the sentence, inside brackets, joined to a word by a hyphen
("cuprizone-fed") or followed by a noun it may modify ("the nimodipine group", "vancomycin
resistant organisms") is left as it is: the gate then names it. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from importlib import resources

from ..lexicon import zipf
from .wholeness import has_verb

# International nonproprietary name stems that mark a medicine and nothing else ("statin" is
# not one: somatostatin is a hormone, but "vastatin" is; "tidine" ends histidine, "cept" percept).
DRUG_ENDINGS = (
    "mab", "nib", "imod", "vir", "parin", "sartan", "pril", "olol", "cycline", "mycin",
    "vastatin", "lukast", "fungin", "dronate", "gliptin", "glitazone", "zepam", "zolam", "cillin",
    "oxacin", "platin", "rubicin", "coxib", "profen", "gatran", "dipine", "fentanil", "metasone",
    "semide", "triptan", "setron", "prazole", "xaban", "afil", "racetam", "oxetine",
)  # fmt: skip
RARE_DRUG_ZIPF = 2.5  # a medicine name rarer than this is one a lay reader does not know

# Words before a name that let "the drug" open its noun phrase ("given the drug X").
_OPENS = frozenset(
    """with of given received receiving taking took versus vs than and or to on for plus after
    between whether if compared against without nor either both""".split()
)
# Words that may follow a term that ends its noun phrase; any other word may be a noun the
# term modifies ("vancomycin resistant organisms", "seroma aspirations"), where "the drug" or a
# bracket would change what is named.
_PHRASE_ENDS = frozenset(
    """and or but nor with without in on for to at by from of as than versus vs compared plus
    alone only when while after before during over under into between among against was were
    is are be been has have had may might can could will would should must did does do not
    also which that who whose if because although rose fell grew often frequently commonly
    rarely usually sometimes occasionally mostly mainly
    reduces reduce lowers lower improves improve increases increase raises raise prevents
    prevent delays delay slows slow helps help causes cause affects affect""".split()
)  # (a verb in the present tense after the term: "whether cholecalciferol reduces relapses")
# The sentence explains the term already: "T (what it is)", "T, a ...", "T is a ...".
_EXPLAINED_AFTER = re.compile(
    r"\s*\(|,\s+(?:a|an|the|which|that|or)\s|\s+(?:is|are|was|were)\s+(?:a|an|the)\s", re.I
)
_EXPLAINED_BEFORE = re.compile(
    r"\b(?:called|named|known as|drug|drugs|medicine|medicines|medication|medications)"
    r"(?:\s+(?:such as|including|like))?(?:\s+[\w-]+(?:,|\s+and|\s+or))*\s+$",
    re.I,
)


def _read(name: str) -> dict[str, tuple[str, str]]:
    """Lower-case term -> (its explanation, a shorter one or ""), from the data file `name`."""
    text = resources.files("plainsum").joinpath(f"data/{name}").read_text("utf-8")
    entries = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term, sep, rest = line.partition("\t")
        explanation, _, short = rest.partition("\t")
        if not sep or not explanation.strip():
            raise ValueError(f"{name} line {number} is not 'term<TAB>explanation'")
        entries[term.strip().lower()] = (explanation.strip(), short.strip())
    return entries


@cache
def _entries() -> dict[str, tuple[str, str]]:
    """The terms explained as each sentence is edited (data/explanations.tsv)."""
    return _read("explanations.tsv")


@cache
def body_gloss() -> dict[str, str]:
    """Lower-case term -> its explanation, for the terms explained only once the body is chosen
    (data/body_explanations.tsv, `explained_after`)."""
    return {term: full for term, (full, _) in _read("body_explanations.tsv").items()}


@cache
def gloss() -> dict[str, str]:
    """Lower-case term -> its explanation (a noun phrase): every vetted explanation, whether said
    as a sentence is edited (data/explanations.tsv) or once the body is chosen."""
    return {term: full for term, (full, _) in _entries().items()} | body_gloss()


@cache
def glossed() -> re.Pattern[str]:
    """A gloss term followed by its own explanation in brackets: the term is group 1."""
    pairs = sorted(gloss().items(), key=lambda kv: len(kv[0]), reverse=True)
    alternatives = "|".join(
        rf"(?P<t{i}>{re.escape(term)}) \({re.escape(said)}\)"
        for i, (term, said) in enumerate(pairs)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})", re.I)


def without_glossed(text: str) -> str:
    """`text` without each gloss term said with its explanation ("anti-CD20 treatments (drugs
    that remove B cells ...)"): what is left of it that no bracket explains."""
    if " (" not in text:
        return text  # (every explanation opens with " (": most sentences have none)
    return glossed().sub(" ", text)


@cache
def _gloss_pattern() -> re.Pattern[str]:
    terms = sorted(_entries(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, terms)) + r")(?![\w-])", re.I)


@cache
def _lay_terms() -> frozenset[str]:
    text = resources.files("plainsum").joinpath("data/lay_terms.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def in_brackets(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") > before.count(")")


def ends_phrase(text: str, end: int) -> bool:
    """Whether the term ending at `end` ends its noun phrase: punctuation, the sentence's end,
    a function word, a bound ("up to", "below") or a verb in "-ed" comes next ("nimodipine
    lowered")."""
    if re.match(r"\s*(?:[,;:.!?)]|$)", text[end:]):
        return True
    if _BOUND.match(text, end):
        return True  # "all-cause mortality up to 30 days", "Apgar scores below 7"
    nxt = _NEXT.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1).lower()
    return word in _PHRASE_ENDS or (word.endswith("ed") and len(word) > 4)


def explained(text: str, start: int, end: int) -> bool:
    return bool(_EXPLAINED_AFTER.match(text, end) or _EXPLAINED_BEFORE.search(text[:start]))


def explain_terms(text: str, short: bool = False) -> str:
    """`text` (one sentence) with the first use of each gloss term explained in brackets and
    each rare medicine name introduced as "the drug ..." where that reads whole; `short`: with
    a term's shorter explanation where the gloss gives one."""
    text = _explain_gloss(text, short)
    return _introduce_drugs(text)


def _explain_gloss(text: str, short: bool = False) -> str:
    found = list(_gloss_pattern().finditer(text))  # most pieces name no gloss term: no more asked
    if not found or (not has_verb(text) and not _ED_WORD.search(text)):
        # a piece with no verb ("Result assessor blinding.") stays a fragment: the verb of an
        # explanation ("keeping people from knowing ...") must not make it read as a sentence
        return text
    seen: set[str] = set()
    out = []
    last = 0
    for m in found:
        key = " ".join(m.group(1).lower().split())
        if key in seen:
            continue
        seen.add(key)
        if in_brackets(text, m.start()) or explained(text, m.start(), m.end()):
            continue
        if not ends_phrase(text, m.end()) or _OF_AFTER.match(text, m.end()):
            continue  # "seroma (...) aspirations", "blinding (...) of": inside a noun phrase
        if _unexplained_partner(text[: m.start()], _entries()):
            continue  # "neutropenia and lymphopenia (...)": one bracket reads as both terms'
        full, brief = _entries()[key]
        out.append(text[last : m.end()] + f" ({brief if short and brief else full})")
        last = m.end()
    return "".join(out) + text[last:]


def may_explain(text: str, start: int, end: int) -> bool:
    """Whether a bracket may follow the term at `start`:`end` of `text`: not inside a bracket,
    not explained already, at the end of its noun phrase (no "of" after it), and not the second
    of a pair whose first member is a rare word with no explanation (`_explain_gloss`'s rules)."""
    return not (
        in_brackets(text, start)
        or explained(text, start, end)
        or not ends_phrase(text, end)
        or _OF_AFTER.match(text, end)
        or _unexplained_partner(text[:start], gloss())
    )


_OF_AFTER = re.compile(r"\s+of\b", re.I)
_ED_WORD = re.compile(r"\b[a-z]{2,}ed\b")  # "used": a verb in "-ed" that has_verb may miss


# A word joined to the term before it by "and" or "or" ("neutropenia and lymphopenia").
_PARTNER = re.compile(r"(?<![\w-])([A-Za-z][\w'-]*),?\s+(?:and|or)\s+$")
RARE_PARTNER_ZIPF = 3.0  # a partner this rare is a term of its own that a reader may not know


def _unexplained_partner(before: str, explaining: Container[str]) -> bool:
    """Whether the term after `before` ends a pair whose first member is a rare word with no
    explanation of its own: a bracket after the pair would read as the explanation of both
    ("neutropenia and lymphopenia (a low count of one type of white blood cell)", two kinds of
    cell), so each is explained or neither is. `explaining`: the terms the same pass explains
    (as a sentence is edited, only those of data/explanations.tsv; once the body is chosen, every
    vetted term: "leukopenia" of the body gloss gets no bracket of its own while sentences are
    edited)."""
    m = _PARTNER.search(before)
    if m is None:
        return False
    partner = m.group(1).lower()
    return partner not in explaining and zipf(partner) < RARE_PARTNER_ZIPF


# A bound or comparison that follows a measure's name, not a noun it modifies.
_BOUND = re.compile(r"\s+(?:up to|less than|greater than|more than|below|above)\s", re.I)
_NAME = re.compile(r"(?<![\w-])([A-Za-z][a-z]{5,})(?![\w-])")
# (the whole word before, hyphens and all: "add-on brivaracetam" has no "on" before its name)
_PREV = re.compile(r"([A-Za-z][A-Za-z-]*)\W*$")
_NEXT = re.compile(r"\s+([A-Za-z]+)")


def _introduce_drugs(text: str) -> str:
    seen: set[str] = set()
    out = []
    last = 0
    for m in _NAME.finditer(text):
        word = m.group(1)
        lower = word.lower()
        if not lower.endswith(DRUG_ENDINGS) or lower in seen or lower in _lay_terms():
            continue
        seen.add(lower)
        if zipf(lower) >= RARE_DRUG_ZIPF or not _opens_phrase(text, m.start(), m.end()):
            continue
        if word[0].isupper() and m.start() > 0:
            continue  # a capital inside a sentence: a brand or a name, not for "the drug"
        lead = "The drug " + lower if m.start() == 0 else "the drug " + word
        out.append(text[last : m.start()] + lead)
        last = m.end()
    return "".join(out) + text[last:]


# A name that opens a list of names ("fluoxetine, orlistat, and ..."), or one paired with another.
_NAMES_LIST = re.compile(r",\s*[A-Za-z][\w-]*(?:,|\s+(?:and|or)\b)")
_PAIRED = re.compile(r"\s+(?:and|or)\s+([A-Za-z][\w-]*)")


def _opens_phrase(text: str, start: int, end: int) -> bool:
    """Whether "the drug" can stand before the name at `start`: the sentence starts there or a
    preposition, verb of giving or conjunction comes before it; it is no modifier of a noun
    after it, inside no bracket, and not explained already."""
    if in_brackets(text, start) or explained(text, start, end):
        return False
    if _NAMES_LIST.match(text, end):
        return False  # "the drug fluoxetine, orlistat, and sibutramine": one of several names
    pair = _PAIRED.match(text, end)
    if pair and (
        pair.group(1).lower().endswith(DRUG_ENDINGS) or zipf(pair.group(1).lower()) < RARE_DRUG_ZIPF
    ):
        return False  # "the drug fluoxetine and orlistat": two drugs
    if not ends_phrase(text, end):
        return False
    if start == 0:
        return True
    before = text[:start]
    if not before.endswith(" "):
        return False  # after a bracket or a slash: its own construction
    prev = _PREV.search(before)
    if prev is None:
        return False
    return prev.group(1).lower() in _OPENS and not before.rstrip().endswith(",")
