"""Faithfulness: every number, drug name and gene or protein name in a summary occurs in its
source. A summary may say fewer things than the paper, never different ones."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from ..ingest import Source
from ..schemas import Finding, PlainSummary, Severity
from .readability import split_sentences

CHECK = "faithfulness"
FREE_NUMBER_WORDS = {"one", "two"}  # "one person", "one or two studies": not claims of fact
COMMON_ZIPF = 3.5  # a word at least this frequent in English is not a drug or gene name

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_BIG = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_NUMBER_WORD = re.compile(
    r"\b(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in _UNITS if k != "zero")
    + r"))?|"
    + "|".join(_UNITS)
    + r")(?:[- ](?:"
    + "|".join(_BIG)
    + r"))?\b",
    re.I,
)
# A number that is not part of a name: not preceded by a letter, digit, hyphen or dot.
_DIGITS = re.compile(r"(?<![\w.·-])(\d{1,3}(?:,\d{3})+|\d+(?:[.·]\d+)?)(?![\w·]|[.,]\d)")
_ANY_DIGITS = re.compile(r"\d+(?:[.·,]\d+)*")

_MIXED = re.compile(r"\b[A-Za-z]{1,6}-?\d+[A-Za-z0-9-]*\b")
_CAPS = re.compile(r"\b[A-Z][A-Z0-9-]{1,7}\b")
_DRUG = re.compile(
    r"\b[a-z]{3,}(?:mab|nib|imod|tide|vir|cept|parin|sartan|pril|olol|azole|cycline|mycin|"
    r"statin|lukast|fungin|dronate|gliptin|glitazone|amide|pine|pam|lam|zole|umab|ximab|"
    r"fen|mide|sone|olone|cillin)\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}\b")


@cache
def known_abbreviations() -> frozenset[str]:
    text = resources.files("plainsum").joinpath("data/known_abbreviations.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _canon(number: str) -> str:
    number = number.replace(",", "").replace("·", ".")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number or "0"


def _word_value(words: str) -> int:
    parts = re.split(r"[- ]", words.lower())
    value = 0
    for part in parts:
        if part in _UNITS:
            value += _UNITS[part]
        elif part in _TENS:
            value += _TENS[part]
        elif part in _BIG:
            value = max(value, 1) * _BIG[part]
    return value


@lru_cache(maxsize=256)
def source_numbers(source_text: str) -> frozenset[str]:
    """Every number in the source, as digits, including those spelled out and inside names."""
    found = {_canon(m) for m in _ANY_DIGITS.findall(source_text)}
    found |= {str(_word_value(m.group(0))) for m in _NUMBER_WORD.finditer(source_text)}
    return frozenset(found)


def numbers_in(text: str) -> set[str]:
    """Numbers the text states (digits outside names, and spelled-out numbers), as digits."""
    found = {_canon(m.group(1)) for m in _DIGITS.finditer(text)}
    for m in _NUMBER_WORD.finditer(text):
        if m.group(0).lower() not in FREE_NUMBER_WORDS:
            found.add(str(_word_value(m.group(0))))
    return found


def unsupported_numbers(source_text: str, text: str) -> list[str]:
    """Numbers in `text` that do not occur in `source_text`, sorted."""
    known = source_numbers(source_text)
    return sorted(n for n in numbers_in(text) if n not in known)


def _squash(text: str) -> str:
    return re.sub(r"[\s\-‐–_/]", "", text.lower())


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_ZIPF


def name_candidates(text: str) -> set[str]:
    """Tokens that look like drug, gene or protein names."""
    known = known_abbreviations()
    found: set[str] = set()
    for m in _MIXED.finditer(text):
        if m.group(0) not in known and re.search(r"[A-Za-z]", m.group(0)):
            found.add(m.group(0))
    for m in _CAPS.finditer(text):
        token = m.group(0).strip("-")
        if len(token) >= 2 and token not in known and not token.isdigit():
            found.add(token)
    for m in _DRUG.finditer(text):
        if not _common(m.group(0).lower()):
            found.add(m.group(0))
    for m in _CAPITALISED.finditer(text):
        if not _common(m.group(0).lower()):
            found.add(m.group(0))
    return found


def unsupported_names(source_text: str, text: str) -> list[str]:
    """Name-like tokens in `text` that the source never mentions (spacing and case ignored)."""
    haystack = _squash(source_text)
    return sorted(n for n in name_candidates(text) if _squash(n) not in haystack)


def _sentence_with(text: str, token: str) -> str | None:
    for sentence in split_sentences(text):
        if token.lower() in sentence.lower():
            return sentence
    return None


def check_faithfulness(source: Source, summary: PlainSummary) -> list[Finding]:
    """An error for every number or name in the summary that the source does not contain."""
    source_text = source.full_text
    findings = []
    for section, text in summary.sections().items():
        for number in unsupported_numbers(source_text, text):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=_sentence_with(text, number),
                    message=f"The number {number} is not in the source.",
                    hint="Use only numbers the paper gives, exactly as it gives them, or none.",
                )
            )
        for name in unsupported_names(source_text, text):
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.ERROR,
                    section=section,
                    span=_sentence_with(text, name),
                    message=f"The name {name!r} is not in the source.",
                    hint="Name only drugs, genes and proteins the paper names.",
                )
            )
    return findings
