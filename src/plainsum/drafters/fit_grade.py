"""Fitting an offline draft's body to the grade target: the hardest optional sentences go.

Frames, facts, the aim, the main results, the one meaning "why it matters" holds and a floor of
the paper's own sentences stay even when the grade is then missed; a sentence is never cut or
reworded to meet a grade (true and whole come before plain). Split out of `offline` (one idea
per module).
"""

from __future__ import annotations

import re

from ..checks.jargon import find_terms
from ..checks.readability import GRADE_MARGIN
from ..plain.aim import AIM_MAX_COST, short_aim
from ..plain.compose import Line
from ..plain.frames import is_design_sentence
from ..plain.harms import HARM
from ..plain.numbers import people_counts
from ..plain.pick import leans_back
from ..plain.results import says_a_finding
from ..plain.simplify import fit_for_readers, measured
from ..plain.standalone import leans_back as leans_on_before

__all__ = [
    "FACT_STARTS",
    "MIN_DID_CONTENT",
    "THIN_WORDS",
    "body_grade",
    "fit_grade",
    "qualifies",
]

_BODY = ("what_the_study_did", "why_it_matters", "limitations")

# What the study did keeps at least this many sentences of the paper (not facts), and as many
# the gate's thin check counts as its own: facts count there, the design frame ("This was a
# study in mice.") does not, so a body left with the frame and one sentence is an error
MIN_DID_CONTENT = 2

# A what-the-study-did section under this many words is thin: it cannot say who took part, what
# was compared and what was found (`thin_body` fills one; the grade fit never makes one).
THIN_WORDS = 35

# Sentences built from parsed facts: always kept, and never counted as the paper's content.
FACT_STARTS = (
    "The review included",
    "The study included",
    "The study will",  # what a planned study will do (`plain.planned`)
    "The review authors searched for",
)


def body_grade(sections: dict[str, list[Line]]) -> float:
    from ..checks.readability import flesch_kincaid_grade

    body = "\n\n".join(" ".join(line.text for line in sections[k]) for k in _BODY)
    return flesch_kincaid_grade(body)


def fit_grade(sections: dict[str, list[Line]], target: float) -> None:
    """Leave out the hardest optional sentences until the body reads at or under `target`;
    the aim (what was studied, in whom) stays; when the body would still read a whole
    `GRADE_MARGIN` over the target (a gate error), a second, hard aim may go too and the one
    left may be said briefly, but the body never loses the only sentence saying what was
    studied."""
    # (what the study did keeps `THIN_WORDS` words while the body reads within the light-edit
    # margin: a body of a count and one side result tells a reader neither what was compared
    # nor what was found, a worse fault than a grade over the target)
    _leave_out(sections, target, keep_aim=True, min_words=THIN_WORDS)
    if body_grade(sections) > target + GRADE_MARGIN:
        _leave_out(sections, target, keep_aim=True)
    if body_grade(sections) > target + GRADE_MARGIN:
        _leave_out(sections, target, keep_aim=False)
    if body_grade(sections) > target + GRADE_MARGIN:
        # still a gate error: a side result kept over the grade may go too, never the main
        # result itself (`Line.lead`) nor a harm result
        _leave_out(sections, target, keep_aim=False, keep_side=False)


def _leave_out(
    sections: dict[str, list[Line]],
    target: float,
    keep_aim: bool,
    keep_side: bool = True,
    min_words: int = 0,
) -> None:
    """Leave out the hardest optional sentences until the body reads at or under `target`.

    Frames, facts, the aims `_aims_kept` names (what was studied, in whom), the main results
    (`Line.main`), the authors' first conclusion, a sentence the next one leans on, and a floor of
    `MIN_DID_CONTENT` sentences of the paper stay, even when the grade is then missed; a
    sentence whose leaving would not lower the grade stays too (an easy sentence beside a hard
    main finding is not dropped for nothing). Without `keep_side`, a main result of what the
    study did that is not the lead one nor about harm is optional, when a lead one stays. No
    sentence of what the study did goes that would leave it under `min_words` words."""
    did = sections["what_the_study_did"]
    led = any(line.lead for line in did)
    side = {
        id(line)
        for line in did
        if not keep_side
        and led
        and line.main
        and not line.lead
        and not line.restates
        and line.kind == "content"
        and line.sources
        and says_a_finding(line.text)
        and not HARM.search(line.text)
    }
    protected = (
        {
            id(line)
            for lines in sections.values()
            for line in lines
            if (line.main and id(line) not in side)
        }
        | _aims_kept(did, keep_aim)
        | _size_kept(did)
    )
    kept: set[int] = set()
    grade = body_grade(sections)
    while grade > target:
        options = []
        for key in _BODY:
            lines = sections[key]
            said = [x for x in lines if x.kind == "content" and x.sources]
            content = [x for x in said if not x.text.startswith(FACT_STARTS)]
            own = [x for x in said if not is_design_sentence(x.text)]  # as the gate counts
            floor = min(len(content), len(own)) <= MIN_DID_CONTENT
            # "why it matters" keeps one line of the paper's: left with none it says nothing of
            # what the finding means (the gate's hollow_why error, worse than the grade it would
            # lower: CD003608 lost "This means it is not yet clear whether occupational therapy
            # improves outcomes" to a size fact that raised the body's grade)
            meaning = key == "why_it_matters" and len(said) <= 1
            for i, line in enumerate(lines):
                nxt = lines[i + 1] if i + 1 < len(lines) else None
                pair = nxt is not None and qualifies(nxt, line)  # "X helped. But ...": one claim
                if (
                    line.kind != "content"
                    or id(line) in protected
                    or id(line) in kept
                    or line.text.startswith(FACT_STARTS)
                    or (key == "what_the_study_did" and floor)
                    or meaning
                    # a harm said under why it matters or the limitations is what a reader
                    # most needs (CD013874 lost "There is an increased risk of common infections
                    # with rituximab" to the grade when a limitation was added beside it)
                    or (key != "what_the_study_did" and _harm(line.text))
                    or (i and qualifies(line, lines[i - 1]))  # never without its claim
                    or (nxt is not None and not pair and (nxt.leans or leans_back(nxt.text)))
                ):
                    continue
                group = (line, nxt) if pair and nxt is not None else (line,)
                options.append((max(measured(x.text).cost for x in group), key, group))
        if not options:
            if not keep_aim:
                _compact_aim(sections, grade)  # the last resort: the aim said more briefly
            return
        _, key, worst = max(options, key=lambda o: o[0])
        if (
            key == "what_the_study_did"
            and _words(sections[key]) - _words(list(worst)) < min_words
            and all(_plain(x.text) for x in worst)
        ):
            # the hardest sentence left would thin what the study did: the fit stops here (the
            # other sections keep theirs, as they would have beside it); one with a word the gate
            # names still goes (a repair would drop it, and with it the sentences it leaves)
            return
        before = sections[key]
        sections[key] = [line for line in before if not any(line is x for x in worst)]
        lower = body_grade(sections)
        if lower >= grade:
            sections[key] = before  # leaving it out does not help the grade: it stays
            kept.update(id(x) for x in worst)
        else:
            grade = lower


# A risk said to be raised ("an increased risk of common infections"), beside the harm words.
_RAISED_RISK = re.compile(
    r"\b(?:increased|higher|raised|greater) (?:\w+ )?risks? of\b(?! (?:\w+ )?bias\b)", re.I
)


def _harm(text: str) -> bool:
    """Whether a line says a harm and stands alone (one that leans on a line the fit may drop,
    "these safety data", is no reason to keep it)."""
    said = HARM.search(text) is not None or _RAISED_RISK.search(text) is not None
    return said and not leans_on_before(text.rstrip("."))


def _words(lines: list[Line]) -> int:
    return sum(len(line.text.split()) for line in lines)


def _size_kept(did: list[Line]) -> set[int]:
    """The one sentence saying how many people were studied ("The researchers followed 2,310
    smokers with MS from a national registry for 8 years"), when no fact says it: a reader
    needs whom and how many more than a lower grade (true and whole come before plain)."""
    if any(line.text.startswith(FACT_STARTS[:2]) for line in did):
        return set()
    for line in did:
        if (
            line.kind == "content"
            and line.sources
            and not line.keep
            and not says_a_finding(line.text)
            and people_counts(line.text)
        ):
            return {id(line)}
    return set()


def _aims_kept(did: list[Line], keep_aim: bool) -> set[int]:
    """The aims (`Line.keep`: what was studied, in whom) the grade never drops: one easy to read
    or, with `keep_aim`, one with no word the gate would name; and always at least one, the
    first, since the body must say what was studied (true and whole come before plain: a hard
    word left in it is named by the gate, and an aim over the grade may only be said briefly)."""
    aims = [line for line in did if line.keep]
    kept = {
        id(line)
        for line in aims
        if measured(line.text).cost <= AIM_MAX_COST or keep_aim and _plain(line.text)
    }
    return kept or {id(line) for line in aims[:1]}


def qualifies(line: Line, before: Line) -> bool:
    """Whether `line` is the qualifying half of the sentence of the paper `before` came from
    ("X helped walking, but no convincing evidence ..." split as "X helped walking." and "But
    there was no convincing evidence ..."): it is shown with that claim or not at all."""
    return (
        line.leans
        and line.text.startswith("But ")
        and bool(line.sources)
        and line.sources == before.sources
    )


def _plain(text: str) -> bool:
    """Whether a sentence holds no word the gate would name (a code, an abbreviation, jargon)."""
    return not measured(text).hard and not find_terms(text)


def _compact_aim(sections: dict[str, list[Line]], grade: float) -> None:
    """Say the aim as only what was studied, in whom ("The review authors looked at X in
    people with MS.") when that lowers the body's `grade`."""
    did = sections["what_the_study_did"]
    for i, line in enumerate(did):
        if not line.keep:
            continue
        brief = short_aim(line.text, compact=True)
        if brief is None or brief == line.text or not fit_for_readers(brief):
            return
        shorter = [*did[:i], Line(brief, line.sources, keep=True), *did[i + 1 :]]
        if body_grade({**sections, "what_the_study_did": shorter}) < grade:
            sections["what_the_study_did"] = shorter
        return
