"""A review's result said before a concession on how much the studies differed ("X shortened
fever, although the size of the effect varied a lot between studies") is a result (issue 9):
the concession's words had made it read as the review's procedure, and the body showed how the
trials were run but not that the treatment worked (a reader's missing main result). An abstract
written for this test."""

from __future__ import annotations

from composed_draft import composed

_REVIEW = """Background: Fever is common in young children and many treatments are tried.

Objectives: To assess whether cooling drinks shorten fever in young children.

Search methods: We searched the main medical databases up to May 2019.

Selection criteria: Randomised controlled trials of cooling drinks given with usual care.

Data collection and analysis: Two authors chose trials and took out the data on their own.

Main results: Twenty trials with 3400 children met the inclusion criteria. The trials were run \
in many different settings and varied a lot in the drinks tested and in the children's ages. \
No harms were linked to the drinks. Cooling drinks reduced the length of fever, although the \
size of the effect varied greatly between studies.

Authors' conclusions: Given with usual care, cooling drinks appear safe and may shorten fever \
in young children."""


def test_a_result_before_a_concession_on_spread_is_shown() -> None:
    _, body, _, _ = composed(_REVIEW)
    assert "Cooling drinks reduced the length of fever" in body
