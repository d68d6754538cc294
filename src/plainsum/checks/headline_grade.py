"""The headline keeps the paper's grade of its evidence: a claim the paper grades as low or very
low certainty (or quality) is not a fact, and neither is an effect where the paper's verdict is
that its evidence carries no conclusion ("reliable conclusions could not be drawn from the
present data": plainsum.checks.no_conclusion).

"Exercise reduces fatigue in people with MS" overclaims when the paper's sentence behind it says
"exercise may reduce fatigue (low-certainty evidence)": a reader who sees only the headline
learns a settled fact where the authors found a weak hint. The headline is fine when it hedges
("may", "might", "probably", "low-certainty evidence suggests", "it is unclear whether"),
and a headline that says nothing changed ("X did not reduce Y") is not judged: a flat null
overstates less than a flat effect, and clean summaries say it so beside a grade they give in
their limitations.

Which grade belongs to the headline's claim: each results or conclusion sentence that holds the
headline (`holders`: up to three, each holding half its weight or more: often a result and its
conclusion) is cut into the stretches each grade covers (a bracketed grade covers the words
before it, back to the previous grade: "X reduced relapses (high-certainty evidence) and may
slow disability (low-certainty evidence)"; a grade that opens the sentence covers what follows
it), and the stretch holding most of the headline's words decides; a low grade in any holder
is the claim's grade. A holder without a grade of its own takes the paper's grade for all its
evidence, when the paper gives one ("The certainty of the evidence was very low for all
outcomes") and grades nothing higher anywhere.
"""

from __future__ import annotations

import re

from ..evidence import content_words, overlaps, split_source, stem
from ..ingest import Source
from ..plain.sentences import Role
from ..schemas import Finding, PlainSummary, Severity
from .finding import procedure_only
from .headline_claims import EFFECT, QUESTION
from .no_conclusion import doubted_throughout
from .polarity import claims_in

CHECK = "headline"
HOLDERS = 3  # the source sentences holding the headline best: a result and its conclusion
HELD = 0.5  # the least share of the headline's weight a sentence holds to hold it
MARGIN = 0.3  # how far below the best a holder may be

_LOW = r"(?:very[- ])?low(?:(?:[- ]|\s*(?:-|to|or|and)\s*)(?:very[- ])?(?:low|moderate))?"
# A grade of evidence, low or not: "low-certainty evidence", "moderate quality evidence",
# "the certainty of the evidence was very low", "evidence of low quality", "GRADE: low".
_GRADE_WORDS = (
    r"(?:very[- ])?(?:low|moderate|high)(?:(?:[- ]|\s*(?:-|to|or|and)\s*)(?:very[- ])?"
    r"(?:low|moderate|high))?"
)
GRADE = re.compile(
    rf"\b{_GRADE_WORDS}[- ](?:(?:methodological|overall)[- ])?(?:quality|certainty)\b"
    rf"|\b(?:quality|certainty) of (?:the |this |all |all the )?evidence (?:\w+ ){{0,6}}?"
    rf"(?:was|is|were|are|as|being|ranged from) (?:(?:rated|graded|judged|assessed|considered|"
    rf"generally|only|mostly|overall) (?:as )?)*{_GRADE_WORDS}\b"
    rf"|\bevidence (?:was|is|were|are) (?:of )?{_GRADE_WORDS} (?:quality|certainty)\b"
    rf"|\bGRADE\W{{1,3}}{_GRADE_WORDS}\b",
    re.I,
)
_LOW_GRADE = re.compile(rf"\b{_LOW}\b", re.I)
# A grade that is not low at all: "moderate-certainty", "high quality".
_NOT_LOW = re.compile(r"^(?:moderate|high)(?![- ]?(?:to|or|and)?[- ]?(?:very[- ])?low)", re.I)

# The paper's grade for all its evidence, in a sentence of its own.
OVERALL = re.compile(
    r"^(?:overall,? )?(?:the )?(?:overall )?(?:quality|certainty) of (?:the |all |all the )?"
    r"(?:included )?evidence\b",
    re.I,
)

# Words that keep a claim as uncertain as the paper says it is, or that give the grade itself
# ("..., but the quality of the evidence was very low").
HEDGE = re.compile(
    r"\b(?:may|might|could|possibl[ey]|probabl[ey]|likely|unlikely|suggest\w*|indicat\w*|"
    r"appear\w*|seem\w*|uncertain\w*|unclear|unknown|not (?:yet )?(?:known|clear|sure|certain)|"
    r"(?:less|more|not|un) certain|certainty|(?:quality|strength) of (?:the |this )?evidence|"
    r"weak|limited|tentative|early signs?|hints?|potential|not enough|insufficient|"
    r"little evidence|some evidence|no (?:clear |good |firm |strong )?evidence|"
    r"too (?:few|small|weak)|low[- ](?:certainty|quality)|whether|no clear)\b",
    re.I,
)
# What a claim says happened beyond `EFFECT`: a difference, or that the thing is safe.
_CLAIMED = re.compile(r"\b(?:than|higher|lower|fewer|safe|safely)\b", re.I)
# A claim that nothing changed: "did not reduce", "no difference". Left alone: a null stated
# flatly overstates less than an effect does, and the paper's own null conclusions often say
# "appears to have no effect" beside a grade a summary carries in its limitations.
_NULL = re.compile(r"\b(?:not|no|never|neither|nor|didn't|doesn't|don't|without|failed to)\b", re.I)
_NOT_A_CLAIM = re.compile(
    r"\b(?:more|further|additional) (?:\w+ )?(?:research|studies|trials|work|data)\b", re.I
)
# What the studies reported, not what is so: "No side effects were reported".
_REPORTED = re.compile(r"\b(?:reported|no (?:\w+ )?(?:studies|trials))\b", re.I)


def states_as_fact(headline: str) -> bool:
    """Whether a headline states an effect or a difference with no hedge; a question, what the
    studies reported, how they were done, or that nothing changed is not judged."""
    if headline.rstrip().endswith("?") or HEDGE.search(headline) or _REPORTED.search(headline):
        return False
    if procedure_only(headline):
        return False
    text = _NOT_A_CLAIM.sub("", QUESTION.sub("", headline))
    if _NULL.search(text):
        return False
    return bool(EFFECT.search(text) or _CLAIMED.search(text))


def _stretches(sentence: str) -> list[tuple[str, str | None]]:
    """`sentence` cut into the stretches each of its grades covers: (text, grade words)."""
    grades = list(GRADE.finditer(sentence))
    if not grades:
        return [(sentence, None)]
    first = grades[0]
    if not sentence[: first.start()].strip(" (") or first.start() < 3:
        # "Low-certainty evidence suggests that X": the opening grade covers the sentence
        return [(sentence[first.end() :], first.group(0))]
    out: list[tuple[str, str | None]] = []
    start = 0
    for grade in grades:
        out.append((sentence[start : grade.start()], grade.group(0)))
        start = grade.end()
    return out


def is_low(grade: str) -> bool:
    """Whether grade words say low or very low ("low to moderate" counts as low)."""
    words = re.sub(
        r"^.*?\b(?=(?:very[- ])?(?:low|moderate|high)\b)", "", grade, count=1, flags=re.I
    )
    return bool(_LOW_GRADE.search(words)) and not _NOT_LOW.search(words)


def _shared(headline: set[str], text: str) -> int:
    return len(headline & {stem(w.lower()) for w in content_words(text)})


def _sentence_grade(headline: str, sentence: str) -> str | None:
    """The grade of the stretch of `sentence` that holds most of `headline`, if it has one."""
    words = {stem(w.lower()) for w in content_words(headline)}
    stretches = _stretches(sentence)
    best = max(stretches, key=lambda s: _shared(words, s[0]))
    if _shared(words, best[0]) == 0 and len(stretches) > 1:
        return None
    return best[1]


def _overall_grade(texts: list[str]) -> str | None:
    """The paper's grade for all its evidence, when it gives one and grades nothing higher."""
    overall = None
    for text in texts:
        for grade in GRADE.finditer(text):
            if not is_low(grade.group(0)):
                return None
            if OVERALL.search(text.strip()):
                overall = grade.group(0)
    return overall


def holders(source: Source, headline: str) -> list[int]:
    """The results and conclusion sentences that hold the headline: up to `HOLDERS`, each
    holding at least `HELD` of its weight and nearly as much as the best."""
    found = {s.index for s in split_source(source) if s.role in (Role.RESULTS, Role.CONCLUSION)}
    shares = {i: share for i, share in overlaps(source, headline).items() if i in found}
    top = max(shares.values(), default=0.0)
    ranked = sorted(shares, key=lambda i: (-shares[i], i))
    return [i for i in ranked[:HOLDERS] if shares[i] >= max(HELD, top - MARGIN)]


def low_grade_behind(source: Source, headline: str) -> str | None:
    """The low or very low grade the paper gives the claim the headline states, or None."""
    texts = [" ".join(s.text.split()) for s in split_source(source)]
    for best in holders(source, headline):
        grade = _sentence_grade(headline, texts[best])
        if grade is None and not GRADE.search(texts[best]):
            grade = _overall_grade(texts)
        if grade is not None and is_low(grade):
            return grade
    return None


def check_headline_grade(source: Source, summary: PlainSummary) -> list[Finding]:
    """An error when the headline states as fact a claim the paper grades low or very low, or
    an effect where the paper's verdict is that its evidence carries no conclusion."""
    headline = " ".join(summary.headline.split())
    if not states_as_fact(headline):
        return []
    grade = low_grade_behind(source, headline)
    if grade is not None:
        said = f"what the paper grades as {grade!r} evidence"
    else:
        verdict = _directed(headline) and doubted_throughout(source, headline)
        if not verdict:
            return []
        said = f"an effect where the paper concludes: {verdict!r}"
    return [
        Finding(
            check=CHECK,
            severity=Severity.ERROR,
            section="headline",
            span=headline,
            message=f"The headline states as fact {said}: {headline!r} (overclaim).",
            hint=(
                "Keep the paper's certainty: 'X may reduce Y', or 'Low-certainty evidence "
                "suggests X reduces Y'."
            ),
        )
    ]


def _directed(headline: str) -> bool:
    """Whether the headline states a direction (up, down, better, worse, an effect)."""
    return any(c.polarity in _DIRECTED for c in claims_in(headline))


_DIRECTED = frozenset({"up", "down", "better", "worse", "effect"})
