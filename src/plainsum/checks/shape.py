"""Shape: headline and section lengths, and abbreviations left unexplained."""

from __future__ import annotations

import re

from ..schemas import Finding, PlainSummary, Severity, count_words
from .faithfulness import known_abbreviations

CHECK = "shape"
HEADLINE_WORDS = (6, 16)
SECTION_WORDS = {
    "what_the_study_did": (25, 170),
    "why_it_matters": (15, 120),
    "limitations": (15, 120),
}

_ABBREVIATION = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Z0-9]*(?:-\d+)?s?(?![\w-])")
_NOT_ABBREVIATION = re.compile(r"^[A-Z][a-z]+$")


def abbreviations(text: str) -> list[str]:
    """ALL-CAPS tokens of two or more letters (a plural 's' dropped), in order of appearance."""
    seen: list[str] = []
    for match in _ABBREVIATION.finditer(text):
        token = match.group(0)
        if token.endswith("s") and token[:-1].isupper():
            token = token[:-1]
        upper = sum(1 for ch in token if ch.isupper())
        if upper < 2 or _NOT_ABBREVIATION.match(token) or token in seen:
            continue
        seen.append(token)
    return seen


def _explained(token: str, text: str) -> bool:
    """Defined in the text: 'long form (TOKEN)' or 'TOKEN (an explanation)' or 'TOKEN, a ...'."""
    t = re.escape(token)
    return bool(
        re.search(rf"\w[\w\s,'-]{{3,}}\(\s*{t}s?\s*[),;]", text)
        or re.search(rf"\b{t}s?\s*\(\s*[a-z][^)]{{3,}}\)", text)
        or re.search(rf"\b{t}s?,?\s+(?:is|are|means|stands for|short for)\b", text)
        or re.search(rf"\b{t}s?,\s+(?:a|an|the)\s", text)
        or re.search(rf"\b(?:called|named|known as)\s+(?:the\s+)?{t}\b", text)
    )


def check_shape(summary: PlainSummary) -> list[Finding]:
    findings = []
    n = count_words(summary.headline)
    low, high = HEADLINE_WORDS
    if not low <= n <= high:
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                section="headline",
                span=summary.headline,
                message=f"Headline has {n} words; aim for {low} to {high}.",
                hint="One plain sentence that says what was found.",
            )
        )
    if summary.headline.rstrip().endswith("?"):
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                section="headline",
                span=summary.headline,
                message="Headline is a question.",
                hint="State what the study found.",
            )
        )
    for name, (low, high) in SECTION_WORDS.items():
        n = count_words(getattr(summary, name))
        if not low <= n <= high:
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.WARNING,
                    section=name,
                    message=f"Section has {n} words; aim for {low} to {high}.",
                    hint="Shorten it." if n > high else "Add what a reader needs to know.",
                )
            )
    text = "\n".join(summary.sections().values())
    known = known_abbreviations()
    for token in abbreviations(text):
        if token in known or _explained(token, text):
            continue
        section = next(k for k, v in summary.sections().items() if token in v)
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=section,
                span=token,
                message=f"The abbreviation {token} is not explained.",
                hint=(
                    f"Write the words out instead of {token}, or explain it the first time, "
                    f"for example 'long form ({token})'."
                ),
            )
        )
    return findings
