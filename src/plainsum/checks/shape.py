"""Shape: headline and section lengths, and abbreviations left unexplained.

- The headline should be one sentence of 6 to 16 words (a note outside; a warning outside 4 to
  24, where an editor must rewrite it: the schema itself refuses only an empty headline or one
  past a hard cap, so an editor's draft is always checked) and should state a finding, so a
  question is a warning. A trailing full stop is allowed: the renderer shows the headline as a
  heading.
- Body sections have word ranges (a note outside): enough to say what a reader needs, short
  enough to read in a minute; a warning only below half the range's floor or past half again
  its ceiling. A 7-word limitations section is a finding, not bad input.

A warning means an editor must change something (the verdict is needs_review); a length a
word or a few past the preferred range is a note (info): readers of stop 47 could publish such
drafts after light edits, and the warning named only the length.
- An abbreviation (two or more capitals, like EAE, RCT, EDSS, IL-17 or mRNA) must be explained
  in the summary itself ('experimental autoimmune encephalomyelitis (EAE)', 'EAE (a mouse model
  of MS)', 'EDSS, a scale of disability', 'a protein called TREM2'), unless lay readers know it
  (data/known_abbreviations.txt, kept short on purpose). Unexplained: an error; a warning
  when the headline uses it and the body writes out its words (abbreviation_spelled).
  What counts as an abbreviation and as explained is decided in abbreviations.py.
"""

from __future__ import annotations

import re

from ..schemas import Finding, PlainSummary, Severity, count_words
from .abbreviation_spelled import spelled_elsewhere
from .abbreviations import abbreviations, explained, unexplained_abbreviations
from .text import sentence_with

# Spotting and explaining abbreviations lives in abbreviations.py (one home); these names stay
# importable from here for callers that know them as the shape check's.
__all__ = ["abbreviations", "check_shape", "explained", "unexplained_abbreviations"]

CHECK = "shape"
HEADLINE_WORDS = (6, 16)
# Past these an editor must rewrite the headline: too short to say a finding, too long to read
# as one line.
HEADLINE_WORDS_EDIT = (4, 24)
# A section this far outside its range (below this share of the floor, past this share of the
# ceiling) must be changed; nearer, its length is a note.
SECTION_EDIT_SHARES = (0.5, 1.5)
SECTION_WORDS = {
    "what_the_study_did": (25, 170),
    "why_it_matters": (15, 120),
    "limitations": (15, 120),
}

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")


def _length_findings(summary: PlainSummary) -> list[Finding]:
    findings = []
    n = count_words(summary.headline)
    low, high = HEADLINE_WORDS
    if not low <= n <= high:
        edit_low, edit_high = HEADLINE_WORDS_EDIT
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING if not edit_low <= n <= edit_high else Severity.INFO,
                section="headline",
                span=summary.headline,
                message=f"Headline has {n} words; aim for {low} to {high}.",
                hint="Write one plain sentence that says what the study found.",
            )
        )

    def headline_warning(message: str, hint: str) -> Finding:
        return Finding(
            check=CHECK,
            severity=Severity.WARNING,
            section="headline",
            span=summary.headline,
            message=message,
            hint=hint,
        )

    if _SENTENCE_END.search(summary.headline):
        findings.append(
            headline_warning(
                "Headline has more than one sentence.",
                "Keep the one sentence that says what the study found.",
            )
        )
    if summary.headline.endswith("?"):  # PlainSummary trims its sections
        findings.append(
            headline_warning(
                "Headline is a question.", "State what the study found instead of asking."
            )
        )
    for name, (low, high) in SECTION_WORDS.items():
        n = count_words(getattr(summary, name))
        if not low <= n <= high:
            far = n < low * SECTION_EDIT_SHARES[0] or n > high * SECTION_EDIT_SHARES[1]
            findings.append(
                Finding(
                    check=CHECK,
                    severity=Severity.WARNING if far else Severity.INFO,
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


def check_shape(summary: PlainSummary, source_text: str = "") -> list[Finding]:
    """Length notes (warnings when far outside) for the headline and sections, and an error for
    each abbreviation the summary uses without explaining it (a warning when the headline uses
    it and the body writes out its words: `abbreviation_spelled`)."""
    findings = _length_findings(summary)
    sections = summary.sections()
    text = "\n".join(sections.values())
    for token in unexplained_abbreviations(text):
        # where it is used, plural too ("iPSCs" uses iPSC): not the headline by default
        section = next((k for k, v in sections.items() if _using(v, token)), next(iter(sections)))
        # in the headline only: a body sentence can say it where it stands, and the offline
        # drafter's repair drops such a sentence for the error (as a warning it kept
        # 'But increased 6.5 to 13.6 Hz ...' in place of plaba 33722257's conclusion)
        long_form = section == "headline" and spelled_elsewhere(token, text, source_text)
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.WARNING if long_form else Severity.ERROR,
                section=section,
                span=token,
                message=(
                    f"The abbreviation {token} is not explained: "
                    f"{_using(sections[section], token) or sections[section]!r}."
                    + (
                        f" The summary writes out {long_form!r} elsewhere: say it where "
                        f"{token} is used."
                        if long_form
                        else ""
                    )
                ),
                hint=(
                    f"Write the words out instead of {token}, or explain it the first time, "
                    f"for example 'long form ({token})' or '{token} (what it is)'."
                ),
            )
        )
    return findings


def _using(text: str, token: str) -> str | None:
    """The first sentence of `text` that uses `token`, alone or in the plural."""
    return sentence_with(text, token) or sentence_with(text, f"{token}s")
