"""Jargon: technical terms a lay reader does not know, left unexplained where first used.

A term is jargon when
- it is on the learned list (data/jargon_terms.txt: words and fixed phrases that research
  abstracts use and human lay summaries of the same papers replace, built by
  bench/build_jargon.py), or
- it is a word so rare in everyday English, in its commonest spelling and form, that a lay
  reader cannot know it ("rotarod", "histiocytes", "iontophoresis"), or a compound with a
  one-letter part ("g-ratio") (plainsum.checks.jargon_words); a word built from words a
  reader knows ("retreatment", "bedsore") is read as its parts, or
- it names a condition or a procedure in Greek or Latin, rarer than everyday words, and the
  text names it once ("Headache and rhinitis were common"): a passing mention, where the
  summary's own subject, named again and again, is known to its reader, or
- it is a code in mixed case that the abbreviation check does not spot ("Cmax", "AUClast",
  "HbA1c", "sNfL"), or
- it is a statistic's name or a term of art made of everyday words ("hazard ratio", "area
  under the curve", "intention to treat": plainsum.checks.jargon_phrases), or
- it is a chemical symbol read as a word ("K+", "Ca2+", "K plasma levels":
  plainsum.checks.jargon_symbols; a warning whose hint names the element);
and it is not a word people with MS know from their own care (data/lay_terms.txt: myelin,
relapse, their medicines' names), nor a common word misspelt by one slip ("similarily",
"thryoid": `jargon_words.misspelt`), unless the paper uses it ("resectable" is one slip from
"respectable"): 14 of the human lay summaries' jargon errors were such slips. Abbreviations
are the abbreviations check's business, and the words of a web address are no terms.

A term is explained when the sentence that first uses it, or the next one, says what it is
(plainsum.checks.jargon_explained).

Severity: a very rare word, a statistic's name or a code left unexplained is an error (no
reader can follow the sentence), and so is every term of a sentence that holds two or more
(each word of "lower urinary tract symptoms" is common, but a sentence of such terms loses a lay
reader); a single learned term or term of art is a warning (the draft needs an editor's look:
the list is statistical, and "cohort" or "subgroup" may be known to some readers).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from .. import caseless
from ..memo import cached_list
from ..schemas import Finding, PlainSummary, Severity
from .abbreviations import abbreviations
from .drug_names import drug_name, in_medicine_slot
from .jargon_explained import ABBREVIATION, WORD, explained
from .jargon_measures import MEASURES, NAMED_SCALES, accuracy_statistics, eponym_measures
from .jargon_phrases import STATISTIC, TERMS_OF_ART
from .jargon_symbols import element_symbols, symbol_hint
from .jargon_words import (
    coded,
    condition_name,
    forms,
    is_lay,
    is_learned,
    lay_terms,
    learned_terms,
    misspelt,
    negated_known,
    very_rare,
)
from .text import sentence_spans, zipf

__all__ = [
    "Term",
    "check_jargon",
    "explained",
    "find_terms",
    "lay_terms",
    "learned_terms",
    "unexplained_terms",
    "very_rare",
]

CHECK = "jargon"
MIN_LETTERS = 5  # shorter rare words are mostly names, units or typos
MAX_TERM_WORDS = 3
DENSE_TERMS = 2  # unexplained terms in one sentence, one a phrase, that lose a lay reader

_SENTENCE_GAP = re.compile(r"(?:[.!?:]\W*\s+|\n\s*|^\W+)")


class Term(NamedTuple):
    """A jargon term found in a text: as written, where, and why it counts."""

    text: str
    start: int
    very_rare: bool
    medicine: bool = False  # a medicine's name: lay summaries keep them, even several at once
    # a measure named in everyday words (`jargon_measures`): one thing an editor explains once
    measure: bool = False


@cache
def _phrase_starts() -> frozenset[str]:
    """First words of the learned phrases, to try a phrase only where one can start."""
    return frozenset(t.split()[0] for t in learned_terms() if " " in t)


# what every code has somewhere: a quick test before the tokens are read one by one
_MAY_BE_CODE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|\b[A-Z][bcdfgjkmnpqstvxz][a-z]")
_TOKEN = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w'’-])")
# `_TOKEN`'s matches that hold a capital (are not `islower()`: a token starts with a letter),
# found without a match object for every lower-case word of a paper: a match of `_TOKEN` is the
# whole run of [A-Za-z0-9-] it starts (the character after it is none of them), so the
# look-ahead reads exactly the token's characters, and the scan finds nothing inside a token
# (a letter or digit stands before every place there)
_CAPITAL_TOKEN = re.compile(
    r"(?<![\w'’-])(?=[a-z0-9-]*[A-Z])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w'’-])"
)


def _codes(text: str) -> list[Term]:
    """Codes in mixed case ('Cmax', 'HbA1c', 'sNfL'), first use of each, as errors: no lay
    reader can read them. The abbreviations the abbreviation check spots are left to it."""
    if not _MAY_BE_CODE.search(text):
        return []
    candidates = list(_CAPITAL_TOKEN.finditer(text))
    if not any(coded(part) for m in candidates for part in m.group(0).split("-")):
        return []
    # an abbreviation spotted as a whole compound ('SARS-CoV-2', 'mRNA-1273') holds its parts
    spotted = {p for a in abbreviations(text) for p in (a, *a.split("-"))}
    found: list[Term] = []
    for m in candidates:
        at = m.start()
        for part in m.group(0).split("-"):
            if (
                coded(part)
                and part not in spotted
                and part.removesuffix("s") not in spotted
                and all(t.text != part for t in found)
            ):
                found.append(Term(part, at, True))
            at += len(part) + 1
    return found


def _joined(text: str, words: list[re.Match[str]], i: int, n: int) -> bool:
    """Whether the `n` words from `words[i]` on run over plain spaces alone: a phrase may run
    over a plain space between two words, never over punctuation or a line break (asked only
    where a learned phrase may start, not of every pair of words)."""
    for a, b in zip(words[i : i + n - 1], words[i + 1 : i + n], strict=True):
        gap = text[a.end() : b.start()]
        if not gap.isspace() or "\n" in gap:
            return False
    return True


# A chemical named with a numbered position ("pyridoxal 5'-phosphate", "3'-UTR"): no lay reader
# can read it, however common its words; the word before it is part of the name. A warning: a
# paper about the chemical names it in its main finding, and a draft whose repair cut that
# sentence lost its finding (plaba 26893260, read in gate_identity).
LOCANT_WORD_ZIPF = 3.0  # a word this common before the number is not part of the name
_LOCANT_NAME = re.compile(
    r"(?:(?<![\w'’-])[a-z][a-z]{2,}[ -])?(?<![\w.])\d{1,2}['′’]-[A-Za-z][\w-]*"
)


def _locant_names(text: str) -> list[Term]:
    """Chemicals named with a numbered position, first use of each."""
    if "-" not in text:
        return []
    found: list[Term] = []
    for m in _LOCANT_NAME.finditer(text):
        name, start = m.group(0), m.start()
        first = re.match(r"[a-z]+[ -](?=\d)", name)
        if first and zipf(first.group(0)[:-1]) >= LOCANT_WORD_ZIPF:
            name, start = name[first.end() :], start + first.end()  # "the 3'-UTR"
        if all(t.text.lower() != name.lower() for t in found):
            found.append(Term(name, start, False))
    return found


_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)


def _links(text: str) -> list[tuple[int, int]]:
    """Where the web addresses of `text` stand."""
    if "://" not in text and "www." not in text.lower():
        return []
    return [m.span() for m in _LINK.finditer(text)]


@lru_cache(maxsize=65536)  # a word is read once, however many texts it is in
def _read_alone(lower: str) -> tuple[bool, tuple[str, ...]] | None:
    """What `find_terms` reads of a lower-case word outside a learned phrase: None when it is
    no term (lay, or neither very rare, learned nor a negated known word), else whether it is
    very rare and its forms (a term is new only when no form of it was met before)."""
    if is_lay(lower):
        return None
    rare = len(lower) >= MIN_LETTERS and very_rare(lower)
    if not (rare or is_learned(lower) or negated_known(lower)):
        return None
    return rare, forms(lower)


@cached_list
def find_terms(text: str) -> list[Term]:
    """Jargon terms of `text`, first use of each, in order. A capitalised word inside a
    sentence is a name and is skipped; so are abbreviations."""
    learned = learned_terms()
    lay = lay_terms()
    starts_phrase = _phrase_starts()
    words = list(WORD.finditer(text))
    tokens = [m.group(0) for m in words]
    lowers = [t.lower() for t in tokens]
    count = len(words)
    starts = {0} | {m.end() for m in _SENTENCE_GAP.finditer(text)}
    links = _links(text)
    found: list[Term] = []
    seen: set[str] = set()
    met: set[str] = set()  # the words read so far, terms or not
    i = 0
    while i < count:
        token, lower = tokens[i], lowers[i]
        if links and any(a <= words[i].start() < b for a, b in links):
            i += 1  # a web address's words are no terms: "http://mcpin.org/"
            continue
        # a word of lower-case letters alone has no capital and no digit: no abbreviation
        if not (token.isalpha() and token.islower()) and ABBREVIATION.search(token):
            i += 1
            continue
        m = words[i]
        matched = 0
        name = token[:1].isupper() and m.start() not in starts
        if lower in starts_phrase and not name:
            for n in range(MAX_TERM_WORDS, 1, -1):  # the longest learned phrase first
                if i + n <= count and _joined(text, words, i, n):
                    phrase = " ".join(lowers[i : i + n])
                    if phrase in learned and phrase not in lay:
                        matched = n
                        break
        if matched:
            if phrase not in seen:
                seen.add(phrase)
                found.append(Term(text[m.start() : words[i + matched - 1].end()], m.start(), False))
            i += matched
            continue
        # a term is read at its first use in any form: "carbapenem (antibiotics ...)" makes
        # the "carbapenems" of a later sentence no new term
        if not name and lower not in seen and (verdict := _read_alone(lower)) is not None:
            rare, its_forms = verdict
            if met.isdisjoint(its_forms):
                seen.add(lower)
                # the second word of a medicine's name is the name too: "mycophenolate mofetil"
                after_medicine = (
                    i > 0
                    and text[words[i - 1].end() : m.start()] == " "
                    and (
                        drug_name(lowers[i - 1])
                        or any(t.medicine and t.text.lower() == lowers[i - 1] for t in found)
                    )
                )
                medicine = (
                    drug_name(lower) or after_medicine or in_medicine_slot(text, m.start(), m.end())
                )
                found.append(Term(token, m.start(), rare and not medicine, bool(medicine)))
        if not name:
            met.add(lower)
        i += 1
    found += _codes(text)
    found += [Term(symbol, start, False) for symbol, start in element_symbols(text)]
    for locant in _locant_names(text):
        end = locant.start + len(locant.text)
        found = [t for t in found if not locant.start <= t.start < end]
        found.append(locant)
    known = {t.text.lower() for t in found}
    measures: set[str] = set()
    # a test's accuracy named is a warning, not an error like a hazard ratio: the error would
    # drop a diagnostic-accuracy draft's main result ("sensitivity ranged from 74% to 100%")
    # for its word (gate_identity: CD012660, CD011811 lost theirs); an editor explains it
    statistics = [
        (m.group(0), m.start(), m.end(), True) for m in caseless.finditer(STATISTIC, text)
    ]
    accuracy = [(*found, False) for found in accuracy_statistics(text)]
    for said, start, end, error in statistics + accuracy:
        measure = not error
        key = " ".join(w.rstrip("s") for w in said.lower().split()[:2])
        if said.lower() not in known and key in measures:
            # the same measure again in another form: "the Visual Analogue Scale scores" after
            # "a Visual Analogue Scale" is no new term
            found = [t for t in found if not start <= t.start < end]
        elif said.lower() not in known:
            known.add(said.lower())
            measures.add(key)
            found = [t for t in found if not start <= t.start < end]
            found.append(Term(said, start, error, measure=measure))
        elif error:
            found = [
                t._replace(very_rare=True) if t.text.lower() == said.lower() else t for t in found
            ]
    for m in [
        *caseless.finditer(TERMS_OF_ART, text),
        *caseless.finditer(MEASURES, text),
        *caseless.finditer(NAMED_SCALES, text),
    ]:
        first = m.group(0).split()[0]
        if (
            first[:1].isupper()
            and first.isalpha()
            and m.start() not in starts
            and m.re is not NAMED_SCALES
        ):
            continue  # "the Grey Literature meeting": a name, not the term ("T2 lesions" is)
        if m.group(0).lower() not in known:
            known.add(m.group(0).lower())
            found = [t for t in found if not m.start() <= t.start < m.end()]
            found.append(Term(m.group(0), m.start(), False, measure=m.re is not TERMS_OF_ART))
    for said, start, end in eponym_measures(text):
        if said.lower() not in known and not any(start <= t.start < end for t in found):
            known.add(said.lower())
            found.append(Term(said, start, False, measure=True))
    return sorted(found, key=lambda t: t.start)


def passing_conditions(text: str, whole: str, terms: list[Term]) -> list[Term]:
    """`terms` (the `find_terms` of `text`) and the conditions or procedures named in Greek or
    Latin that the whole summary (`whole`) names once only: a passing mention ("Headache and
    rhinitis were common"), not the summary's own subject, which it names again and again and
    its reader knows. Only a whole summary can tell, so `find_terms` (also asked of single
    sentences) leaves them out."""
    known = {t.text.lower() for t in terms}
    # where sentences start, and the whole summary's words: read once a word needs them (most
    # summaries name no condition in Greek or Latin)
    starts: set[int] | None = None
    everywhere: list[str] | None = None
    added = []
    for m in WORD.finditer(text):
        lower = m.group(0).lower()
        if lower in known or not condition_name(lower):
            continue
        if m.group(0)[:1].isupper():
            if starts is None:
                starts = {0} | {g.end() for g in _SENTENCE_GAP.finditer(text)}
            if m.start() not in starts:
                continue  # a name
        if everywhere is None:
            everywhere = [w.group(0).lower() for w in WORD.finditer(whole)]
        own = set(forms(lower))
        if sum(w[:3] == lower[:3] and not own.isdisjoint(forms(w)) for w in everywhere) == 1:
            added.append(Term(m.group(0), m.start(), True))
    return sorted([*terms, *added], key=lambda t: t.start) if added else terms


def unexplained_terms(text: str, terms: list[Term] | None = None) -> list[Term]:
    """Jargon terms of `text` not explained where first used (`terms`: its `find_terms`, when
    the caller has them already)."""
    terms = find_terms(text) if terms is None else terms
    if not terms:
        return []
    spans = sentence_spans(text)
    return [t for t in terms if not explained(t.text, text, t.start, spans)]


def _dense(terms: list[Term], text: str) -> list[Term]:
    """`terms` (unexplained, of `text`), each made an error when its sentence holds DENSE_TERMS
    or more of them, one a phrase: one term a reader may guess past, but a sentence of phrases
    whose every word is common and whose sense is not ("... the area under the curve in the
    per-protocol analysis ...") is closed to a lay reader. Medicines' names do not count, nor
    measures named in everyday words (`jargon_measures`): a result stated on them ("Lower
    Symbol Digit Modalities Test scores were linked with larger T2 lesion volume") is one an
    editor explains, and as errors they made the offline repair drop such results, and a
    headline that named the same measure (the lead's hand-written w4)."""
    spans = sentence_spans(text)

    def sentence(term: Term) -> int:
        return next((k for k, (_, b) in enumerate(spans) if term.start < b), len(spans))

    counted = [t for t in terms if not t.medicine and not t.measure]
    per_sentence = Counter(sentence(t) for t in counted)
    dense = {
        k
        for k, n in per_sentence.items()
        if n >= DENSE_TERMS and any(" " in t.text and sentence(t) == k for t in counted)
    }
    return [
        t._replace(very_rare=True) if t in counted and sentence(t) in dense else t for t in terms
    ]


def _named_and_explained(term: str, body: str) -> bool:
    """Whether the body names `term` and explains it where it first names it."""
    first = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", body, re.I)
    return first is not None and explained(first.group(0), body, first.start())


@lru_cache(maxsize=4)  # the body's terms and the headline's ask of the same paper
def _words_of(source_text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(source_text))


def _slips(terms: list[Term], source_text: str) -> list[Term]:
    """`terms` less the common words misspelt by one slip ("similarily", "thryoid") that the
    paper (`source_text`) does not use: a word the paper uses is its term ("resectable" is one
    slip from "respectable", "malacia" from "malaria")."""
    rare = {t.text.lower() for t in terms if t.very_rare}
    if not rare:
        return terms
    # the paper's words first: a word it uses is never a slip, and most of a summary's very
    # rare words are the paper's own (asking whether a word is one slip from a common one looks
    # up some 500 spellings)
    used = _words_of(source_text)
    slipped = {word for word in rare if word not in used and misspelt(word)}
    if not slipped:
        return terms
    return [t for t in terms if not (t.very_rare and t.text.lower() in slipped)]


def check_jargon(summary: PlainSummary, source_text: str = "") -> list[Finding]:
    """A finding for each jargon term the summary uses without explaining it where it first
    appears: an error for a very rare word, a statistic's name or a code, and for every term of
    a sentence that holds DENSE_TERMS or more; else a warning. The body is read in order, so a
    term explained in one section may stand in a later one; a term in the headline may be
    explained anywhere in the body, and a term the headline explains stands explained in the
    body. A common word misspelt is no term unless the paper (`source_text`) uses it."""
    sections = summary.sections()
    names = list(sections)[1:]
    body = ""
    starts: list[tuple[int, str]] = []
    for name in names:
        starts.append((len(body), name))
        body += sections[name] + "\n"
    terms = passing_conditions(
        body, f"{summary.headline}\n{body}", _slips(find_terms(body), source_text)
    )
    in_body = {t.text.lower() for t in terms}
    # a term the headline explains where it names it ("Night splints (braces worn in bed) eased
    # pain ...") is explained for the body too: the reader met it there first
    head_found = _slips(find_terms(summary.headline), source_text)
    head_unexplained = {t.text.lower() for t in unexplained_terms(summary.headline, head_found)}
    head_explained = {t.text.lower() for t in head_found} - head_unexplained
    unexplained_in_body = [
        t for t in unexplained_terms(body, terms) if t.text.lower() not in head_explained
    ]
    flagged: list[tuple[str, Term]] = []
    for term in _dense(unexplained_in_body, body):
        section = next(n for offset, n in reversed(starts) if offset <= term.start)
        flagged.append((section, term))
    # a headline term the body explains where it names it: "Spigelian hernias are rare" over a
    # body that opens "A Spigelian hernia is a kind of hernia: ..." (a capital mid-sentence,
    # the body reads it as a name, and finds no term to explain); a name the body only repeats
    # ("Dehydrozingerone treatment reduced ...") is still unexplained
    headline_terms = [
        t
        for t in head_found
        if t.text.lower() not in in_body and not _named_and_explained(t.text, body)
    ]
    for term in _dense(headline_terms, summary.headline):
        flagged.append(("headline", term))
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR if term.very_rare else Severity.WARNING,
            section=section,
            span=term.text,
            message=f"'{term.text}' is a technical term a lay reader may not know, and it is "
            "not explained where it is first used.",
            hint=symbol_hint(term.text)
            or (
                f"Use everyday words instead of '{term.text}', or say what it is the first "
                f"time, for example '{term.text}, a ...' or '... (what it is)'."
            ),
        )
        for section, term in flagged
    ]
