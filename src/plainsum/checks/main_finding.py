"""The body states the main finding: the result the paper's conclusion rests on.

A body can state results and still leave out the one that matters: the sildenafil review
concludes that there is limited evidence for sildenafil as a treatment for erectile dysfunction,
and a draft whose body gives the quality-of-life result and the side effects, but never the
erection results, passed. A reader of the body learns side results and never the main one.

The main finding's terms (`outcome_terms`) are the words of the paper's main conclusion (its
first conclusion sentence that states a finding) that its results sentences report too (the
outcome, the condition, with the words abbreviations stand for), less the words named in every
results sentence that names any of them (the treatment every result is about, which says
nothing of which result) and the words of any paper's conclusions (evidence, effect, support).

A body sentence that states a result (`finding.states_result`; the finding check runs this
one) carries the main finding when it names one of those terms, or the source sentences its
evidence link holds do (a plain word for the outcome links to the paper's sentence that names
it), or it is linked to a main conclusion sentence itself, or it says nothing changed where
the main conclusion does. Without conclusions, or with too few results to tell a main one
from a side one, nothing is judged.

A warning, not an error: the terms are words, and a body may state the main result in words
no link finds; the finding check's error stays for a body that states no result at all.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from ..evidence import SourceSentence, content_words, split_source, stand_ins, stem
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import EvidenceLink, Finding, Severity
from .finding_words import SAYS_NULL
from .headline_claims import claims
from .headline_source import GENERAL
from .polarity import claims_in

BODY = "what_the_study_did"
MAIN_CONCLUSIONS = 1  # the first conclusion sentence stating a finding is the main one
MIN_RESULTS = 2  # results sentences needed to tell the main result from a side one
PREFIX = 5  # letters two stems share to name the same thing ("erectile", "erection")
# Words any conclusion uses about its evidence, not about what it found.
_CONCLUDING = frozenset(
    stem(w)
    for w in """limited support supports supported benefit benefits beneficial harm harms
    safe safety adverse event events difference differences significant significantly
    improve improves improved improvement reduce reduces reduced reduction increase increases
    increased risk risks future research need needed further study studies well designed
    long term short term larger large small sample size good poor overall group groups
    placebo control usual care compared comparison result results show shows showed found
    may might suggest suggests help helps helped helpful use used work works treat treated
    ms multiple sclerosis people person persons""".split()
)


# A conclusion sentence that states no finding: what research or practice should do next, or a
# note on the trials and their reporting.
_NOT_FOUND = re.compile(
    r"\b(?:(?:further|future|more|new|larger|additional|well[- ]designed|high[- ]quality) "
    r"(?:\w+ ){0,3}?(?:trials|studies|research|work)|(?:are|is|be) (?:urgently )?(?:needed|"
    r"required|warranted)|should|we need|need to be|it is important to note|"
    r"(?:were|was) (?:conducted|done|carried out)|(?:did not|failed to) report|"
    r"not (?:substantially )?altered|could not (?:combine|pool)|could (?:possibly )?be tested|"
    r"no (?:\w+ )?(?:studies|trials) (?:reported|addressed|identified|examined|looked|measured)|"
    r"(?:are|is|were|was|remain) (?:still )?(?:lacking|missing|sparse|scarce)|"
    r"(?:very )?few (?:\w+ ){0,3}?(?:studies|trials)|this (?:may|might|could) (?:have been|be) "
    r"(?:due|because)|we consider|(?:previous|last|earlier) (?:update|version)|"
    r"conclusions? (?:remains?|(?:is|are) unchanged)|we focused|(?:limited|limits|reduced) our "
    r"confidence|(?:this|the) review (?:has )?identified|prompting caution)\b",
    re.I,
)


def _stems(source: Source, text: str) -> set[str]:
    words = content_words(text) + stand_ins(source, text)
    return {stem(w.lower()) for w in words} - GENERAL - _CONCLUDING


def _names(stems: Set[str], terms: Set[str]) -> bool:
    prefixes = {t[:PREFIX] for t in terms if len(t) >= PREFIX}
    return bool(stems & terms) or any(len(s) >= PREFIX and s[:PREFIX] in prefixes for s in stems)


def main_conclusions(sentences: list[SourceSentence]) -> list[int]:
    """The paper's first `MAIN_CONCLUSIONS` conclusion sentences that state a finding (not a
    call for research, advice to doctors or a note on the trials)."""
    return [
        s.index
        for s in sentences
        if s.role == Role.CONCLUSION and claims(s.text) and not _NOT_FOUND.search(s.text)
    ][:MAIN_CONCLUSIONS]


def _null(text: str) -> bool:
    """Whether `text` says that something made no difference or that it is not known."""
    return bool(SAYS_NULL.search(text)) or any(c.polarity == "null" for c in claims_in(text))


@lru_cache(maxsize=64)  # a paper's: read again by a repair's gate
def outcome_terms(source: Source) -> frozenset[str]:
    """The terms of the main finding: what the main conclusion and the results both name,
    less what every such result names (the subject) and words about evidence. Empty when the
    paper has no conclusion or too few results to judge."""
    if not any(section.name == "conclusions" for section in source.sections):
        return frozenset()  # conclusions told apart from results by wording alone are not sure
    sentences = split_source(source)
    main = main_conclusions(sentences)
    results = [_stems(source, s.text) for s in sentences if s.role == Role.RESULTS]
    if not main or len(results) < MIN_RESULTS:
        return frozenset()
    said = set().union(*(_stems(source, sentences[i].text) for i in main))
    relevant = [r for r in results if _names(said, r)]
    reported = {t for t in said if any(_names({t}, r) for r in relevant)}
    if len(relevant) < MIN_RESULTS:
        return frozenset(reported)
    return frozenset(t for t in reported if not all(_names({t}, r) for r in relevant))


def carries_main(
    source: Source,
    link: EvidenceLink,
    terms: Set[str],
    main: list[int],
    sentences: list[SourceSentence],
) -> bool:
    """Whether a body sentence states the main finding: it names one of its terms, or the
    source sentences it is linked to do, or it is linked to a main conclusion sentence, or it
    says that nothing changed where the main conclusion does."""
    if any(i in main for i in link.source_sentences):
        return True
    if any(_null(sentences[i].text) for i in main) and _null(link.text):
        return True  # "no clear difference between statins and placebo": the null said
    texts = [link.text] + [sentences[i].text for i in link.source_sentences if i < len(sentences)]
    return any(_names(_stems(source, t), terms) for t in texts)


def check_main_finding(source: Source, stated: list[EvidenceLink], check: str) -> list[Finding]:
    """A warning (under `check`) when the body's sentences that state a result (`stated`, as
    `finding.states_result` tells them) are there but none is the one the paper's main
    conclusion rests on."""
    terms = outcome_terms(source)
    if not terms or not stated:
        return []  # no body result at all is the finding check's error
    sentences = split_source(source)
    main = main_conclusions(sentences)
    if any(carries_main(source, k, terms, main, sentences) for k in stated):
        return []
    conclusion = " ".join(sentences[main[0]].text.split())
    shown = conclusion if len(conclusion) <= 160 else conclusion[:157] + "..."
    return [
        Finding(
            check=check,
            severity=Severity.WARNING,
            section=BODY,
            message=(
                "What the study did states results, but not the one the paper's main conclusion "
                f"rests on ({shown!r}: about {', '.join(sorted(terms)[:5])})."
            ),
            hint="Say the main result in what the study did: what changed, by how much.",
        )
    ]
