"""A headingless piece of no design found and no data of its own (an overview, a commentary)
says what it says: its body, which held one line or none, is filled with its own statements in
the paper's order, its statement of purpose among them, as a narrative review's is; a statement
that opens on what it counts ("Among these, ...") never stands first. A paper with results of its
own keeps its body (its background is others' work)."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.plain.pick import leans_in_paper
from plainsum.settings import Settings

OVERVIEW = (
    "Falls are a leading cause of injury in older adults living at home. Many falls happen at "
    "night on the way to the bathroom. Poor lighting and loose rugs add to the danger in most "
    "homes. Simple changes to the home can remove many of these hazards. Motion-sensor night "
    "lights switch on by themselves when a person gets out of bed. The purpose of this article "
    "is to introduce a home safety checklist for community nurses. Using the checklist could "
    "possibly lower the number of falls among older adults who live alone."
)


def _did(text: str) -> str:
    return draft(text, Settings(backend="offline", max_repairs=0)).summary.what_the_study_did


def test_an_overview_says_its_statements_and_its_purpose() -> None:
    did = _did(OVERVIEW)
    assert "The purpose of this article is to introduce a home safety checklist" in did
    assert "Poor lighting and loose rugs add to the danger in most homes." in did


def test_a_statement_that_counts_within_what_came_before_never_opens_the_body() -> None:
    text = OVERVIEW.replace(
        "Many falls happen at night on the way to the bathroom.",
        "Many falls happen at night on the way to the bathroom. Among these, most happen in the "
        "first hour after a person goes to bed.",
    )
    assert not _did(text).startswith("Among these")


def test_indeed_leans_on_the_sentence_before() -> None:
    # "Indeed, very high levels of X occur in other diseases": it confirms what came before
    assert leans_in_paper("Indeed, very high levels of the protein occur in other diseases.")
    assert not leans_in_paper("Very high levels of the protein occur in other diseases.")
