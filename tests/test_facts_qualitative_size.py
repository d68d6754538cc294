"""An interview study's size: the people interviewed, said as the study's size like a trial's
("We held interviews with 18 carers of people with MS"). Sentences written for these tests."""

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sizes(methods: str) -> list[str]:
    text = (
        "Background: Little is known about how carers cope with night-time symptoms.\n"
        f"Methods: {methods} Transcripts were analysed for themes.\n"
        "Results: Carers described broken sleep and worry about falls.\n"
        "Conclusions: Carers need support at night as well as by day."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.QUALITATIVE)
    return [f.text for f in facts]


def test_people_in_interviews_with_a_word_about_them_are_the_study_s_size():
    methods = "We held semi-structured interviews with 18 unpaid carers recruited from a clinic."
    assert _sizes(methods) == ["The study included 18 carers."]


def test_people_interviewed_are_the_study_s_size():
    assert _sizes("We interviewed 22 adults who cared for a partner.") == [
        "The study included 22 adults."
    ]


def test_an_interview_study_with_no_count_has_no_size():
    assert _sizes("We interviewed carers who had looked after a partner for a year.") == []


def test_two_groups_counted_apart_give_no_one_size():
    # (30 nurses are not all the study took in)
    assert _sizes("We held focus groups with 30 nurses and 12 doctors.") == []


def test_a_second_group_later_in_the_clause_gives_no_one_size():
    # (36 people took part: "The study included 21 people." would be false)
    methods = "We interviewed 21 people with progressive MS and 15 of their partners at home."
    assert _sizes(methods) == []
