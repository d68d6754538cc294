"""The main result as the headline, so the authors' one conclusion can say why it matters.

A journal abstract of a single study often ends with one conclusion that is its finding in
general words ("Active cooling reduced fatigue in heat-sensitive people with MS"). Made the
headline, it leaves why it matters nothing of the authors' to say: the section holds only the
care-team pointer (the gate's hollow_why). An editor then heads with the result the conclusion
rests on ("A protective antibody level was reached by 52% of people on the drug and 88% of
untreated people") and gives the conclusion, whole, as what it means. That is done only when the
result can carry the finding: a result of the paper's own, saying which way things went, on
what the conclusion is about, and the conclusion then says why it matters.
"""

from __future__ import annotations

import re

from .conclusion_kinds import only_a_call
from .explain import without_glossed
from .frames import DOCTOR
from .headline import Headline
from .lines import Line
from .named_agent import names_the_agent
from .results import key_terms, says_which_way
from .side_outcome import nearer_result
from .standalone import leans_back

__all__ = ["MIN_SHARED_TERMS", "conclusion_clearer", "hollow", "result_carries"]

# Key terms the result heading instead shares with the conclusion it replaces: the result the
# conclusion rests on, not a side measure.
MIN_SHARED_TERMS = 1
# A result that says only that nothing happened ("No link was found between smoking and relapse
# rate") is no result a conclusion stating an effect rests on ("Continued smoking was linked
# with faster build-up of disability"): heading, it reports a side point as the news.
_NOTHING_HAPPENED = re.compile(
    r"\bno (?:clear |significant |real |obvious |meaningful |consistent |overall )?"
    r"(?:change|difference|effect|benefit|link|association|relationship|improvement|"
    r"reduction|impact)s?\b"
    r"|\b(?:did|does|do|was|were) not (?:\w+ )?(?:differ|change|affect|improve|reduce|increase|"
    r"lower|raise|slow|prevent|help|benefit|associated|linked|related)\b|\bunchanged\b",
    re.I,
)
# ... unless it says something did happen besides: "X did not change A, but eased B"
_BESIDES = re.compile(r",? (?:but|while|whereas|although)\b", re.I)


def _only_nothing(text: str) -> bool:
    return bool(_NOTHING_HAPPENED.search(text)) and not _BESIDES.search(text)


def hollow(why: list[Line]) -> bool:
    """Whether why it matters holds nothing of the paper's: only frames (the care-team pointer,
    "The study's summary does not say what this means ...") or only its call for more research
    ("It is not yet known whether the gains last: longer trials are needed"), which says what
    is still to find out, not what the finding means."""
    return not any(line.kind == "content" and line.sources and not _call(line.text) for line in why)


def _call(text: str) -> bool:
    """A call for more research that says no finding besides ("Evening stretching reduced
    spasms; longer studies are needed" says one)."""
    return only_a_call(text) and not says_which_way(text)


def _said(lines: list[Line]) -> set[int]:
    return {i for line in lines if line.kind == "content" for i in line.sources}


def _leans_on(line: Line, heading: set[int]) -> bool:
    """Whether a body line only leans on the result that now heads: it points back, says no
    way things went of its own, and its sentence is that result's or the one right after it
    ("The result was similar in sensitivity analyses" after the result; never "These people
    also had fewer new scars", a result of its own)."""
    if not (line.leans or leans_back(line.text)) or says_which_way(line.text):
        return False
    return any(i in heading or i - 1 in heading for i in line.sources)


def result_carries(
    alt: Headline,
    alt_sections: dict[str, list[Line]],
    body: list[Line],
    conclusion: str,
    results: set[str],
    agreed: bool = False,
) -> bool:
    """Whether `alt`, the headline chosen without the authors' `conclusion`, is one of the
    paper's `results` on what the conclusion is about (the headline's chooser has vetted it as
    a finding, no side point or procedure), why it matters then says something of the paper's,
    and the draft (`alt_sections`) still shows every sentence the `body` with the conclusion
    heading showed, but the result now heading (a sentence that leaned on it may go: "These
    mice also had ..."). A consensus statement's result is what its panel `agreed` ("The panel
    agreed on 18 recommendations"): weak as news, and still what it found."""
    if alt.from_template or (alt.weak and not agreed) or alt.origin not in results:
        return False
    if _only_nothing(alt.text) and not _only_nothing(conclusion):
        return False  # a null result under a conclusion that states an effect: a side point
    if _NOTHING_HAPPENED.search(_BESIDES.split(conclusion)[0]) and not _NOTHING_HAPPENED.search(
        alt.text
    ):
        # "X did not increase A, although it reduced B": the conclusion's point is the null
        # main outcome; an effect on B heading in its place turns the news around
        return False
    main = _BESIDES.split(without_glossed(conclusion))[0]
    bare = {without_glossed(r) for r in results}  # (a term's gloss is no word of the claim)
    heading = without_glossed(alt.origin or alt.text)
    if main != without_glossed(conclusion) and nearer_result(heading, bare, main):
        # "High X marks people at greater risk of worsening, but on its own it is not accurate
        # enough to decide treatment": a result on what the half after "but" grants ("X alone
        # predicted worsening with moderate accuracy") is no result the claim rests on when
        # another result says more of the claim itself (the lead's hand-written u2)
        return False
    if hollow(alt_sections["why_it_matters"]):
        return False
    shown = _said([line for lines in alt_sections.values() for line in lines])
    kept = [line for line in body if not _leans_on(line, set(alt.sources))]
    if _said(kept) - set(alt.sources) - shown:
        return False
    return len(key_terms([alt.text]) & key_terms([conclusion])) >= MIN_SHARED_TERMS


def conclusion_clearer(heading: str, conclusion: str, why: list[Line]) -> bool:
    """Whether the authors' `conclusion` should head over the result `heading` that carries it:
    the result does not name what the conclusion credits with the effect ("People had 62 falls
    during the training period and 101 during usual care" under "Home-based balance training
    reduced falls": which training?, `named_agent`), and why it matters, with the conclusion
    heading, still says more than the care-team pointer (its own words or the honest frame that
    the summary says no more), so it is neither empty nor the headline again."""
    if names_the_agent(without_glossed(heading), without_glossed(conclusion)):
        return False
    return any(line.text != DOCTOR for line in why)
