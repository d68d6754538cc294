"""Shape: headline and section lengths, and abbreviations left unexplained.

- The headline should be one sentence of 6 to 16 words (warning outside; the schema itself
  refuses only an empty headline or one past a hard cap, so an editor's draft is always
  checked) and should state a finding, so a question is a warning. A trailing full stop is
  allowed: the renderer shows the headline as a heading.
- Body sections have word ranges (warning outside): enough to say what a reader needs, short
  enough to read in a minute. A 7-word limitations section is a finding, not bad input.
- An abbreviation (two or more capitals, like EAE, RCT, EDSS, IL-17 or mRNA) must be explained
  in the summary itself ('experimental autoimmune encephalomyelitis (EAE)', 'EAE (a mouse model
  of MS)', 'EDSS, a scale of disability', 'a protein called TREM2'), unless lay readers know it
  (data/known_abbreviations.txt, kept short on purpose). Unexplained: an error.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..schemas import Finding, PlainSummary, Severity, count_words
from .text import known_abbreviations, sentence_with, zipf

CHECK = "shape"
HEADLINE_WORDS = (6, 16)
SECTION_WORDS = {
    "what_the_study_did": (25, 170),
    "why_it_matters": (15, 120),
    "limitations": (15, 120),
}

SHOUTED_WORD_LETTERS = 5  # an all-caps everyday word this long is shouting, not an abbreviation

# A word or hyphenated compound with two capitals somewhere in it (the lookahead stays inside
# the compound, so ordinary words are skipped at C speed).
_COMPOUND = re.compile(r"(?<![\w‐‑-])(?=[\w‐‑-]*[A-Z][\w‐‑-]*[A-Z])[^\W_]+(?:[‐‑-][^\W_]+)*")
_ABBREVIATION = re.compile(
    r"^(?:[A-Z][A-Za-z]*[A-Z][A-Z0-9]*|[a-z]{1,2}[A-Z]{2,}[A-Z0-9]*)(?:-\d+[A-Za-z]?)?s?$"
)
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")


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


@lru_cache(maxsize=4096)
def _explanations(token: str) -> tuple[re.Pattern[str], ...]:
    t = rf"{re.escape(token)}s?"
    return tuple(
        re.compile(p)
        for p in (
            rf"\w[\w,'’-]*\s*\(\s*{t}\s*[),;]",  # long form (T)
            rf"(?<![\w-]){t}\s*\(\s*[A-Za-z][^)]{{3,}}\)",  # T (what it is)
            rf"\(\s*{t}\s*[-–—:,]\s*[A-Za-z][^)]{{3,}}\)",  # (T - what it is)
            rf"(?<![\w-]){t},?\s+(?:is|are|was|were) (?:a|an|the|short for)\s",
            rf"(?<![\w-]){t},?\s+(?:means|stands for|is short for|refers to)\b",
            rf"(?<![\w-]){t},\s+(?:a|an|the|which|or|short for)\s",
            rf"\b(?:called|named|known as|termed)\s+(?:the\s+)?{t}(?![\w])",
        )
    )


def explained(token: str, text: str) -> bool:
    """Whether `text` explains `token`: 'long form (T)', 'T (what it is)', 'T, a ...',
    'T is a ...', 'T stands for ...', 'called T'."""
    return any(p.search(text) for p in _explanations(token))


def _is_known(token: str, known: frozenset[str]) -> bool:
    return token in known or token.split("-")[0] in known


def unexplained_abbreviations(text: str) -> list[str]:
    """Abbreviations in `text` that lay readers would not know and `text` does not explain."""
    known = known_abbreviations()
    return [t for t in abbreviations(text) if not _is_known(t, known) and not explained(t, text)]


def _length_findings(summary: PlainSummary) -> list[Finding]:
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
                hint="Write one plain sentence that says what the study found.",
            )
        )
    if _SENTENCE_END.search(summary.headline.strip()):
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING,
                section="headline",
                span=summary.headline,
                message="Headline has more than one sentence.",
                hint="Keep the one sentence that says what the study found.",
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
                hint="State what the study found instead of asking.",
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
                    hint=(
                        f"Shorten it to {high} words or fewer."
                        if n > high
                        else f"Add what a reader needs to know, to at least {low} words."
                    ),
                )
            )
    return findings


def check_shape(summary: PlainSummary) -> list[Finding]:
    """Length warnings for the headline and sections, and an error for each abbreviation the
    summary uses without explaining it."""
    findings = _length_findings(summary)
    sections = summary.sections()
    text = "\n".join(sections.values())
    for token in unexplained_abbreviations(text):
        section = next((k for k, v in sections.items() if sentence_with(v, token)), "headline")
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                section=section,
                span=token,
                message=(
                    f"The abbreviation {token} is not explained: "
                    f"{sentence_with(sections[section], token) or sections[section]!r}."
                ),
                hint=(
                    f"Write the words out instead of {token}, or explain it the first time, "
                    f"for example 'long form ({token})' or '{token} (what it is)'."
                ),
            )
        )
    return findings
