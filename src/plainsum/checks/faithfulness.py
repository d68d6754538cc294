"""Faithfulness: every number, drug name and gene or protein name in a summary occurs in its
source. A summary may say fewer things than the paper, never different ones.

Numbers are compared as values: "1,000" = "1000", "3·5" = "3.5", "26" = "twenty-six" (both
ways, 0 to 999 and round thousands/millions), "40%" = "40 percent" = "40 per cent", and
"phase III" in a paper supports "phase 3". A number inside a name ("IL-17", "COVID-19",
"CD20", "HHV-6A") is part of the name, not a number. A share in words ("about a third", "half
of the trials") must be near a share the paper gives (plainsum.checks.number_shares). The
words "one" and "two" are free in a summary: "one person", "one or two studies", "two groups"
are ways of speaking far more often than claims of fact, and an error on each would cost a
repair for nothing. Digits are never free.

Names are tokens that look like drugs, genes or proteins: letters with digits ("IL-6",
"CD20"), ALL-CAPS tokens ("BDNF"), words with drug-name endings ("-mab", "-nib", "-imod" ...)
and capitalised words inside a sentence that are rare in English ("Sardinia", "Plasmodium").
A name is supported when the paper has it, ignoring case and hyphens/spaces ("IL6" = "IL-6" =
"IL 6"), or, for an abbreviation the summary defines ("polymerase chain reaction (PCR)"), when
the paper has the long form.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from .. import caseless
from ..ingest import Source
from ..plain.number_words import BIG_VALUES, SPELLED_NUMBER, TEN_VALUES, UNIT_VALUES, spelled_value
from ..schemas import Finding, PlainSummary, Severity
from .long_form_names import spelled_out_in
from .numbered_names import short_for_numbered
from .text import known_abbreviations, sentence_at, zipf

__all__ = [
    "check_faithfulness",
    "known_abbreviations",
    "name_candidates",
    "number_mentions",
    "numbers_in",
    "source_numbers",
    "unsupported_names",
    "unsupported_numbers",
]

CHECK = "faithfulness"
FREE_NUMBER_WORDS = frozenset({"one", "two"})  # see the module docstring
NAME_ZIPF = 3.0  # a word less frequent than this in English may be a name

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

_NUMBER_VOCABULARY = (
    frozenset(UNIT_VALUES) | frozenset(TEN_VALUES) | frozenset(BIG_VALUES)
) - FREE_NUMBER_WORDS
_WORD = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.·]\d+)?")
# Letters right after a number that keep it a number: units, ordinals, decades, "x" for times.
_NUMBER_SUFFIX = re.compile(
    r"(?:mg|g|kg|mcg|µg|ug|ml|mL|l|L|mm|cm|m|km|h|hr|hrs|min|s|d|wk|wks|y|yr|yrs|mo|x|"
    r"st|nd|rd|th|iu|IU|mmol|nmol|pg|ng|kDa|Hz|T)\b"
)
_PHASE_ROMAN = re.compile(r"\bphases? (iv|iii|ii|i)\b(?:[/-](iv|iii|ii|i)\b)?", re.I)

# a letter-and-number name, with any Greek letter it ends on ("IL-1β", "TNF-α")
_MIXED = re.compile(r"(?<!\w)[A-Za-z][A-Za-z]{0,6}-?\d+[A-Za-z0-9α-ω]*(?:-[A-Za-z0-9α-ω]+)*")
_CAPS = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)*s?(?![\w])")
DRUG_ENDINGS = (
    "mab", "nib", "imod", "tide", "vir", "cept", "parin", "sartan", "pril", "olol", "azole",
    "cycline", "mycin", "statin", "lukast", "fungin", "dronate", "gliptin", "glitazone", "amide",
    "pine", "pam", "lam", "zole", "fen", "mide", "sone", "olone", "cillin", "idine", "azine",
    "oxacin", "semide", "platin", "rubicin",
)  # fmt: skip
_LONG_WORD = re.compile(r"\b[A-Za-z]{6,}\b")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_URL = re.compile(r"\S+://\S+|www\.\S+")
_LETTERS = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][a-z]{3,}\b")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_JOINERS = re.compile(r"[-‐‑–/_]")
_UNJOIN = str.maketrans("", "", "-‐‑–/_")
_SOURCE_TOKEN = re.compile(r"[^\W_]+(?:[-‐‑–/_][^\W_]+)*")


# ---------------------------------------------------------------- numbers


def _canon(number: str) -> str:
    number = number.replace(",", "").replace("·", ".")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    if "." in number:
        return number
    return number.lstrip("0") or "0"


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the digits at start..end belong to a name ('IL-17', 'CD20', 'HHV-6A')."""
    before = text[start - 1] if start else " "
    if before.isalpha() or before == "_":
        return True
    if before in "-‐‑" and start >= 2 and text[start - 2].isalpha():
        word = _WORD_BEFORE.search(text[max(0, start - 40) : start - 1])
        # 'IL-17', 'COVID-19' are names; 'day-7', 'type-2' are a word and a number
        return not (word and word.group(0).islower() and zipf(word.group(0)) >= NAME_ZIPF)
    after = text[end : end + 1]
    if after.isalpha():
        return not _NUMBER_SUFFIX.match(text, end)
    return False


def number_mentions(text: str) -> list[tuple[str, int, str]]:
    """(value as digits, offset, words as written) of every number `text` states: digits
    outside names and spelled-out numbers, except the free words ('one', 'two')."""
    return list(_number_mentions(text))


@lru_cache(maxsize=8192)  # the gate asks again about the same source sentences
def _number_mentions(text: str) -> tuple[tuple[str, int, str], ...]:
    found = []
    for m in _DIGITS.finditer(text):
        if not _in_name(text, m.start(), m.end()):
            found.append((_canon(m.group(0)), m.start(), m.group(0)))
    if _NUMBER_VOCABULARY.isdisjoint(_WORD.findall(text.lower())):
        return tuple(sorted(found, key=lambda x: x[1]))
    for m in caseless.finditer(SPELLED_NUMBER, text):
        if m.group(0).lower() not in FREE_NUMBER_WORDS:
            found.append((str(spelled_value(m.group(0))), m.start(), m.group(0)))
    return tuple(sorted(found, key=lambda x: x[1]))


def numbers_in(text: str) -> set[str]:
    """Numbers the text states (digits outside names, and spelled-out numbers), as digits."""
    return {value for value, _, _ in _number_mentions(text)}  # read only: no copy


_SPACED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])")
_DECIMAL = re.compile(r"(?<![\d.,])\d+[.·]\d+(?![\d.,])")


def _roundings(number: str) -> set[str]:
    """`number` rounded to a whole number and to one decimal place (half up)."""
    value = Decimal(number.replace("·", "."))
    return {
        _canon(str(value.quantize(Decimal(step), rounding=ROUND_HALF_UP))) for step in ("1", "0.1")
    }


@lru_cache(maxsize=256)
def source_numbers(source_text: str) -> frozenset[str]:
    """Every number in the source, as digits, including those spelled out and inside names."""
    found = {_canon(m.group(0)) for m in _DIGITS.finditer(source_text)}
    found |= {
        str(spelled_value(m.group(0))) for m in caseless.finditer(SPELLED_NUMBER, source_text)
    }
    # thousands grouped by a space ("10 469" = 10,469)
    found |= {_canon(re.sub(r"\s", "", m.group(0))) for m in _SPACED.finditer(source_text)}
    # a decimal rounded is the same number said more plainly ("41.33 hours" -> "41 hours")
    found |= {r for m in _DECIMAL.finditer(source_text) for r in _roundings(m.group(0))}
    for m in caseless.finditer(_PHASE_ROMAN, source_text):
        found |= {_ROMAN[g.lower()] for g in m.groups() if g}
    return frozenset(found)


def unsupported_numbers(source_text: str, text: str) -> list[str]:
    """Numbers in `text` that do not occur in `source_text`, sorted."""
    known = source_numbers(source_text)
    return sorted(n for n in numbers_in(text) if n not in known)


# ---------------------------------------------------------------- names


def _squash(text: str) -> str:
    return _SEPARATORS.sub("", text.lower())


@lru_cache(maxsize=256)
def _source_names(source_text: str) -> tuple[frozenset[str], str]:
    """Squashed tokens of the source (whole, by hyphen parts and their runs, and a token with a
    short or numeric next token so 'IL 6' matches 'IL-6'), and the source as lower-case words
    for long forms."""
    lower = source_text.lower()
    tokens = _SOURCE_TOKEN.findall(lower)
    joined = [t.translate(_UNJOIN) for t in tokens]  # each token squashed once
    keys = set(joined)
    for i, token in enumerate(tokens):
        if joined[i] != token:
            parts = _JOINERS.split(token)
            for a in range(len(parts)):
                for b in range(a + 1, len(parts) + 1):
                    keys.add("".join(parts[a:b]))
        if i + 1 < len(tokens):
            after = tokens[i + 1]
            if after[:1].isdigit() or len(after) <= 2:
                keys.add(joined[i] + joined[i + 1])
    return frozenset(keys), f" {_word_run(lower)} "


_WORD_RUN = re.compile(r"[^\W_]+")


def _word_run(text: str) -> str:
    """`text` as its words joined by single spaces, marks and hyphens left out, so that a long
    form is found however the paper punctuates it ("... skeletal tuberculosis.")."""
    return " ".join(_WORD_RUN.findall(text.lower()))


def _trim(name: str) -> str:
    """A name without everyday words hyphenated to its end: 'HRP-2-based' -> 'HRP-2'."""
    parts = name.split("-")
    while len(parts) > 1 and parts[-1].isalpha() and zipf(parts[-1].lower()) >= NAME_ZIPF:
        parts.pop()
    return "-".join(parts)


def name_candidates(text: str) -> set[str]:
    """Tokens that look like drug, gene or protein names."""
    known = known_abbreviations()
    found: set[str] = set()
    text = _URL.sub(" ", text)
    for m in _MIXED.finditer(text):
        token = m.group(0)
        head = _LETTERS.match(token)
        if head and head.group(0).islower() and zipf(head.group(0)) >= NAME_ZIPF:
            continue  # 'day-7', 'week-12': a word and a number, not a name
        if token.endswith("s") and not token[-2].islower():  # plural: "CD20s"
            token = token[:-1]
        found.add(_trim(token))
    for m in _CAPS.finditer(text):
        token = m.group(0)
        if token.endswith("s") and token[:-1].isupper():
            token = token[:-1]
        if sum(ch.isalpha() for ch in token) >= 2:
            found.add(_trim(token))
    for word in _LONG_WORD.findall(text):
        if word.lower().endswith(DRUG_ENDINGS) and zipf(word.lower()) < NAME_ZIPF:
            found.add(word)
    for m in _CAPITALISED.finditer(text):
        if zipf(m.group(0).lower()) < NAME_ZIPF:
            found.add(m.group(0))
    return {n for n in found if n not in known and n.split("-")[0] not in known}


def _long_forms(text: str, abbreviation: str) -> list[str]:
    """Long forms the text gives for `abbreviation`: 'long form (ABBR)' or 'ABBR (long form)'."""
    a = re.escape(abbreviation)
    forms = []
    letters = sum(ch.isalpha() for ch in abbreviation)
    for m in re.finditer(rf"\(\s*{a}s?\s*\)", text):
        words = text[max(0, m.start() - 160) : m.start()].split()[-(letters + 2) :]
        for k in range(max(1, letters - 1), len(words) + 1):
            forms.append(" ".join(words[-k:]))
    for m in re.finditer(rf"(?<!\w){a}s?\s*\(([^)]{{4,80}})\)", text):
        forms.append(m.group(1))
    return forms


def _supported(name: str, text: str, keys: frozenset[str], words: str) -> bool:
    squashed = _squash(name)
    if squashed in keys or squashed + "s" in keys:  # the paper may have the plural: "RCTs"
        return True
    if name.endswith("s") and squashed[:-1] in keys:
        return True
    for form in _long_forms(text, name):
        phrase = _word_run(form)
        if len(phrase) > 3 and f" {phrase} " in words:
            return True
    return spelled_out_in(name, words) or short_for_numbered(name, words)


def unsupported_names(source_text: str, text: str, *, defined_in: str | None = None) -> list[str]:
    """Name-like tokens in `text` that the source never mentions, sorted. Case, hyphens and
    spaces are ignored, and an abbreviation defined in `defined_in` (default: `text`) by a long
    form the source has is supported."""
    candidates = name_candidates(text)
    if not candidates:
        return []
    keys, words = _source_names(source_text)
    context = text if defined_in is None else defined_in
    return sorted(n for n in candidates if not _supported(n, context, keys, words))


# ---------------------------------------------------------------- the check


def _first_offset(text: str, name: str) -> int:
    m = re.search(rf"(?<![\w-]){re.escape(name)}", text, re.I)
    return m.start() if m else 0


def _group_total(source: Source, text: str, offset: int, written: str, value: str) -> bool:
    """Whether the number counts people (or animals) and is what a sentence's groups of the
    source add up to ("687 people" where the paper randomised 345 and 342): a true total; or
    is one of the source's numbers said another way ("nearly 700", "1 in 3", "three months"
    for 12 weeks)."""
    from .group_totals import a_group_total  # counts reads this module
    from .number_forms import said_another_way

    end = offset + len(written)
    return a_group_total(text, offset, end, value, source) or said_another_way(
        value, text, offset, end, source
    )


# "54 out of every 100", "5 per 1000", "1 in 10": the scale a rate is said on, not a count
_RATE_BASE_BEFORE = re.compile(
    r"(?:\d[\d,.]*|three|four|five|six|seven|eight|nine)\s+(?:[A-Za-z]+\s+){0,2}"
    r"(?:out\s+of|in|per|of)\s+(?:every\s+)?$",
    re.I,
)
# "three quarters", "two thirds": the number words of a share (number_shares reads the share)
_SHARE_WORDS = re.compile(
    r"\b(?:two|three|four)[\s-]+(?:thirds|quarters|fifths)\b|\bone[\s-]+(?:third|quarter|"
    r"fifth|tenth)\b",
    re.I,
)


def _rate_base(value: str, text: str, offset: int) -> bool:
    """Whether the number at `offset` is the scale of a rate ("54 out of every 100", "5 per
    1000 people", "3 people in 10"): a power of ten after a count and "out of", "in", "per".
    After a free number word ("one in ten") the scale is all the rate states, and is read."""
    if value.strip("0") != "1" or value == "1":
        return False
    return bool(_RATE_BASE_BEFORE.search(text[max(0, offset - 40) : offset]))


def check_faithfulness(source: Source, summary: PlainSummary) -> list[Finding]:
    """An error for every number, share in words ("about a third") or name in the summary
    that the source does not contain."""
    from .number_shares import invented_shares  # number_shares reads counts, which reads this

    source_text = source.full_text
    whole = " ".join(summary.sections().values())
    findings = []
    for section, text in summary.sections().items():
        reported: set[str] = set()
        shares = [m.span() for m in caseless.finditer(_SHARE_WORDS, text)]
        for value, offset, written in number_mentions(text):
            if value in source_numbers(source_text) or value in reported:
                continue
            if _rate_base(value, text, offset) or any(a <= offset < b for a, b in shares):
                continue  # the scale of a rate, or a share's words: read as the rate or share
            if _group_total(source, text, offset, written, value):
                continue
            reported.add(value)
            shown = value if written == value else f"{value} ('{written}')"
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=sentence_at(text, offset),
                    message=f"The number {shown} is not in the source.",
                    hint=(
                        "Use only numbers the paper gives, exactly as it gives them, or leave "
                        "the number out."
                    ),
                )
            )
        for written, offset in invented_shares(text, source):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=sentence_at(text, offset),
                    message=f"The share {written!r} is not in the source: the paper gives no "
                    "share near it.",
                    hint="Say the share the paper gives, in its numbers or in words near them, "
                    "or leave it out.",
                )
            )
        for name in unsupported_names(source_text, text, defined_in=whole):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=sentence_at(text, _first_offset(text, name)),
                    message=f"The name {name!r} is not in the source.",
                    hint=(
                        "Name only drugs, genes and proteins the paper names; otherwise say "
                        "what it is in plain words (for example 'a drug' or 'a protein')."
                    ),
                )
            )
    return findings
