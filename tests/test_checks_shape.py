import pytest
from gate_texts import LAB_SUMMARY, edit

from plainsum.checks.shape import abbreviations, check_shape


def shape_errors(summary):
    return [f for f in check_shape(summary) if f.severity.value == "error"]


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Mice with EAE were treated.", True),
        ("Mice with experimental autoimmune encephalomyelitis (EAE) were treated.", False),
        ("Mice with EAE (a mouse model of MS) were treated.", False),
        ("The EDSS, a scale of disability, was used.", False),
        ("Each RCT was checked.", True),
        ("RCTs were checked.", True),
        ("An MRI scan was done.", False),  # known to lay readers
        ("They used a protein called TREM2.", False),
    ],
)
def test_unexplained_abbreviations(sentence, flagged):
    text = LAB_SUMMARY.what_the_study_did + " " + sentence
    summary = edit(LAB_SUMMARY, what_the_study_did=text)
    assert bool(shape_errors(summary)) is flagged


def test_plural_abbreviation_read_as_singular():
    assert abbreviations("Two RCTs and one RCT.") == ["RCT"]


def test_headline_and_section_lengths_warn():
    short = edit(
        LAB_SUMMARY,
        headline="Virus grows in cells",
        limitations="This lab work was done in cells only.",
    )
    messages = [f for f in check_shape(short) if f.severity.value == "warning"]
    assert {f.section for f in messages} >= {"headline", "limitations"}


def test_question_headline_warns():
    q = edit(LAB_SUMMARY, headline="Could a common herpes virus play a part in MS?")
    assert any("question" in f.message for f in check_shape(q))


def test_clean_summary_has_no_shape_findings():
    assert check_shape(LAB_SUMMARY) == []
