"""A review's studies are counted once: beside the draft's "The review included ten trials.",
a sentence that only counts them again as found ("Three small studies were found that tested
X in Y", "We identified 28 studies of X", 28 found where 17 were kept) says nothing new or a
count as many as the draft's, and is left out; one that says a result after its count, or
another count (28 found where 17 were kept: it may be the only line on what they were of),
stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.facts import recounts


@pytest.mark.parametrize(
    "text",
    [
        "Three small studies were found that tested cooling caps in women having chemotherapy.",
        "The review authors found 3 trials of cooling caps for hair loss.",
        "We identified three studies of the effects of cooling caps on hair loss.",
        "Three randomised trials (620 women) were identified.",
    ],
)
def test_a_count_of_the_studies_found_is_a_recount(text: str) -> None:
    assert recounts(text, "three")


@pytest.mark.parametrize(
    "text",
    [
        # a result after the count, a part of the studies, or no count of studies
        "Three small studies were found, and all showed less hair loss with the caps.",
        "Nineteen trials were included in the meta-analysis of hair loss.",
        "In 12 trials, cooling caps reduced hair loss.",
        "The review authors found that cooling caps reduced hair loss.",
        # another count than the draft's: found, then fewer kept
        "We identified 28 studies of the effects of cooling caps on hair loss.",
    ],
)
def test_a_result_a_part_or_no_count_is_no_recount(text: str) -> None:
    assert not recounts(text, "three")


def test_a_draft_says_its_review_s_count_once() -> None:
    from plainsum.api import draft
    from plainsum.settings import Settings

    text = (
        "Objectives: To assess cooling caps for preventing hair loss in women having "
        "chemotherapy.\n"
        "Main results: We included three trials with 240 women. Three small studies were found "
        "that tested cooling caps in women having chemotherapy for breast cancer. Cooling caps "
        "reduced hair loss compared with no cap. Headaches were more common with the caps.\n"
        "Authors' conclusions: Cooling caps may reduce hair loss in women having chemotherapy."
    )
    did = draft(text, Settings(backend="offline")).summary.what_the_study_did
    assert "The review included three trials" in did
    assert "studies were found" not in did
