"""A reporting frame with two that-clauses ("The results suggest that X, and that Y") is never
dropped to leave "X, and that Y" (issue 9: a mouse study's why it matters read "... in mice, and
that NLRP3 may be a treatment target in MS", broken, and its first claim had lost the frame's
hedge). Sentences written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.shorten.fronts import fronts

MICE = """Blocking the P2X7 receptor reduces demyelination in mice with experimental autoimmune \
encephalomyelitis

The P2X7 receptor has been linked to inflammation in multiple sclerosis. We gave 30 mice with \
experimental autoimmune encephalomyelitis a P2X7 blocker or an inactive liquid every day from \
the first week. Mice given the blocker had milder paralysis and less loss of myelin in the \
spinal cord at day 25. Their spinal cords also held fewer activated immune cells. The results \
suggest that early P2X7 blocking protects myelin in mice, and that P2X7 may be a treatment \
target in MS.
"""


def test_two_that_clauses_keep_their_frame() -> None:
    text = (
        "The results suggest that early P2X7 blocking protects myelin in mice, and that P2X7 "
        "may be a treatment target in MS."
    )
    assert all(", and that" not in kept or kept == text for kept, _ in fronts(text))


def test_one_that_clause_still_loses_its_frame() -> None:
    text = "The results show that P2X7 blocking protects myelin in mice."
    assert any(kept.startswith("P2X7 blocking protects myelin") for kept, _ in fronts(text))


def test_a_draft_never_says_a_hanging_that_clause() -> None:
    source = parse(MICE)
    head, sections = compose(gather(source, detect_design(source)))
    said = [head.text] + [x.text for k in sections for x in sections[k]]
    assert not any(s.startswith("Early P2X7") and ", and that" in s for s in said)
