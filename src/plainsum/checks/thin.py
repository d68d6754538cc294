"""A thin draft: "what the study did" holds one sentence of its own, or none.

"This was a review of earlier studies. Long labour was linked with more deaths." tells a reader
neither how the study was done nor what else it found: an editor cannot publish it as it stands,
so it is an error, not a quiet pass or a warning among others. A sentence of its own is a content
sentence or a caveat that carries content; stock frames (what kind of study it was, the
care-team pointer, "this study was not about MS", a note) do not count, and neither does a
sentence about the paper rather than the study ("The main themes and methods are briefly
described.": `about_paper`), which says what the text covers, not what was done or found.
A body that holds only how the study was done or what it looked at ("This review looked at X")
is the finding check's: it says no result was stated.

The substance check's thin_body warning asks for more (`MIN_BODY_CONTENT` sentences); this
error is the floor below which no draft is fit to show.
"""

from __future__ import annotations

from ..evidence import frame_kind
from ..schemas import EvidenceLink, Finding, Severity
from .about_paper import about_the_paper
from .why_meaning import STOCK_FRAMES

BODY = "what_the_study_did"
MIN_OWN = 2  # sentences of its own a body needs: how the study was done, and what it found


def own_sentences(links: list[EvidenceLink]) -> list[EvidenceLink]:
    """The sentences of "what the study did" that say something of their own: content, or a
    caveat that carries content (not a stock frame), and not about the paper itself."""
    return [
        k
        for k in links
        if k.section == BODY
        and (k.kind == "content" or frame_kind(k.text) not in STOCK_FRAMES)
        and not about_the_paper(k.text)
    ]


def check_thin(links: list[EvidenceLink], check: str) -> list[Finding]:
    """An error (under `check`) when "what the study did" holds fewer than `MIN_OWN` sentences
    of its own."""
    own = own_sentences(links)
    if len(own) >= MIN_OWN:
        return []
    said = "no sentence" if not own else f"one sentence ({own[0].text!r})"
    return [
        Finding(
            check=check,
            severity=Severity.ERROR,
            section=BODY,
            message=(
                f"Thin draft: what the study did has {said} of its own beyond the stock frame; "
                "a reader learns neither how the study was done nor what it found."
            ),
            hint="Say who or what was studied and how, then the main results with their sizes.",
        )
    ]
