"""What people say they want, prefer or value is an interview study's finding, whole and able to
head ("Men with MS want ..." was read as a sentence with no main clause and left out, and a side
result headed; issue 9). Abstracts and sentences written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.finding import states_finding
from plainsum.plain.wholeness import broken

INTERVIEWS = """Experiences of men with multiple sclerosis returning to work after a relapse: a \
qualitative study

Background: Many people with multiple sclerosis (MS) stop working for a time after a relapse.
Methods: We held semi-structured interviews with 18 men with MS aged 29-55 years from two \
clinics in Ireland and analysed them with thematic analysis.
Results: Two men had changed jobs because of tiredness at work. Most men had not told their \
employer about their MS.
Conclusions: Men with MS want flexible hours and clear advice on returning to work after a \
relapse. Employers should be offered information about MS.
"""


def test_what_people_want_is_a_whole_finding() -> None:
    text = "Men with MS want flexible hours and clear advice on returning to work."
    assert broken(text) is None
    assert states_finding(text)
    assert states_finding("Most carers preferred group sessions to home visits.")
    assert not states_finding("We held interviews with 18 men with MS.")


def test_an_interview_study_heads_with_what_people_want() -> None:
    source = parse(INTERVIEWS)
    head, sections = compose(gather(source, detect_design(source)))
    assert head.text.startswith("Men with MS want flexible hours")
