"""The authors' grade of the evidence, kept beside a headline made from a graded result.

A review's result often grades itself in a bracket the edited sentence no longer has: "X lowered
Y (RR 0.7, 95% CI 0.5 to 0.9; 3 trials; low-certainty evidence)". Said alone, "X lowered Y" is
stronger than the authors; the headline keeps their grade in plain words (`shorten.grades`):
"Weak evidence suggests X lowered Y", or after a claim that hedges itself or finds no
difference, "X may lower Y, but the evidence is weak" ("Weak evidence suggests there was no
difference" would read as a finding). A moderate grade goes in front of a claim that does not
hedge itself ("Moderate evidence suggests X lowered Y"); a high grade adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...checks.no_conclusion import CONCLUSION_NOT_DRAWN
from ...schemas import StudyDesign
from ..finding import states_finding
from ..shorten.grades import graded_claim
from ..shorten.meaning import hedges_itself
from ..simplify import PlainSentence
from ..wholeness import BRACKETED, capitalise, decapitalise
from .forms import headline_forms
from .record import Headline
from .weighed import head_words

# A grade inside a bracket: "low-certainty evidence", "very low quality evidence", "GRADE: low",
# "certainty of evidence: moderate"; of "low to moderate", the first (the weaker) is taken.
_GRADE = re.compile(
    r"\b(?P<a>(?:very )?(?:low|moderate|high))(?:(?: to | or )(?:very )?(?:low|moderate|high))?"
    r"[- \u2010\u2011]+(?:quality|certainty)\b"
    r"|\b(?:quality|certainty|GRADE)(?: of (?:the )?evidence)?\s*[:=]?\s*"
    r"(?P<b>(?:very )?(?:low|moderate|high))\b",
    re.I,
)
_LEVELS = ("very low", "low", "moderate", "high")
HEADLINE_WORDS = 16  # a headline's comfortable length (`choose.IDEAL_WORDS`)
# The sentence says how sure it is already ("the evidence is very uncertain", "weak evidence").
_SAYS_CERTAINTY = re.compile(
    r"\b(?:uncertain\w*|unclear|not clear|certainty|quality of (?:the )?evidence|the evidence|"
    r"(?:weak|limited|low|moderate|strong|good|high|some|little|no|insufficient|not enough) "
    r"(?:[\w-]+ )?evidence"
    r"|(?:data|evidence) (?:[\w-]+ ){0,4}(?:was|were|is|are) (?:very )?"
    r"(?:limited|sparse|scarce|weak))\b",
    re.I,
)
# A claim that finds no difference or no effect: the grade follows it.
_NULL = re.compile(
    r"\b(?:no|not|nor|neither|none|similar|little or no|did not|does not|do not)\b", re.I
)
# A claim that opens before its subject ("Compared with placebo, X ..."): "Weak evidence
# suggests compared with placebo" would not read; the grade follows it.
_OPENS_BEFORE_SUBJECT = re.compile(
    r"^(?:Compared|In|At|After|Among|For|With|When|During|Over|Within|Based|Using|Across|"
    r"Following|Overall|Beyond|By|Of|There|It)\b"
)


# A claim said as what a study reported ("The trial revealed a small benefit of X", "One study
# showed that X"): "Weak evidence suggests the trial revealed ..." would not read (two reporters
# for one claim); the grade follows it.
_REPORTED_BY_STUDY = re.compile(
    r"^(?:The|This|That|One|A single|Both|All|Most|Several|Some|Two|Three|Four|Five|\d+)"
    r"(?: of the)? (?:[\w-]+ )?(?:trials?|stud(?:y|ies)|reviews?|RCTs?|analys[ie]s) "
    r"(?:revealed|showed|found|reported|demonstrated|observed)\b"
)


# What the trials did, not what they found: "The trial compared X with Y", "Six studies
# investigated X".
_DID = re.compile(
    r"^(?:The|This|These|Each|All|Both|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|"
    r"Most|Several|Some|Many)(?: of)?(?: the| these)? (?:[\w-]+ )?(?:trials?|stud(?:y|ies)|"
    r"reviews?|RCTs?) (?:compared|investigated|examined|looked|assessed|evaluated|allowed|"
    r"included|measured|used|checked|tested|recruited|enrolled|lasted|ran|were|was|had|"
    r"reported (?!(?:that|a|an|no|less|more|fewer|lower|higher|better|worse)\b))"
    # what the data allowed: "Many of the data were not suitable for pooling"
    r"|^(?:(?:Many|Most|Some|All|None|Few) of )?(?:the )?(?:[\w-]+ )?data (?:were|was)\b",
)


def bracket_grades(said: str) -> list[tuple[int, str]]:
    """The grades of evidence the sentence as the paper says it gives in brackets, with where
    each bracket starts, in order ("very low", "low", "moderate" or "high")."""
    out: list[tuple[int, str]] = []
    for bracket in BRACKETED.finditer(said):
        found = _GRADE.search(bracket.group(0))
        if found:
            out.append((bracket.start(), (found["a"] or found["b"]).lower()))
    return out


def _start_in(said: str, text: str) -> int:
    """Where the piece `text` begins in the paper's sentence (its first two words), else 0."""
    words = re.findall(r"[\w'-]+", text.lower())[:2]
    if len(words) < 2:
        return 0
    m = re.search(rf"\b{re.escape(words[0])}\W+{re.escape(words[1])}\b", said.lower())
    return m.start() if m else 0


def _end_in(said: str, text: str, start: int) -> int:
    """Where the piece `text` ends in the paper's sentence: the last place after `start` of one
    of its last few words (an edited word may not be the paper's), else the sentence's end."""
    words = [w for w in re.findall(r"[\w'-]+", text.lower()) if len(w) > 2][-4:]
    for word in reversed(words):
        places = [m.end() for m in re.finditer(rf"\b{re.escape(word)}\b", said.lower())]
        places = [at for at in places if at > start]
        if places:
            return places[-1]
    return len(said)


def grade_of(text: str, said: str) -> str | None:
    """The grade that bears on the piece or form `text` of the paper's sentence `said`: a
    bracket grades the words before it, so the brackets from where `text` begins up to the
    first one after where it ends; the weakest of them (never stronger than any part of it).
    None when none."""
    start = _start_in(said, text)
    end = _end_in(said, text, start)
    covering: list[str] = []
    for at, grade in bracket_grades(said):
        if at < start:
            continue
        covering.append(grade)
        if at >= end:
            break
    return min(covering, key=_LEVELS.index) if covering else None


def _lower_first(text: str, said: str) -> str:
    """`text` with its first word in lower case for use after "evidence suggests", unless the
    paper writes that word with a capital inside a sentence too (a name: "Parkinson's")."""
    first = text.split()[0] if text.split() else ""
    if re.search(rf"\b[a-z][\w'-]*,? {re.escape(first)}\b", said):
        return text
    return decapitalise(text)


# What evidence there is, not what it shows: "found no study looking at X", "No trial measured
# Y". A grade said of it ("..., but the evidence is very weak") grades nothing (an independent
# reading's broken headline, CD010916).
_NO_STUDY = re.compile(
    r"\b(?:found|identified|were|was) no (?:\w+ )?(?:study|studies|trials?|RCTs?)\b"
    r"|^No (?:\w+ )?(?:study|studies|trials?|RCTs?) (?:looked|examined|reported|measured|assessed|"
    r"evaluated|compared|was|were)\b",
    re.I,
)


def with_grade(text: str, grade: str | None, said: str) -> str:
    """The headline form `text` with the paper's grade said plainly (see the module
    docstring); `text` as it is when there is no grade, a high one, or the form already says
    how sure it is."""
    if grade is None or grade == "high" or _SAYS_CERTAINTY.search(text) or _NO_STUDY.search(text):
        return text
    did = _DID.match(text) and ";" not in text  # "X reported Y; no difference was seen"
    if not states_finding(text) or did or ":" in text:
        # what was done, not found ("weak evidence suggests the trial compared X"), or a
        # heading left in the sentence ("Comparison 4: X versus Y ...")
        return text
    words = f"{grade}-certainty"
    if (
        hedges_itself(text)
        or _NULL.search(text)
        or _OPENS_BEFORE_SUBJECT.match(text)
        or _REPORTED_BY_STUDY.match(text)
    ):
        # graded_claim puts a weak grade after the claim; a moderate one adds nothing here
        graded = graded_claim(words, text, "suggests", hedged=True)
    else:
        graded = graded_claim(words, _lower_first(text, said), "suggests")
    return capitalise(graded) if graded else text


# A grade stated anywhere in a sentence: "low-quality evidence", "the quality of the evidence
# was very low", "evidence of moderate certainty".
_STATED = re.compile(
    r"\b(?P<a>(?:very )?(?:low|moderate|high))[- \u2010\u2011]+(?:quality|certainty)"
    r"(?: of(?: the)?)? evidence\b"  # never "studies of high quality"
    r"|\b(?:quality|certainty) of (?:the )?(?:[\w-]+ )?evidence (?:\w+ ){0,6}?(?:was|is|were|"
    r"are) (?:rated (?:as )?|judged (?:as |to be )?|graded (?:as )?)?"
    r"(?P<b>(?:very )?(?:low|moderate|high))\b"
    r"|\bevidence (?:was|is|were|are) of (?P<c>(?:very )?(?:low|moderate|high)) "
    r"(?:quality|certainty)\b",
    re.I,
)


# The authors' verdict that their evidence allows no conclusion at all: "reliable conclusions
# could not be drawn from the present data", "No firm conclusions can be made because of the
# paucity of the data". Said of one question only ("no firm conclusions can be drawn about
# pain", "on quality of life"), it caps nothing else.
_NO_CONCLUSIONS = re.compile(
    rf"\b{CONCLUSION_NOT_DRAWN}"  # the gate's words for it (checks/no_conclusion.py)
    # where from: "from the present data", "from this review"
    r"(?: from (?:the |this |these )?(?:present |available |current |included )?(?:data|"
    r"evidence|review|studies|trials))?"
    r"(?P<scope> (?:about|regarding|on|for|as to|with respect to|concerning|in relation to|of|"
    r"whether|between|in)\b)?",
    re.I,
)


def concludes_nothing(said: str) -> bool:
    """Whether the authors say their evidence allows no conclusion, of nothing in particular
    (`_NO_CONCLUSIONS`)."""
    return any(m["scope"] is None for m in _NO_CONCLUSIONS.finditer(said))


def results_ceiling(
    conclusions: list[PlainSentence],
    said: dict[int, str],
    doubts: Sequence[PlainSentence] = (),
) -> str | None:
    """How sure a review's results can be said to be when the authors' conclusions grade the
    evidence only low or very low: the weakest of their grades ("very low", "low"); "very low"
    when they or their limitation sentences (`doubts`) say no conclusion can be drawn at all
    (`concludes_nothing`); None when they state no grade or any higher one (then a result's
    own bracket must say it)."""
    if any(concludes_nothing(_paper(p, said)) for p in [*conclusions, *doubts]):
        return "very low"
    grades = [
        (m["a"] or m["b"] or m["c"]).lower()
        for p in conclusions
        for m in _STATED.finditer(_paper(p, said))
    ]
    if not grades or any(g not in ("low", "very low") for g in grades):
        return None
    return min(grades, key=_LEVELS.index)


def _paper(s: PlainSentence, said: dict[int, str]) -> str:
    return said.get(s.sources[0], "") if s.sources else ""


class Grader:
    """The grade each headline form of a sentence is said with: its own brackets' grade
    (`grade_of`), else, for a result of a review whose conclusions grade the evidence only low
    (`results_ceiling`), that grade."""

    def __init__(
        self,
        design: StudyDesign,
        animals: str,
        said: dict[int, str],
        results: list[PlainSentence] | None = None,
        ceiling: str | None = None,
    ) -> None:
        self.design, self.animals, self.said, self.ceiling = design, animals, said, ceiling
        self.results = {p.text for p in results or []}

    def grades(self, s: PlainSentence) -> bool:
        """Whether any form of `s` may be said with a grade."""
        paper = _paper(s, self.said)
        return bool(bracket_grades(paper)) or (self.ceiling is not None and s.text in self.results)

    def __call__(self, s: PlainSentence, text: str) -> str:
        paper = _paper(s, self.said)
        grade = grade_of(text, paper)
        if grade is None and s.text in self.results:
            grade = self.ceiling
        return with_grade(text, grade, paper)


def graded_drop(pool: list[PlainSentence], drop: frozenset[str], grader: Grader) -> frozenset[str]:
    """`drop` with the sentences of `pool` one of whose forms a repair left out as graded
    (a sentence left out in any form is left out whole, as `forms.dropped` has it)."""
    out = set(drop)
    for s in pool:
        if not drop or not grader.grades(s):
            continue
        for _, text in headline_forms(s, grader.design, grader.animals):
            if grader(s, text) in drop:
                out.add(s.text)
                break
    return frozenset(out)


def graded_headline(head: Headline, pool: list[PlainSentence], grader: Grader) -> Headline:
    """The chosen headline (and its shorter forms) said with its grade (`Grader`). The
    headline is chosen on the claim alone: a grade said changes how the claim reads, never
    which claim heads."""
    made_from = head.origin or head.basis
    s = next((p for p in pool if p.text == made_from), None)
    if s is None or not grader.grades(s):
        return head
    text = grader(s, head.text)
    shorter = [grader(s, t) for t in head.shorter]
    if head_words(text) > HEADLINE_WORDS:
        # the grade made it long: a shorter form of the same claim that fits, when there is one
        fits = [t for t in shorter if head_words(t) <= HEADLINE_WORDS]
        if fits:
            text = fits[0]
            shorter = shorter[shorter.index(text) + 1 :]
    return replace(head, text=text, shorter=tuple(shorter))
