"""A search of "a national database of suspected adverse drug reactions" is no review (issue 9: a
wrong design sentence). A reporting-database study written like the lead's w3 but naming its
database so was still drafted "This was a review of earlier studies." with "A review can only be
as good as the studies it includes." (design_table's "we searched" cue). Abstracts written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

_REACTIONS = (
    "Background: Joint pain has been described in a few people taking drug Q.\n\n"
    "Methods: We searched a national database of suspected adverse drug reactions for reports "
    "naming drug Q from 2016 to 2024 and compared the share describing joint pain with that for "
    "all other drugs of its class.\n\n"
    "Results: Of 6,200 reports for drug Q, 75 described joint pain (1.2%), against 0.5% for other "
    "drugs (reporting odds ratio 2.4, 95% CI 1.9 to 3.0).\n\n"
    "Conclusions: Joint pain was reported more often with drug Q than with other drugs of its "
    "class."
)
_SIDE_EFFECTS = _REACTIONS.replace(
    "a national database of suspected adverse drug reactions",
    "the regional database of reported side effects",
)
_LITERATURE = (
    "We searched a database of published trials and two trial registers to June 2024 for "
    "randomised trials of drug Q in asthma. We included 9 trials with 2,100 participants. Drug Q "
    "reduced attacks (RR 0.8)."
)


@pytest.mark.parametrize("abstract", [_REACTIONS, _SIDE_EFFECTS])
def test_a_search_of_a_reaction_database_is_no_review(abstract) -> None:
    assert detect_design(parse(abstract)).design == StudyDesign.OBSERVATIONAL


def test_a_search_for_trials_is_still_a_review() -> None:
    assert detect_design(parse(_LITERATURE)).design == StudyDesign.REVIEW
