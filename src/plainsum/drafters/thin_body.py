"""Filling a thin "what the study did" with the paper's further results, whole.

A body of a few words (the review's count and one side result, "The review included 43 trials.
There were no major differences between implants in wound infection.") tells a reader neither
what was compared nor what was found. When the body holds fewer than `THIN_WORDS` words, the
paper's own further results are shown, in its order, each a sentence of the paper with the
vetted edits it was drafted with: only ones that say which way an outcome went (or, in a
review, what its trials compared and in how many people), that stand alone, that the gate
would name no word of, and that keep the body under a reading-grade error. Never the headline
again, never a sentence a repair dropped, never a result of one trial said as the review's.
Split out of `offline` (one idea per module).
"""

from __future__ import annotations

import re

from ..checks.jargon import find_terms
from ..checks.readability import GRADE_MARGIN, MAX_AVERAGE_SENTENCE_WORDS, measure
from ..plain.compose import Line, Material
from ..plain.conclusion_kinds import future_work
from ..plain.hedged_figures import hedged_by_the_sentence_before
from ..plain.number_words import count_value
from ..plain.pick import ONE_OF_MANY, leans, leans_back
from ..plain.results import (
    ABOUT_THE_PAPER,
    RESEARCH_CALL,
    procedural_result,
    says_which_way,
    sets_up,
    what_it_says,
)
from ..plain.sentences import Role
from ..plain.trial_scope import scoped_to_one_trial
from ..schemas import StudyDesign
from .body_fill import dangles, same_words
from .fit_grade import THIN_WORDS

__all__ = ["THIN_WORDS", "filled_thin", "reads_within"]

# "Twenty-two trials (3749 participants) compared the Gamma nail with the sliding hip screw": how
# many trials, with how many people, compared what: a review's own account of what was done.
_COMPARED = re.compile(
    r"^(?:[A-Z][\w-]*|\d[\d,]*)(?: [\w-]+){0,3} (?:trials?|stud(?:y|ies)|RCTs)\b[^.;]{0,60}?"
    r"\b(?:compared|evaluated|assessed|tested)\b [^.;]{3,80}? (?:with|to|versus|vs\.?|against) ",
)


def _compares(text: str, review: bool) -> bool:
    """Whether `text` says how many of a review's trials compared what ("Five trials with 623
    people compared X with Y.")."""
    return review and bool(_COMPARED.match(text))


def filled_thin(
    material: Material,
    sections: dict[str, list[Line]],
    headline: str,
    dropped: frozenset[str],
    target: float,
) -> list[Line]:
    """The lines to add to a thin what-the-study-did section (`THIN_WORDS`), in the paper's order
    (placed by the caller): results of the paper not yet shown, whole as drafted, until the body
    is no longer thin; none that would take the body's grade past a gate error."""
    did = sections["what_the_study_did"]
    words = sum(len(x.text.split()) for x in did)
    if words >= THIN_WORDS or material.design.design == StudyDesign.CASE_REPORT:
        return []
    review = material.design.design == StudyDesign.REVIEW
    count = next((f.count for f in material.facts if f.count and f.what), None)
    many = review and not (count and count_value(count) == 1)
    # results true only after the sentence before them (one trial's turn, figures hedged)
    scoped = (scoped_to_one_trial(material.sentences) if review else frozenset()) | (
        hedged_by_the_sentence_before(material.sentences)
    )
    shown = {line.text for lines in sections.values() for line in lines}
    shown_sources = {i for lines in sections.values() for line in lines for i in line.sources}
    out: list[Line] = []
    for p in sorted(material.by_role.get(Role.RESULTS, []), key=lambda q: q.order):
        if words >= THIN_WORDS:
            break
        text = p.text
        if (
            text in shown
            or text in dropped
            or set(p.sources) & (shown_sources | material.needs_before | scoped)
            or p.hard
            or p.part
            or leans(p)
            or leans_back(text)
            or (many and ONE_OF_MANY.match(text))
            or ABOUT_THE_PAPER.search(text)
            or RESEARCH_CALL.search(text)
            or future_work(text)
            or same_words(text, headline)
            or find_terms(text)  # a word the gate would name: a repair would drop it again
        ):
            continue
        compares = _compares(text, review)
        if not compares and (
            not says_which_way(text)
            or (review and procedural_result(text))
            or (sets_up(text) and not what_it_says(text).direction)
        ):
            continue
        line = Line(text, p.sources)
        if dangles(material, headline, [*did, *out], line):
            continue
        if not reads_within({**sections, "what_the_study_did": [*did, *out, line]}, target):
            continue  # past the light-edit grade for a sentence more: the body stays as it is
        out.append(line)
        shown_sources |= set(p.sources)
        words += p.words
    return out


def reads_within(sections: dict[str, list[Line]], target: float) -> bool:
    """Whether the body reads within the light-edit margin of `target` (`GRADE_MARGIN`, as
    `fit_grade` works to) and its sentences average no more words than the gate allows."""
    body = "\n\n".join(" ".join(line.text for line in lines) for lines in sections.values())
    level = measure(body)
    return (
        level.grade <= target + GRADE_MARGIN
        and level.words_per_sentence <= MAX_AVERAGE_SENTENCE_WORDS
    )
