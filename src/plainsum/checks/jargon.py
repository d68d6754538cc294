"""Jargon: technical terms a lay reader does not know, left unexplained where first used.

A term is jargon when
- it is on the learned list (data/jargon_terms.txt: words and fixed phrases that research
  abstracts use and human lay summaries of the same papers replace, built by
  bench/build_jargon.py), or
- it is a word so rare in everyday English (wordfreq Zipf below `VERY_RARE_ZIPF`) that a lay
  reader cannot know it ("rotarod", "histiocytes", "iontophoresis"), or a compound with a
  one-letter part ("g-ratio");
and it is not a word people with MS know from their own care (data/lay_terms.txt: myelin,
relapse, their medicines' names). Abbreviations are the abbreviations check's business.

A term is explained when the sentence that first uses it, or the next one, says what it is:
"rotarod, a test of balance in mice", "the g-ratio (a measure of myelin thickness)", "a test of
balance (rotarod)", "a drug called fingolimod", "the drug fingolimod", "... iontophoresis,
which means ...", "Histiocytes are ...", or a next sentence such as "This is a test of ...".

Severity: a very rare word left unexplained is an error (no reader can follow the sentence); a
learned term is a warning (the draft needs an editor's look: the list is statistical, and
"hazard ratio" or "cohort" may be known to some readers).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from ..memo import cached_list
from ..schemas import Finding, PlainSummary, Severity
from .drug_names import drug_name, in_medicine_slot
from .text import sentence_spans, zipf

CHECK = "jargon"
VERY_RARE_ZIPF = 1.5  # below this no lay reader knows a word: an error if unexplained
RARE_ZIPF = 2.5
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
    r"plasia|genesis|lysis|prandial|amide|oic|enic|ium|um|eal|atory|otic|ase)$"
)
MIN_LETTERS = 5  # shorter rare words are mostly names, units or typos
MAX_TERM_WORDS = 3

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z]*(?:-[A-Za-z0-9]+)*(?![\w'’-])")
_SENTENCE_GAP = re.compile(r"(?:[.!?:]\W*\s+|\n\s*|^\W+)")


class Term(NamedTuple):
    """A jargon term found in a text: as written, where, and why it counts."""

    text: str
    start: int
    very_rare: bool


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


_ABBREVIATION = re.compile(r"[A-Z].*[A-Z]|\d")


@cache
def _phrase_starts() -> frozenset[str]:
    """First words of the learned phrases, to try a phrase only where one can start."""
    return frozenset(t.split()[0] for t in learned_terms() if " " in t)


@lru_cache(maxsize=65536)
def very_rare(word: str) -> bool:
    """Whether no lay reader knows a lower-case word (or a part of a hyphenated one)."""
    if word in lay_terms():
        return False
    parts = word.split("-")
    if len(parts) > 1 and any(len(p) == 1 for p in parts):
        return True  # "g-ratio", "c-fos": a letter glued to a word names a technical thing
    return any(
        len(p) >= MIN_LETTERS
        and (zipf(p) < VERY_RARE_ZIPF or (zipf(p) < TECHNICAL_ZIPF and _TECHNICAL_FORM.search(p)))
        for p in parts
    )


# Names of statistics: no lay reader can read a result off them, so unexplained they are errors
# like a very rare word ("a hazard ratio of 0.7"), whatever list they are on.
_STATISTIC = re.compile(
    r"\b(?:(?:hazard|odds|risk|rate|incidence) ratios?|confidence intervals?|"
    r"standard (?:deviations?|errors?)|(?:standardi[sz]ed |weighted )?mean differences?|"
    r"regression coefficients?|interquartile ranges?|p[- ]values?|propensity scores?)\b",
    re.I,
)


# Terms of art made of everyday words: read word by word they say something else, or nothing
# ("did not reach statistical significance" does not say there was no difference; "random
# sequence generation" is how a trial drew its groups). A warning like a learned term: the
# learned list keeps only phrases with a word rare in general English, so these are named here.
_TERMS_OF_ART = re.compile(
    r"\b(?:statistical(?:ly)? (?:non-?|in)?significan(?:t|ce|tly)|random(?:i[sz]ed)? sequence "
    r"generation|(?:random|fixed)[- ]effects? (?:model|meta-?analys[ie]s|analys[ie]s)|selective "
    r"(?:outcome )?reporting|intention[- ]to[- ]treat|(?:relative|absolute) "
    r"risks?|double[- ]blind(?:ed)?|grey literature)\b",
    re.I,
)


@cached_list
def find_terms(text: str) -> list[Term]:
    """Jargon terms of `text`, first use of each, in order. A capitalised word inside a
    sentence is a name and is skipped; so are abbreviations."""
    learned = learned_terms()
    lay = lay_terms()
    starts_phrase = _phrase_starts()
    words = list(_WORD.finditer(text))
    lowers = [m.group(0).lower() for m in words]
    # a phrase may run over a plain space between two words, never over punctuation
    joined = [
        text[a.end() : b.start()].isspace() and "\n" not in text[a.end() : b.start()]
        for a, b in zip(words, words[1:], strict=False)
    ]
    starts = {0} | {m.end() for m in _SENTENCE_GAP.finditer(text)}
    found: list[Term] = []
    seen: set[str] = set()
    i = 0
    while i < len(words):
        m, lower = words[i], lowers[i]
        if _ABBREVIATION.search(m.group(0)):
            i += 1
            continue
        matched = 0
        name = m.group(0)[:1].isupper() and m.start() not in starts
        if lower in starts_phrase and not name:
            for n in range(MAX_TERM_WORDS, 1, -1):  # the longest learned phrase first
                if i + n <= len(words) and all(joined[i : i + n - 1]):
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
        if not name and lower not in seen and lower not in lay:
            rare = len(lower) >= MIN_LETTERS and very_rare(lower)
            if rare or lower in learned:
                seen.add(lower)
                medicine = drug_name(lower) or in_medicine_slot(text, m.start(), m.end())
                found.append(Term(m.group(0), m.start(), rare and not medicine))
        i += 1
    known = {t.text.lower() for t in found}
    for m in _STATISTIC.finditer(text):
        if m.group(0).lower() not in known:
            known.add(m.group(0).lower())
            found = [t for t in found if not m.start() <= t.start < m.end()]
            found.append(Term(m.group(0), m.start(), True))
        else:
            found = [
                t._replace(very_rare=True) if t.text.lower() == m.group(0).lower() else t
                for t in found
            ]
    for m in _TERMS_OF_ART.finditer(text):
        if m.group(0)[:1].isupper() and m.start() not in starts:
            continue  # "the Grey Literature meeting": a name, not the term
        if m.group(0).lower() not in known:
            known.add(m.group(0).lower())
            found = [t for t in found if not m.start() <= t.start < m.end()]
            found.append(Term(m.group(0), m.start(), False))
    return sorted(found, key=lambda t: t.start)


# --- explanations --------------------------------------------------------------------------

_KINDS = (
    r"drug|drugs|medicine|medicines|medication|pill|pills|treatment|protein|proteins|gene|genes|"
    r"test|tests|scale|score|virus|bacterium|bacteria|molecule|chemical|hormone|enzyme|cell|"
    r"cells|measure|questionnaire|method|technique|procedure|condition|disease|infection|"
    r"substance|compound|fat|sugar|part of the brain|brain area|area of the brain|nerve|nerves|"
    r"antibody|antibodies|signal|signals|tool|device|scan|therapy|vaccine|mineral|acid|"
    r"medications|treatments|therapies|cream|creams|antibiotic|antibiotics|painkiller|"
    r"painkillers|operation|operations|surgery|vaccines|tablets|tablet|injection|injections"
)
_NEXT_SENTENCE = re.compile(
    r"^\W*(?!(?:this|that|it) (?:study|paper|work|research|review|trial|report|article)\b)"
    r"(?:this|these|that|it|they|such|the (?:test|term|scale|measure|drug|method|"
    r"technique|score|treatment|procedure))\b(?:\s+\S+){0,4}?\s+(?:(?:is|are|was|were)\s+"
    # "It is a test of ...", "These are immune cells ...": what the thing is, not what
    # happened to it ("It was first described in 1980", "They were seen in the skin")
    r"(?!(?:first|then|later|only|not|never|still|now|again)\b)"
    r"(?!(?!used|made|known|called|caused)[a-z]+(?:ed|en|wn)\b)"
    r"|means|measures|tests|checks|describes|refers|shows|helps|works|happens|counts|gives)\b",
    re.I,
)
# What may follow a term to explain it: "T (what it is)", "T, which means", "T, a ...",
# "T is a ...", "T means ...", "T: a ...". Matched right after the term (plural allowed).
_AFTER = re.compile(
    r"(?:e?s)?(?![\w-])"
    # its abbreviation may stand between: "Hypophosphatasia (HPP) is a ..."
    r"(?:\s*\((?=[^)]*[A-Z])[\w-]{2,10}\)(?=,|\s+(?:is|are|was|were)\s))?(?:"
    r"\s*\((?=[^)]*[a-z]{3}[^)]*\s)[^)]+\)"
    r"|\s*\(\s*[a-z][a-z-]{3,}\s*\)"  # one plain word: "epilepsies (seizures)"
    r"|,?\s+(?:which|that)\s+(?:is|are|was|were|means|measures|tests|describes|refers|stands|"
    r"helps|checks)\b"
    r"|,\s+(?:a|an|the|or|meaning|i\.e\.|known as|also called|also known as)\s"
    r"|['’\"]?\s+(?:is|are|was|were)\s+(?:a|an|the|how|when|what|where|one|some)\b"
    r"|\s+(?:means|refers to|stands for|describes|measures)\b"
    r"|\s*[–—:]\s*(?:a|an|the)\s"
    r"|\s*\))",  # "what it is (T)"
    re.I,
)
# What may come just before a term to explain it: "called T", "the drug T", a list that a
# kind word opens ("drugs such as narcotics or T", "the medicines methotrexate, T and ..."),
# or an opening bracket after the plain words ("very low blood sugar (severe T)").
_BEFORE = re.compile(
    rf"(?:\b(?:called|named|known as|termed)\s+(?:the\s+|a\s+|an\s+)?['‘\"]?"
    rf"|\b(?:{_KINDS})\s*(?:\(|:|,|,?\s+such as|,?\s+including|,?\s+like|\s+called|"
    rf"\s+named)?\s*(?:[\w-]+(?:\s+[\w-]+)?(?:,\s*|\s+and\s+|\s+or\s+)){{0,4}})$",
    re.I,
)
# The term names part of a noun phrase that is then explained: "Levodopa-carbidopa intestinal
# gel is a medicine ...", "peritoneal dialysis, a treatment that ...", "theta burst stimulation
# (magnetic pulses to the head)". Up to three words of the phrase follow the term (not verbs:
# "Ceramide rose, a sign of ..." does not explain ceramide).
_AFTER_PHRASE = re.compile(
    r"(?:e?s)?(?:\s+(?!(?:is|are|was|were|has|have|had|rose|fell|can|may|will)\b)"
    r"[a-z][\w'’-]*(?<!ed)){1,3}"
    r"(?:\s*\((?=[^)]*[a-z]{3}[^)]*\s)[^)]+\)"
    r"|,\s+(?:a|an|or|which (?:is|are|means)|known as|also called)\s"
    r"|\s+(?:is|are)\s+(?:a|an)\s)",
    re.I,
)
_INSIDE_BRACKETS = re.compile(r"\([^()]*$")


EXPLANATION_WORDS = 4  # how far past its marker an explanation is read


def _plain(explanation: str) -> bool:
    """Whether an explanation is in plain words: "which are proinflammatory" explains nothing."""
    return not any(
        very_rare(m.group(0).lower())
        for m in _WORD.finditer(explanation)
        if not _ABBREVIATION.search(m.group(0))
    )


# A question that sets out to explain: "What is bronchopulmonary dysplasia?"
_WHAT_IS = re.compile(r"^\W*(?:what|who) (?:is|are|was|were)\b[^?]*\?\W*$", re.I)


def _explains(term: str, sentence: str) -> bool:
    """Whether `sentence` explains `term` at one of its uses."""
    lower = sentence.lower()
    key = term.lower()
    if key in lower and _WHAT_IS.match(sentence):
        return True
    at = lower.find(key)
    while at >= 0:
        if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "-"):
            end = at + len(key)
            after = _AFTER.match(sentence, end) or _AFTER_PHRASE.match(sentence, end)
            # (a term just inside a bracket, "(T), a ...", is explained: _INSIDE_BRACKETS)
            if (
                after
                and not after.group(0).lstrip("es").startswith(")")
                and _plain(
                    after.group(0)
                    + " "
                    + " ".join(sentence[after.end() :].split()[:EXPLANATION_WORDS])
                )
            ):
                return True
            if _BEFORE.search(sentence, 0, at):
                return True
            if _INSIDE_BRACKETS.search(sentence, 0, at) and at > 0:
                return True  # the plain words came first: "root canal treatment (endodontic T)"
        at = lower.find(key, at + 1)
    return False


def explained(term: str, text: str, start: int, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether the sentence that uses `term` at `start`, or the sentence after it, explains
    it (`spans`: the sentence spans of `text`, when the caller has them)."""
    spans = sentence_spans(text) if spans is None else spans
    for k, (a, b) in enumerate(spans):
        if b <= start:
            continue
        if _explains(term, text[a:b]):
            return True
        # the next sentence of the same section (a section ends at a line break)
        same = k + 1 < len(spans) and "\n" not in text[b : spans[k + 1][0]]
        nxt = text[slice(*spans[k + 1])] if same else ""
        return bool(_NEXT_SENTENCE.search(nxt)) or _explains(term, nxt)
    return False


def unexplained_terms(text: str, terms: list[Term] | None = None) -> list[Term]:
    """Jargon terms of `text` not explained where first used (`terms`: its `find_terms`, when
    the caller has them already)."""
    terms = find_terms(text) if terms is None else terms
    if not terms:
        return []
    spans = sentence_spans(text)
    return [t for t in terms if not explained(t.text, text, t.start, spans)]


def check_jargon(summary: PlainSummary) -> list[Finding]:
    """A finding for each jargon term the summary uses without explaining it where it first
    appears. The body is read in order, so a term explained in one section may stand in a
    later one; a term in the headline may be explained anywhere in the body."""
    sections = summary.sections()
    names = list(sections)[1:]
    body = ""
    starts: list[tuple[int, str]] = []
    for name in names:
        starts.append((len(body), name))
        body += sections[name] + "\n"
    terms = find_terms(body)
    in_body = {t.text.lower() for t in terms}
    flagged: list[tuple[str, Term]] = []
    for term in unexplained_terms(body, terms):
        section = next(n for offset, n in reversed(starts) if offset <= term.start)
        flagged.append((section, term))
    for term in find_terms(summary.headline):
        if term.text.lower() not in in_body:
            flagged.append(("headline", term))
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR if term.very_rare else Severity.WARNING,
            section=section,
            span=term.text,
            message=f"'{term.text}' is a technical term a lay reader may not know, and it is "
            "not explained where it is first used.",
            hint=f"Use everyday words instead of '{term.text}', or say what it is the first "
            f"time, for example '{term.text}, a ...' or '... (what it is)'.",
        )
        for section, term in flagged
    ]
