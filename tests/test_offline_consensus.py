"""A consensus statement says what its panel agreed, what that gives clinicians, and that it
rests on expert opinion: its own caveat never heads and is said under limitations, and its
"These recommendations" is the paper's own advice (issue 9: a consensus statement headed "Because
good evidence is scarce, most advice rest on expert opinion"). Abstracts written for these
tests, in the shape of a journal's consensus statement."""

from __future__ import annotations

from composed_draft import composed

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

CONSENSUS = """Managing bladder problems in multiple sclerosis: a consensus statement from a \
European panel

Background: Bladder problems affect most people with multiple sclerosis (MS), but advice on \
how to assess and treat them differs between countries.
Methods: A panel of 19 neurologists, urologists and continence nurses from 9 countries \
reviewed published studies and reached agreement in three rounds of an online Delphi survey.
Results: The panel agreed on 14 recommendations. Every person with MS should be asked about \
bladder symptoms at each yearly review. A bladder scan after passing urine should be done \
before any drug for an overactive bladder is started. Pelvic floor training should be offered \
to people with mild urgency.
Conclusions: These consensus recommendations give clinicians practical guidance on bladder care \
for people with MS. As trials are few, most recommendations rest on expert opinion and should \
be reviewed as new trials report.
"""


_draft = composed


def test_a_consensus_heads_with_what_was_agreed_and_its_caveat_is_a_limit() -> None:
    assert detect_design(parse(CONSENSUS)).design == StudyDesign.GUIDELINE
    head, body, why, lim = _draft(CONSENSUS)
    assert "expert opinion" not in head
    assert "most recommendations rest on expert opinion" in lim
    assert "The consensus recommendations give clinicians practical guidance" in why
    assert "14 advice" not in body and "most advice" not in lim
