"""A claim the paper makes only tentatively, stated in the summary as a fact.

"Opioids seem to be effective for these symptoms" said as "The authors say opioids work for the
symptoms"; "a potential beneficial effect on quality of life" as "Quality of life was better";
"these risks are likely to outweigh any benefits" as "the risks outweigh any benefit". The
summary keeps the paper's claim and drops the word that made it a possibility: the strength of
the claim is raised. `claims_hedge` holds results to the certainty of the evidence, and lets a
summary give that once for all its results ("the evidence was weak"); a "may" or a "suggests"
on one claim is the authors' own doubt of that claim, which no general caveat restores.

The summary sentence is read claim to claim, not sentence to sentence: against the clause of
a result or conclusion of the paper that holds most of its words (`COVER` of them, at least
two), and that clause must carry a tentative word ("may", "might", "could", "seems to",
"suggests that", "potential", "likely") that governs the words the summary repeats: some of
them after it, and, unless the tentative word heads the clause ("we suggest that ..."), some
before it too (what the claim is about). The sentence is let go when

- it keeps a doubt of its own ("may", "the authors think", "points to"), is a question, an
  aim or a condition, or the sentence after it doubts it;
- it states nothing as found (no effect, no "shows", "works", "explains", "comes from");
- or any clause of the paper holds it as well with no tentative word: the paper says it
  plainly somewhere (a result stated plainly and only interpreted with a "may" later).

An error when the match is close (the clause holds `SURE_COVER` of the sentence's words, on
both sides of the tentative word, or the summary says "shows" or "proves" over it); otherwise
a warning, for an editor to read against the paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from .. import caseless
from ..evidence import split_source, split_summary_section, stem
from ..evidence_words import content_words
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import Finding, Severity
from .claims_hedge import KEPT, _doubts_the_one_before, _flat_claims
from .negation import conditional
from .polarity import claims_in

COVER = 0.6  # share of the summary sentence's words the paper's clause must hold
SURE_COVER = 0.8  # ... for an error rather than a warning
PROVEN_COVER = 0.7  # ... or this much, where the summary says the claim was shown or proven
MIN_SHARED = 2
_ROLES = frozenset({Role.RESULTS, Role.CONCLUSION})
_DIRECTIONS = frozenset({"up", "down", "better", "worse"})
_SECTIONS = ("headline", "what_the_study_did", "why_it_matters")

# The paper's tentative words; "could not", "may not" deny rather than hedge, and "does appear
# to" insists. A tentative word that heads its clause governs all of it.
_HEADING = (
    r"(?:we |authors? |they |results? |findings? |data |these |this |study )?"
    r"(?:suggest|propose|speculate|hypothesi[sz]e)(?:s|d|ed)?(?: that)?|suggesting(?: that)?|"
    r"it is (?:possible|plausible|conceivable) that"
)
TENTATIVE = re.compile(
    rf"\b(?<!evidence )(?:(?P<heading>{_HEADING}|potential|possible)|may|might|could|"
    r"possibly|potentially|"
    r"presumabl\w*|(?<!does )(?<!do )(?<!did )(?:appear|seem)(?:s|ed)? to)\b(?! not\b)",
    re.I,
)
# Doubt a summary may keep in words `claims_hedge.KEPT` does not know.
_KEPT_MORE = re.compile(
    r"\b(?:think|thinks|thought|believe[sd]?|propose[sd]?|speculate[sd]?|hypothes\w*|"
    r"points? to|pointed to|hints?|a sign|raises? the (?:idea|possibility)|worth (?:testing|"
    r"trying|studying|a (?:closer )?look)|idea|guess|wonder\w*|tend(?:s|ed)? to|"
    r"promising|candidate|would|can|(?:there (?:is|was) |some |moderate )evidence (?:that|of)|"
    r"evidence from (?:a |one |two |only |)(?:single|small|few|one|two)\b[^.;]{0,20}?"
    r"(?:stud\w*|trials?))\b",
    re.I,
)
# What a summary sentence states as sure beside an effect: a certain reporting verb, or a
# verb of cause or use.
_SURE = re.compile(
    r"\b(?:show(?:s|ed|n)?|prove[sdn]?|demonstrat\w+|confirm\w*|establish\w*|"
    r"explains?|explained|works?|worked|(?:is|are|was|were) (?:effective|beneficial|safe|"
    r"helpful|useful|the cause|key|due to|caused by|related to|behind)|causes?|caused|"
    r"comes? from|came from|"
    r"leads? to|led to|predicts?|predicted|protects?|protected|prevents?|prevented|"
    r"(?:found|finds?) that|shapes?|decides?|outweighs?)\b",
    re.I,
)
# The strongest: a claim said to be shown or proven.
_PROVEN = re.compile(
    r"\b(?:show(?:s|n)?|prove[sdn]?|demonstrat\w+|confirm\w*|establish\w*)\b", re.I
)
# Words of a summary sentence that name who says it or what kind of statement it is, not the
# claim: left out when matching the claim to the paper's.
_FRAME_WORDS = frozenset(
    stem(w)
    for w in (
        "author",
        "authors",
        "say",
        "says",
        "said",
        "show",
        "shows",
        "showed",
        "study",
        "studies",
        "research",
        "researchers",
        "team",
        "finding",
        "findings",
        "found",
        "result",
        "results",
        "prove",
        "proves",
        "also",
        "people",
    )
)
_BREAK = re.compile(
    r"[;:]|,\s+(?=suggesting|indicating|implying)|,\s+(?:but|and|while|whereas|although|though|however|which)\b|\bbut\b|\bwhereas\b|"
    r"\band (?=(?:we |they )?(?:suggest|propose|speculate)\w*\b)",
    re.I,
)
# A clause that denies says no claim plainly ("None of the trials evaluated quality of life").
_DENIAL = re.compile(r"\b(?:not|no|none|never|neither|nor|without)\b|n't\b", re.I)
_BRACKETS = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")


class Raised(NamedTuple):
    """A summary sentence that states as fact what the paper says tentatively."""

    sentence: str
    paper: str  # the paper's sentence
    word: str  # its tentative word
    sure: bool  # a close match: an error
    cover: float  # share of the summary's claim the paper's clause holds


class _Clause(NamedTuple):
    text: str
    finding: bool  # of a result or conclusion
    sentence: str


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


def _clauses(sentence: str) -> list[str]:
    plain = _BRACKETS.sub(lambda m: " " * len(m.group(0)), sentence)
    out, start = [], 0
    for found in _BREAK.finditer(plain):
        out.append(plain[start : found.start()])
        start = found.end()
    out.append(plain[start:])
    return [c for c in out if c.strip()]


@lru_cache(maxsize=64)
def _paper(source: Source) -> tuple[bool, tuple[_Clause, ...]]:
    """Whether any result or conclusion of the paper has a tentative word, and every clause of
    the paper's findings."""
    sentences = split_source(source)
    clauses = tuple(
        _Clause(clause, s.role in _ROLES, s.text)
        for s in sentences
        if s.role not in (Role.BACKGROUND, Role.AIM, Role.METHODS)
        for clause in _clauses(s.text)
    )
    tentative = any(c.finding and caseless.search(TENTATIVE, c.text) for c in clauses)
    return tentative, clauses


# The stems of the paper's clauses (`_paper`'s, in order) are read only when a summary claim
# stated as sure has words enough to be looked for in them: not for a paper with no tentative
# finding (a third of them), nor for most summaries of the others.
@lru_cache(maxsize=64)
def _clause_stems(source: Source) -> tuple[frozenset[str], ...]:
    return tuple(_stems(c.text) for c in _paper(source)[1])


def _governs(clause: str, mine: frozenset[str]) -> tuple[str, bool] | None:
    """The tentative word of `clause` that governs the words of `mine` it holds, and whether
    the clause holds them on both sides of it (or the word heads the clause)."""
    for found in TENTATIVE.finditer(clause):
        after = _stems(clause[found.end() :]) & mine
        before = _stems(clause[: found.start()]) & mine
        heads = bool(found.group("heading")) and not before
        if after and (before or (heads and len(after) >= MIN_SHARED)):
            return found.group(0), True
    return None


def _plain_after(clause: _Clause, word: str, mine: frozenset[str]) -> bool:
    """Whether the paper's sentence goes on, after the comma that follows the tentative `word`
    of `clause`, to state a direction plainly about what `mine` is about: "Meditation might be
    beneficial for quality of life, with higher scores in the meditation arms" reports its
    result as well as hedging what it means."""
    plain = _BRACKETS.sub(lambda m: " " * len(m.group(0)), clause.sentence)
    at = plain.find(word, max(0, plain.find(clause.text.strip()[:30])))
    comma = plain.find(",", at) if at >= 0 else -1
    rest = plain[comma + 1 :] if comma >= 0 else ""
    return (
        len(_stems(rest) & mine) >= MIN_SHARED
        and not caseless.search(TENTATIVE, rest)
        and any(c.polarity in _DIRECTIONS for c in claims_in(rest))
    )


def _states_as_sure(sentence: str) -> bool:
    return bool(_SURE.search(sentence)) or bool(_flat_claims(sentence))


def find_raised(text: str, source: Source) -> list[Raised]:
    """Each sentence of `text` that states as found a claim the paper makes only with a
    tentative word, read clause to clause."""
    tentative, clauses = _paper(source)
    if not tentative:
        return []
    sentences = split_summary_section(text)
    out = []
    for n, sentence in enumerate(sentences):
        if caseless.search(KEPT, sentence) or _KEPT_MORE.search(sentence):
            continue
        if conditional(sentence) or sentence.rstrip().endswith("?"):
            continue
        if n + 1 < len(sentences) and _doubts_the_one_before(sentences[n + 1]):
            continue
        for part in _clauses(sentence):
            if _DENIAL.search(part) or not _states_as_sure(part):
                continue  # "X has not been shown to work" raises nothing
            if found := _raised(part, clauses, partial(_clause_stems, source)):
                cover, held, word = found
                sure = cover >= SURE_COVER or (cover >= PROVEN_COVER and bool(_PROVEN.search(part)))
                out.append(Raised(sentence, held.sentence, word, sure, cover))
                break
    return out


def _raised(
    part: str, clauses: tuple[_Clause, ...], clause_stems: Callable[[], tuple[frozenset[str], ...]]
) -> tuple[float, _Clause, str] | None:
    """(share held, the paper's clause, its tentative word) for the claim `part` of a summary
    sentence, when the paper's clause that holds it best says it tentatively and no clause
    says it plainly as well."""
    mine = _stems(part) - _FRAME_WORDS
    if len(mine) < MIN_SHARED:
        return None
    best: tuple[float, _Clause, str] | None = None
    plain = 0.0
    for clause, stems in zip(clauses, clause_stems(), strict=True):
        shared = stems & mine
        if len(shared) < MIN_SHARED:
            continue
        cover = len(shared) / len(mine)
        if not caseless.search(TENTATIVE, clause.text):
            if not _DENIAL.search(clause.text):
                plain = max(plain, cover)
            continue
        if not clause.finding or cover < COVER:
            continue
        governed = _governs(clause.text, mine)
        if governed and _plain_after(clause, governed[0], mine):
            plain = max(plain, cover)  # "X might help, with higher scores on X"
        elif governed and (best is None or cover > best[0]):
            best = (cover, clause, governed[0])
    if best is None or plain >= best[0]:
        return None  # the paper says it plainly somewhere
    return best


def raised_findings(
    check: str, section: str, text: str, source: Source, flagged: set[str]
) -> list[Finding]:
    """A finding of `check` for each sentence of `text` (the summary's `section`) not yet in
    `flagged` that states as fact what the paper says tentatively; an error when the claim
    matches closely, a warning otherwise. Flagged sentences join `flagged`."""
    if section not in _SECTIONS:
        return []
    findings = []
    for raised in find_raised(text, source):
        if raised.sentence in flagged:
            continue
        flagged.add(raised.sentence)
        findings.append(
            Finding(
                check=check,
                severity=Severity.ERROR if raised.sure else Severity.WARNING,
                section=section,
                span=raised.sentence,
                message=(
                    f"States as fact a claim the paper makes only tentatively "
                    f"('{raised.word}'): {raised.sentence!r}"
                ),
                hint=f"Keep the paper's '{raised.word}'; the paper has: {raised.paper!r}.",
            )
        )
    return findings
