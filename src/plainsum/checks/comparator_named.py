"""What a treatment was compared with is named (`unnamed_comparator`, a substance warning).

A comparative trial or review means little without its comparator: "the drug reduced pain" is
one finding against a dummy pill and another against no treatment at all. Two readers' misses
passed the gate so: a review of non-drug treatments for pain in MS that compared them with a
control treatment, and a review of steroids whose comparison with no treatment is never
mentioned (its body gives only the other comparison, of two steroids).

The paper's comparator is a control (`_CONTROL`: placebo, sham, no treatment, usual or standard
care, a waiting list, a control group or treatment) named outside its background (a
background's placebo belongs to other papers) and outside a review's selection criteria (the
comparisons it would admit, not those it found). The summary names it by any words for a
control (`_CONTROL_SAID`: "a dummy pill", "people who did not get the drug", "not wearing a
splint", "the other vest", "a vest that did not cool"), or by a comparison of its own ("better
than ...", "compared with ...", "versus", "either ... or"). A review that found no studies (in
its words or the summary's) compared nothing and is left alone.

A warning: a summary may say it in words of its own, and human lay summaries often leave the
comparator to the reader. Measured at 34978d38 (1,159 human lay summaries of ../shared/data):
see the commit; active comparators (another drug) are not read: "compared with" is followed as
often by a time, a measure or a subgroup as by a treatment, and the words read so were noise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..evidence import split_source
from ..ingest import Source
from ..memo import SIZE
from ..plain.sentences import Role

# A control the paper compares with, as papers write it.
_CONTROL = re.compile(
    r"\b(?:placebo|sham|dummy|no[- ](?:active )?(?:treatment|intervention|therapy|drug)|"
    r"(?:usual|standard|routine|conventional|normal) care|(?:treatment|care) as usual|"
    r"wait(?:ing)?[- ]?list|attention control|best supportive care|"
    r"control (?:group|arm|condition|intervention|treatment|participants)s?)\b",
    re.I,
)
# A summary's words for a control, or a comparison of its own.
_CONTROL_SAID = re.compile(
    r"\b(?:placebos?|sham|dummy|fake|inactive|pretend|untreated|controls?|"
    r"no (?:active |extra |other |specific )?(?:treatment|intervention|therapy|drug|care|"
    r"exercise)s?|(?:usual|standard|routine|conventional|normal|regular|ordinary|"
    r"conservative) (?:care|treatment|practice|management|physiotherapy|therapy)|"
    r"(?:treatment|care) as usual|wait(?:ing)?[- ]?list|nothing|"
    r"(?:other|comparison) groups?|(?:did not|didn't|not) (?:get|getting|have|having|"
    r"receive|receiving|take|taking|use|using|wear|wearing)|"
    r"without (?:the |any |this )?(?:treatment|drug|intervention|therapy|programme|program)|"
    r"than|compared (?:with|to)|versus|vs|the other [\w-]+|"
    r"(?:that|which) (?:did not|didn't|does not|doesn't|had no) [\w-]+|"
    r"either\b[^.;]{1,80}\bor)\b",
    re.I,
)
# A review that found nothing to compare ("We found no trials", "No studies met the criteria").
# (an update that found no new trials still has the old ones)
_STUDIES = (
    r"(?!(?:new|additional|further|more|other|ongoing)\s)(?:[\w-]+\s+){0,2}?"
    r"(?:stud(?:y|ies)|trials?|rcts?)"
)
_NO_STUDIES = re.compile(
    rf"\b(?:found|identified|included|located|retrieved)\s+no\s+{_STUDIES}\b|"
    rf"\bno\s+{_STUDIES}\s+(?:(?:was|were)\s+(?:found|identified|included|eligible)|met)\b|"
    rf"\b(?:did not|failed to)\s+(?:find|identify|locate)\s+any\s+{_STUDIES}\b|"
    r"\bnone (?:of them )?met\b",
    re.I,
)


# A review's selection criteria: the comparisons it would admit, not those it found ("We
# included trials that compared cooling with no cooling or a sham").
_CRITERIA = re.compile(
    r"\b(?:were|was|are|be) (?:included|eligible|considered)\b|\bwe (?:included|considered|"
    r"sought|searched)\b|\b(?:inclusion|selection|eligibility) criteria\b|\beligible\b",
    re.I,
)


# "No treatment was given as part of the study" (a cohort study's methods): no arm of nothing.
_NONE_GIVEN = re.compile(
    r"\s+(?:was|were|is|are) (?:given|offered|provided|prescribed|used|applied|started)\b", re.I
)


@lru_cache(maxsize=SIZE)
def _controls(source: Source) -> tuple[str, ...]:
    """The paper's controls, as written, one of each wording; none for a review that found no
    studies."""
    sentences = [s.text for s in split_source(source) if s.role != Role.BACKGROUND]
    if any(_NO_STUDIES.search(s) for s in sentences):
        return ()
    sentences = [s for s in sentences if not _CRITERIA.search(s)]
    controls: dict[str, str] = {}
    for text in sentences:
        for m in _CONTROL.finditer(text):
            if _NONE_GIVEN.match(text, m.end()) and m.group(0)[:2].lower() == "no":
                continue  # "No treatment was given as part of the study": nothing compared
            controls.setdefault(m.group(0).lower(), m.group(0))
    return tuple(controls.values())


def unnamed_comparator(source: Source, summary_text: str) -> list[str] | None:
    """The paper's controls (a few, for the message) when the summary names no control and
    makes no comparison; None when it does, or the paper compares with no control."""
    # the summary is read first: most name a control or compare, and the paper's sentences
    # need not be read for controls then
    if _CONTROL_SAID.search(summary_text) or _NO_STUDIES.search(summary_text):
        return None
    controls = _controls(source)
    return list(controls)[:3] if controls else None
