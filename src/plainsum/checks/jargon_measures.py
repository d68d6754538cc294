"""Jargon made of everyday words, beyond the statistics and trial terms of
`plainsum.checks.jargon_phrases`: how a test's accuracy, a scan's lesions, a relapse or disability
outcome, or a scale's quality is measured ("a sensitivity of 89% and a specificity of 86%", "new
or enlarging T2 lesions", "the annualised relapse rate", "confirmed disability worsening", "the
reference standard", "good test-retest reliability"). Each word is common; the phrase is a
measure a lay reader cannot read a result off. Found in the pairs of ../shared/data (phrases the
abstracts use and the human lay summaries of the same papers drop or explain: e.g. "risk
difference" in 26 abstracts, kept by none of their summaries; "all-cause mortality" in 49, kept
by 14%) and curated from trial, MRI and diagnostic-accuracy reporting.

- `ACCURACY` names a test's accuracy statistic: unexplained, a warning (no reader can tell what
  "a specificity of 86%" says about the test, but as an error it made the offline drafter drop
  a diagnostic-accuracy review's main result for its word: the result stays whole and the gate
  names the word for an editor). "Sensitivity" counts only
  where it is the statistic: beside "specificity" or before its figure ("sensitivity to light"
  is everyday English, "sensitivity analysis" is the learned list's); once it is, its first use
  is the term, where a summary may explain it ("sensitivity (how well the test finds ...)").
- `MEASURES` names an outcome measure or a term of design: unexplained, a warning like other
  terms of art (an editor's look: people with MS may know "relapse rate", not its annualised
  form).
- `NAMED_SCALES` are MS rating scales named by their titles, capitals and all ("Expanded
  Disability Status Scale"): a warning; the jargon check reads capitalised words inside a
  sentence as names and skips them, so these are matched whatever their case.
- `eponym_measures`: a score, scale or index named after a person whose name is no everyday
  word ("Apgar scores", "the Barthel index", "a Likert scale"): a warning for the same reason;
  the offline draft of CD009107 passed with "Apgar scores" read as a name.
"""

from __future__ import annotations

import re

from .. import caseless
from .text import zipf

ACCURACY = re.compile(
    r"\b(?:specificit(?:y|ies)|"
    r"sensitivit(?:y|ies)(?=(?:,| and| or|/) (?:the )?specificit|"
    r" (?:of|was|were|is|=|reached|at)? ?(?:about |around |only |just )?\d)|"
    r"(?:positive|negative) predictive values?|(?:positive|negative|diagnostic) likelihood "
    r"ratios?|receiver operating characteristics?)\b",
    re.I,
)

MEASURES = re.compile(
    r"\b(?:reference standards?|index tests?|"
    # MRI lesion counts and loads
    r"(?:(?:new(?: or |/| and )enlarging|new|enlarging|active) )?t[12][- ]?(?:weighted )?"
    r"(?:hyper-?intense |hypo-?intense |gadolinium-enhancing )?lesions?|lesion (?:load|volume)s?|"
    r"magneti[sz]ation transfer(?: ratio)?|"
    # relapse and disability outcomes of MS trials
    r"annuali[sz]ed relapse rates?|(?:confirmed|sustained) disability (?:progression|worsening|"
    r"accumulation|improvement)|no evidence of disease activity|"
    # how a study or a scale is judged
    r"all-cause (?:mortality|death)|(?:adequately|under|under-)powered|"
    r"(?:inter|intra)[- ]?rater reliability|test[- ]retest reliability|internal consistency|"
    r"(?:construct|criterion|content|face|convergent|discriminant|concurrent) validity|"
    r"(?:lost|loss) to follow[- ]up|case[- ]control|post[- ]hoc|"
    # how a birth or a pain is managed in a trial's words ("instrumental delivery", "rescue
    # pain relief": CD009107's draft)
    r"instrumental (?:vaginal )?(?:deliver(?:y|ies)|births?)|rescue (?:pain relief|analgesi[ac]s?|"
    r"medications?|therapy|treatment)|"
    # a design, not a scan's slices ("cross-sectional images of the body")
    r"cross[- ]sectional(?= (?:stud|survey|analys|design|data|cohort|sample|research)))\b",
    re.I,
)

NAMED_SCALES = re.compile(
    r"\b(?:expanded disability status scale|multiple sclerosis functional composite|"
    r"symbol digit modalities test|paced auditory serial addition test)\b",
    re.I,
)

_SENSITIVITY = re.compile(r"\bsensitivit(?:y|ies)\b(?! analys)", re.I)


def accuracy_statistics(text: str) -> list[tuple[str, int, int]]:
    """The test-accuracy statistics `text` names (`ACCURACY`), each as (said, start, end), in
    order; a statistical "sensitivity" stands at the first "sensitivity" of the text."""
    found = [(m.group(0), m.start(), m.end()) for m in caseless.finditer(ACCURACY, text)]
    if not found:
        return []
    sensitivity = [f for f in found if f[0].lower().startswith("sensitiv")]
    first = _SENSITIVITY.search(text)
    if sensitivity and first and first.start() < sensitivity[0][1]:
        found = [f for f in found if f is not sensitivity[0]]
        found.append((first.group(0), first.start(), first.end()))
    return sorted(found, key=lambda f: f[1])


EPONYM_ZIPF = 2.5  # a name rarer than this in everyday English is no word a reader knows
_EPONYM = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})(?:['’]s)? (?:scores?|scales?|index|indices|tests?|"
    r"criteria|classification|questionnaire|grades?|stages?|inventory)\b"
)


def eponym_measures(text: str) -> list[tuple[str, int, int]]:
    """Scores, scales and indexes named after a person whose name is no everyday word, each as
    (said, start, end), in order: "Apgar scores", "the Barthel index"."""
    if not any(c.isupper() for c in text):
        return []
    return [
        (m.group(0), m.start(), m.end())
        for m in _EPONYM.finditer(text)
        if zipf(m.group("name").lower()) < EPONYM_ZIPF
    ]
