"""Abbreviations: how the gate spots them, tells whether one is explained, and checks them.

- Spotting: an abbreviation has two or more capitals (EAE, RCT, EDSS, IL-17, mRNA); a
  hyphenated compound counts by its parts ('EAE-induced' -> EAE). Used by the shape check
  (an abbreviation a summary leaves unexplained is an error there) and by the drafter.
- Explained (plainsum.checks.abbreviations_explained): 'long form (T)', 'T (what it is)',
  'T, a ...', 'T is a ...', 'called T'.
- Spelled out wrongly (this module's check, "abbreviations"): an abbreviation written out with
  anything but the paper's own definition is an error, because it states something false.
  * the summary defines it ('relapsing-remitting (RR)', 'RR (relapsing-remitting)', 'RR, short
    for ...') with a long form whose initials spell it but that is not the paper's;
  * the summary writes out a common sense of an abbreviation the paper uses in another sense:
    'relapsing-remitting' where the paper's RR sits beside confidence intervals (a risk
    ratio), 'heart rate' where its HR is a hazard ratio. The senses and the context that
    decides between them are in data/abbreviation_senses.tsv; the paper's own definition,
    when it has one, always decides.

How long forms are read and compared is in plainsum.checks.long_forms (and, named without their
short form or tried and botched, plainsum.checks.long_form_names), the senses of ambiguous
abbreviations in plainsum.checks.abbreviation_senses, whether a text explains one in
plainsum.checks.abbreviations_explained; this module spots abbreviations and runs the check.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from ..plain.standard_forms import standard_definitions, standard_forms
from ..schemas import Finding, PlainSummary, Severity
from ..substring_scan import Substrings
from .abbreviation_senses import Sense, paper_sense, senses
from .abbreviations_explained import explained
from .long_form_names import (
    attempted_expansions,
    named_in_full,
    near_long_forms,
    plain_last_word,
)
from .long_forms import (
    _spells_exactly,
    paper_definitions,
    same_long_form,
    same_words,
    summary_expansions,
)
from .text import known_abbreviations, zipf

CHECK = "abbreviations"
SHOUTED_WORD_LETTERS = 5  # an all-caps everyday word this long is shouting, not an abbreviation

# A word or hyphenated compound with two capitals somewhere in it (the lookahead stays inside
# the compound, so ordinary words are skipped at C speed).
_COMPOUND = re.compile(r"(?<![\w‐‑-])(?=[\w‐‑-]*[A-Z][\w‐‑-]*[A-Z])[^\W_]+(?:[‐‑-][^\W_]+)*")
_ABBREVIATION = re.compile(
    # "EDSS", "IL-17", "mRNA", and one that opens on its number: "6MWD" (six-minute walk distance)
    r"^(?:[A-Z][A-Za-z]*[A-Z][A-Z0-9]*|[a-z]{1,2}[A-Z]{2,}[A-Z0-9]*|\d[A-Z]{2,}[A-Z0-9]*)"
    r"(?:-\d+[A-Za-z]?)?s?$"
)
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")


def _parts(compound: str) -> list[str]:
    """The parts of a hyphenated compound, a part that starts with a digit kept with the part
    before it: 'anti-IL-17-treated' -> ['anti', 'IL-17', 'treated']."""
    parts: list[str] = []
    for part in re.split(r"[-‐‑]", compound):
        if parts and part[:1].isdigit():
            parts[-1] = f"{parts[-1]}-{part}"
        else:
            parts.append(part)
    return parts


def _as_abbreviation(token: str) -> str | None:
    """`token` as an abbreviation (a plural 's' dropped), or None if it is not one. A common
    word in capitals ('IMPORTANCE', a heading left in the text) is not an abbreviation."""
    if not _ABBREVIATION.match(token) or _TITLE_WORD.match(token):
        return None
    if len(token) >= SHOUTED_WORD_LETTERS and token.isalpha() and zipf(token.lower()) >= 4.0:
        return None
    if sum(ch.isupper() for ch in token) < 2:
        return None
    if token.endswith("s") and (token[-2].isupper() or token[-2].isdigit()):
        token = token[:-1]
    return token


def abbreviations(text: str) -> list[str]:
    """Abbreviations (two or more capitals, a plural 's' dropped), in order of appearance, each
    once; a hyphenated compound counts by its parts ('EAE-induced' -> 'EAE')."""
    seen: list[str] = []
    known = known_abbreviations()
    for m in _COMPOUND.finditer(text):
        compound = m.group(0)
        parts = [_as_abbreviation(p) for p in _parts(compound)]
        if compound in known or (len(parts) > 1 and all(parts)):  # "GM-CSF", "SARS-CoV-2"
            candidates: list[str | None] = [compound]
        else:
            candidates = parts
        for token in candidates:
            if token and token not in seen:
                seen.append(token)
    return seen


def _is_known(token: str, known: frozenset[str]) -> bool:
    return token in known or token.split("-")[0] in known


# A Roman numeral after a word that counts ("stage III", "phase II", "type IV") is a number, not
# an abbreviation; on its own "IV" may well be one (intravenous), so the word before decides.
_ROMAN = re.compile(r"^(?=[IVX]{1,5}$)X{0,3}(?:IX|IV|V?I{0,3})$")
_COUNTED = r"(?:stage|phase|type|grade|class|level|part|step|tier|category|group|arm|criterion)s?"


def _numbered(token: str, text: str) -> bool:
    """A Roman numeral after a word that counts, or joined to a name as its version ("Beck
    Depression Inventory-II", "DSM-IV")."""
    return bool(_ROMAN.match(token)) and bool(
        re.search(rf"\b{_COUNTED}(?: \w+ (?:and|or|to))? {token}\b", text, re.I)
        or re.search(rf"[A-Za-z]-{token}(?![\w-])", text)
    )


# Abbreviations lay readers know in one phrase only: "mRNA vaccine" has been a household name
# since the COVID-19 vaccines, while "mRNA" on its own (a molecule in a lab) still needs
# explaining.
# So is "JC virus" (a virus, which is all a reader needs; readers saw the gate fail a correct
# natalizumab draft for it) and "CD20" before the word for the medicines, or in "anti-CD20"
# (people with MS meet it as the kind of drug ocrelizumab is; a use after a hyphen is not
# counted as a use of its own).
_KNOWN_IN_PHRASE = {
    "mRNA": re.compile(r"(?<![\w-])mRNA(?:-based)?\s+(?:COVID-19\s+)?vaccines?\b"),
    "JC": re.compile(r"(?<![\w-])JC\s+(?:virus|viruses|polyomavirus)\b"),
    "CD20": re.compile(
        r"(?<![\w-])CD20(?=[- ](?:targeting\s+|depleting\s+)?(?:drugs?|therap(?:y|ies)|"
        r"treatments?|antibod(?:y|ies)|medicines?|medications?)\b)"
    ),
}


def _known_in_phrase(token: str, text: str) -> bool:
    """Whether every use of `token` in `text` is inside a phrase lay readers know."""
    phrase = _KNOWN_IN_PHRASE.get(token)
    if phrase is None:
        return False
    uses = len(re.findall(rf"(?<![\w-]){re.escape(token)}s?(?![\w])", text))
    return uses == len(phrase.findall(text))


def unexplained_abbreviations(text: str) -> list[str]:
    """Abbreviations in `text` that lay readers would not know and `text` does not explain."""
    known = known_abbreviations()
    return [
        t
        for t in abbreviations(text)
        if not _is_known(t, known)
        and not _known_in_phrase(t, text)
        and not explained(t, text)
        and not _numbered(t, text)
    ]


# --- the check -------------------------------------------------------------------------------


class WrongExpansion(NamedTuple):
    short: str
    written: str  # the long form as the summary writes it
    paper: str  # what the abbreviation means in the paper


def _escape_template(text: str) -> str:
    """`text` safe as the literal part of an `re.sub` replacement template."""
    return text.replace("\\", "\\\\")


def _written_out(definitions: dict[str, str]) -> dict[str, str]:
    """Definitions with the abbreviations inside a long form written out too ("customised
    FOs" -> "customised foot orthoses")."""
    out = dict(definitions)
    for short, long_form in definitions.items():
        for inner, inner_long in definitions.items():
            if inner != short and inner in long_form:  # a quick no: the pattern holds `inner`
                long_form = _plural_use(inner).sub(rf"{_escape_template(inner_long)}\1", long_form)
        out[short] = long_form
    return out


@lru_cache(maxsize=4096)
def _plural_use(short: str) -> re.Pattern[str]:
    """`short` as a word of its own, a plural 's' after it caught as group 1."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(s?)(?![\w-])")


@lru_cache(maxsize=4096)
def _use(word: str) -> re.Pattern[str]:
    """`word` (a short or long form) as a word of its own, not part of a longer one."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _defined(short: str, definitions: dict[str, str]) -> str | None:
    """The paper's long form for `short`, singular or plural ("AED" where it defines "AEDs")."""
    for key in (short, f"{short}s", short[:-1] if short.endswith("s") else ""):
        if key in definitions:
            return definitions[key]
    return None


_LONG_FORM_JOINS = re.compile(r"\s*/\s*|\s+(?:and|or)\s+", re.I)


def _slashes_apart(expansions: dict[str, str], definitions: dict[str, str]) -> dict[str, str]:
    """`expansions` with abbreviations joined by slashes that the paper does not define
    together taken apart, each with its part of the long form ("physical therapy/total knee
    arthroplasty (PT/TKA)": PT, TKA), when the long form has as many parts."""
    out: dict[str, str] = {}
    for short, shown in expansions.items():
        parts = short.split("/")
        longs = _LONG_FORM_JOINS.split(shown)
        if len(parts) < 2 or _defined(short, definitions) or len(longs) != len(parts):
            out[short] = shown
            continue
        out.update(zip(parts, longs, strict=True))
    return out


def wrong_expansions(source: str, summary_text: str) -> list[WrongExpansion]:
    """Abbreviations of the paper that the summary spells out with something else."""
    definitions = _written_out(paper_definitions(source))
    source_lower = source.lower()
    defined_lower = " ".join(definitions.values()).lower()
    out: list[WrongExpansion] = []
    expansions = _slashes_apart(summary_expansions(summary_text), definitions)
    for short, tried in attempted_expansions(summary_text, definitions).items():
        expansions.setdefault(short, tried)
    for short, near in near_long_forms(summary_text, definitions, source).items():
        expansions.setdefault(short, near)
    for short, shown in expansions.items():
        # compared written out ("MS" inside it as the paper defines MS), reported as shown
        written = _written_out({**definitions, short: shown}).get(short, shown)
        paper = _defined(short, definitions) or named_in_full(short, source)
        if paper and not same_long_form(written, paper):
            if not plain_last_word(short, written, paper):
                out.append(WrongExpansion(short, shown, paper))
        elif not paper and _singular(short) in senses():
            key = _singular(short)
            meant = paper_sense(key, source, definitions) or _sense_in_full(key, source_lower)
            if meant is None and len(senses()[key]) == 1:
                meant = senses()[key][0]  # a standard long form holds in any paper
            if meant and not _names(meant, written):
                out.append(WrongExpansion(short, shown, meant.long_forms[0]))
        elif not paper:
            standard = _standard_long_form(short, source, definitions)
            if (
                standard
                and not same_long_form(written, standard)
                and not same_words(written, standard)
                and written.lower() not in source_lower
            ):
                out.append(WrongExpansion(short, shown, standard))
    summary_lower = summary_text.lower()
    in_paper = _senses_written().held(source)  # the table's short forms `source` holds
    for short, options in senses().items():
        if short not in in_paper:  # a quick no: the pattern below holds `short` itself
            continue
        if not _use(short).search(source):
            continue
        meant = paper_sense(short, source, definitions)
        own = _defined(short, definitions)  # a sense the table may not know: "PD" for dialysis
        if meant is None and own is None:
            continue
        for sense in options:
            if sense is meant or (own and _names(sense, own)):
                continue
            for long_form in sense.long_forms:
                at = _use(long_form).search(summary_lower)
                if not at or long_form in source_lower or long_form in defined_lower:
                    continue
                if sense.own_use and sense.own_use.match(summary_text, at.end()):
                    continue
                if any(w.short == short for w in out):
                    continue
                written = summary_text[at.start() : at.end()]
                paper = own or (meant.long_forms[0] if meant else "")
                out.append(WrongExpansion(short, written, paper))
    return out


def _sense_in_full(short: str, source_lower: str) -> Sense | None:
    """The one sense of an ambiguous `short` whose long form the paper writes in full, though
    it never uses the short form ("hazard ratio 0.77" for a summary's "HR"); None when it
    writes none or more than one."""
    named = [
        sense
        for sense in senses()[short]
        if any(_use(long_form).search(source_lower) for long_form in sense.long_forms)
    ]
    return named[0] if len(named) == 1 else None


def _standard_long_form(short: str, source: str, definitions: dict[str, str]) -> str | None:
    """The vetted long form of a short form the paper uses undefined, in a sentence that shows
    its sense ("100,000 IU": international units), when its initials spell the short form:
    a summary that spells the short form out in other words states something the paper does
    not ("intravenous units"). Plain renderings ("ADL": daily activities) are left alone."""
    standard = standard_definitions(source, definitions).get(_singular_standard(short))
    return standard if standard and _spells_exactly(short, standard) else None


def _singular_standard(short: str) -> str:
    """`short` as the standard list holds it ("RCTs" -> "RCT")."""
    if short.endswith("s") and short not in standard_forms() and short[:-1] in standard_forms():
        return short[:-1]
    return short


@cache
def _senses_written() -> Substrings:
    """The sense table's short forms, to find which of them a paper holds in one pass."""
    return Substrings(senses())


def _singular(short: str) -> str:
    """`short` without a plural 's' ("RCTs" -> "RCT"), when the table knows only the singular."""
    if short.endswith("s") and short not in senses() and short[:-1] in senses():
        return short[:-1]
    return short


def _names(sense: Sense, long_form: str) -> bool:
    """Whether `long_form` is one of the long forms of `sense`, its words in any order (a
    paper's "remitting-relapsing MS" is the table's "relapsing-remitting MS")."""
    return any(
        same_long_form(long_form, lf) or same_words(long_form, lf) for lf in sense.long_forms
    )


def check_abbreviations(source_text: str, summary: PlainSummary) -> list[Finding]:
    """An error for each abbreviation of the paper that the summary spells out wrongly."""
    sections = summary.sections()
    text = "\n".join(sections.values())
    findings = []
    for wrong in wrong_expansions(source_text, text):
        section = next(
            (k for k, v in sections.items() if wrong.written.lower() in v.lower()), "headline"
        )
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=section,
                span=wrong.written,
                message=(
                    f"'{wrong.written}' spells out {wrong.short}, but in the paper "
                    f"{wrong.short} means '{wrong.paper}'."
                ),
                hint=f"Write what the paper means: '{wrong.paper}', in plain words if needed.",
            )
        )
    return findings
