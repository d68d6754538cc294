"""A limit lifted whole from the paper never points at a sentence the limitations do not carry
("This might have influenced the results", "They should be large enough", "... variation between
studies for this outcome"); one that points at the paper itself ("These results", "This review")
stays. Sentences written for these tests."""

import pytest

from plainsum.plain.limitations import _POINTS_BACK


@pytest.mark.parametrize(
    "sentence",
    [
        "This might have changed the results for pain.",
        "They should be large enough to find a difference in mood.",
        "Results should be read with caution as studies differed for this outcome.",
    ],
)
def test_a_limit_that_points_at_what_is_not_shown(sentence):
    assert _POINTS_BACK.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This review found only small trials.",
        "These results rest on studies of low quality.",
        "The trials were small and short.",
        "It was uncertain whether the pills lowered the risk of falls.",
    ],
)
def test_a_limit_that_points_at_the_paper_stays(sentence):
    assert not _POINTS_BACK.search(sentence)


def test_a_share_of_the_outcomes_is_no_share_of_the_studies():
    from plainsum.ingest import parse
    from plainsum.plain.limits import stated_limits
    from plainsum.plain.source import source_sentences
    from plainsum.schemas import StudyDesign

    text = (
        "Objectives: To assess warm baths for tiredness in adults with MS.\n"
        "Main results: We included three trials with 210 people. Risk of bias was low in two "
        "trials and high in one. We judged the evidence for all outcomes as of low quality, "
        "downgraded due to high risk of bias related to poor reporting.\n"
        "Authors' conclusions: Warm baths may ease tiredness."
    )
    said = [lim.text for lim in stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW, 3)]
    assert not any("all of the studies had flaws" in t for t in said)
