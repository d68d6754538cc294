"""The sentence that says what a review's trials compared, added to a body that never says it.

"Statins had uncertain effects on stroke" means nothing without what statins were set against.
When the paper says what its trials compared (`plain.what_compared`) and the body names neither
that comparator nor one like it, the built sentence goes into the body, in the paper's order,
after the grade fit (the sentences it kept stay), while the body reads within the light-edit
margin. Never a sentence a repair dropped, and never one that brings the gate a hard word the
draft does not already hold.
"""

from __future__ import annotations

from ..checks.jargon import find_terms
from ..plain.compose import Line, Material
from ..plain.what_compared import names_comparison
from .thin_body import reads_within

__all__ = ["compared_line"]


def compared_line(
    material: Material,
    sections: dict[str, list[Line]],
    headline: str,
    dropped: frozenset[str],
    target: float,
) -> Line | None:
    """The line that says what the review's trials compared, for a body that does not; None
    when the paper does not say it plainly, the body already names the comparator, a repair
    dropped it, it would bring a term the draft does not already hold, or it would take the body
    past the light-edit margin of the grade `target` (`thin_body.reads_within`)."""
    built = material.compared
    if built is None or built.text in dropped or built.hard:
        return None
    did = sections["what_the_study_did"]
    body = " ".join(line.text for line in did)
    if names_comparison(built.text, body):
        return None
    held = {t.text.lower() for t in find_terms(f"{headline}. {body}")}
    if any(t.text.lower() not in held for t in find_terms(built.text)):
        return None  # a word the gate would name: a repair would drop it again
    # (what was studied, but no aim: a repair's rules for aims, which keep one that says whom,
    # are not its business)
    line = Line(built.text, built.sources, main=True)
    if not reads_within({**sections, "what_the_study_did": [*did, line]}, target):
        return None
    return line
