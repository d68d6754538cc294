"""A review's size where its results count their parts: "Four trials fulfilled the criteria for
inclusion. They comprised a total of 244 women. Two trials (184 women) studied drug A and two
trials (60 women) studied drug B." is four trials with 244 women, never "two trials with 184
women" (one part's count, said as the review's). Sentences written for these tests."""

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Background: Hair loss is common with some cancer drugs.\n"
        f"Main results: {results} Cooling caps made little difference to hair loss.\n"
        "Authors' conclusions: Cooling caps may not prevent hair loss."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if "included" in f.text]


def test_the_criteria_for_inclusion_and_their_people_give_the_size() -> None:
    results = (
        "Four trials fulfilled the criteria for inclusion. They comprised a total of 244 women. "
        "Two trials (184 women) studied one cap and two trials (60 women) studied another."
    )
    assert _sizes(results) == ["The review included four trials with 244 women."]


def test_one_part_s_count_beside_another_part_s_is_no_size() -> None:
    results = "Two trials (184 women) studied one cap and two trials (60 women) studied another."
    assert _sizes(results) == []
