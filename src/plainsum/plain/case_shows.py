"""Why a case report matters when its lesson heads: what the case itself showed.

A case report's authors draw a lesson from one patient ("This case shows the importance of
regular virus antibody testing"); that lesson heads (`headline.choose`), and with nothing else
of theirs left, why it matters would hold the care-team pointer alone. What makes the lesson
is in the case: the facts the lesson names ("Her antibody index had been high for two years
before the infection. But the drug had been continued."). Those the body did not tell are said
here as the case's ("In this case, ..."), whole and in the paper's order, with the half after
"But" that belongs to them.
"""

from __future__ import annotations

from .lines import Line
from .results import key_terms
from .simplify import PlainSentence
from .wholeness import decapitalise

SHARED_TERMS = 2  # key words of the lesson a fact of the case must name
MAX_WORDS = 45  # what this section takes of the case, in words


def what_the_case_shows(lesson: str, case: list[PlainSentence], used: set[str]) -> list[Line]:
    """The facts of the case (`case`: its results, as drafted) that name the lesson's key
    words, said as the case's, with the pieces split off the same sentence after them; none
    the body already tells (`used`). Empty when no fact names the lesson."""
    wanted = key_terms([lesson])
    named = next(
        (
            p
            for p in case
            if p.text not in used
            and p.sources
            and not p.text.startswith("But ")
            and len(key_terms([p.text]) & wanted) >= SHARED_TERMS
        ),
        None,
    )
    if named is None:
        return []
    pieces = [p for p in case if p.sources == named.sources and p.order >= named.order]
    if any(p.text in used for p in pieces) or sum(p.words for p in pieces) > MAX_WORDS:
        return []
    first, *rest = pieces
    lines = [Line(f"In this case, {decapitalise(first.text)}", first.sources, main=True)]
    return lines + [Line(p.text, p.sources) for p in rest]
