"""A list of the common harms whose lab terms the gate would name keeps its plain harms ("The
common side effects included diarrhoea, nausea and hair thinning") rather than being cut
whole by the repair, harms and all (plain/harms.py `plain_harm_list`). Texts written for the
tests, in the shape of MS drug reviews."""

from __future__ import annotations

import asyncio

from plainsum.design import detect_design
from plainsum.drafters.base import DraftRequest
from plainsum.drafters.offline import OfflineDrafter
from plainsum.ingest import parse
from plainsum.plain.harms import plain_harm_list
from plainsum.plain.simplify import measured
from plainsum.settings import Settings


def _edited(text: str) -> str:
    return plain_harm_list(measured(text, (3,), 2)).text


def test_the_hard_harms_of_a_list_of_common_harms_are_left_out_and_were_is_included():
    text = (
        "The most common side effects were headache, hair thinning, raised alanine "
        "aminotransferase, neutropenia and lymphopenia."
    )
    assert _edited(text) == "The most common side effects included headache and hair thinning."
    p = plain_harm_list(measured(text, (3,), 2))
    assert (p.sources, p.order) == ((3,), 2)
    text = "Serious unwanted effects included pneumonia and agranulocytosis."
    assert _edited(text) == "Serious unwanted effects included pneumonia."


def test_a_list_that_is_all_plain_all_hard_or_no_list_of_harms_stays_as_it_is():
    for text in (
        "The most common side effects were headache and nausea.",
        "The most common side effects were neutropenia and lymphopenia.",
        # a comparison, not a list of the harms' names
        "Side effects were more common with the tablets and with the infusions of lymphopenia.",
        "Side effects were mild and included headache and neutropenia.",
        # no harm, or harms said not to have happened
        "The most common reasons were travel, cost and neutropenia.",
        "There were no common side effects, neutropenia or nausea.",
        # the whole list may be what was seen: "included" would say less than "were"
        "The side effects were headache and neutropenia.",
    ):
        assert _edited(text) == text, text


REVIEW = (
    "Background: Some people with relapsing MS take a daily tablet that calms the immune "
    "system.\n"
    "Objectives: To assess the benefits and harms of the tablet for people with relapsing MS.\n"
    "Search methods: We searched the trial registers up to March 2021.\n"
    "Main results: We included four trials with 2,410 participants. Compared with placebo, the "
    "tablet reduced the number of people with a relapse over two years (RR 0.70, 95% CI 0.61 to "
    "0.80). The tablet did not change disability over two years. In terms of safety, the most "
    "common adverse events linked with the tablet were diarrhoea, nausea, hair thinning, "
    "elevated alanine aminotransferase, neutropenia and lymphopenia.\n"
    "Authors' conclusions: Moderate-certainty evidence shows that the tablet reduces relapses in "
    "people with relapsing MS compared with placebo. Longer trials are needed."
)


def test_a_drug_reviews_common_harms_are_said_in_the_body_beside_its_main_result():
    source = parse(REVIEW)
    request = DraftRequest(source=source, design=detect_design(source), settings=Settings())
    summary = asyncio.run(OfflineDrafter(Settings()).draft(request)).summary
    did = summary.what_the_study_did
    assert "diarrhoea, nausea and hair thinning" in did, did
    assert "relapse" in f"{summary.headline} {did}"
    assert "lymphopenia" not in did
