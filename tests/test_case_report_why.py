"""A case report whose lesson heads never leaves why it matters empty: the facts of the case the
lesson names, which the body did not tell, are said there as the case's ("In this case, ..."),
with the half after "But" split off the same sentence; where the body told them, the lesson is
said as the authors' ("The authors conclude that the case shows ..."), or, where the lesson
heads the draft, why it matters says the summary holds no more (stop 56: never the headline
again). Every sentence here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

from plainsum.api import draft
from plainsum.plain.case_shows import what_the_case_shows
from plainsum.plain.simplify import measured
from plainsum.settings import Settings

LESSON = (
    "The case shows the value of checking blood levels of the drug often and of talking about "
    "a switch when the level is high."
)
CASE = [
    measured("A 38-year-old man with MS had taken the drug for four years.", (0,), 0),
    measured("His blood levels of the drug had been high for a year before the fits.", (5,), 5),
    measured("But the dose had not been changed.", (5,), 6),
]


def test_the_facts_the_lesson_names_are_said_as_the_case_s() -> None:
    lines = what_the_case_shows(LESSON, CASE, used={CASE[0].text})
    assert [line.text for line in lines] == [
        "In this case, his blood levels of the drug had been high for a year before the fits.",
        "But the dose had not been changed.",
    ]


def test_nothing_when_the_body_told_them_or_none_names_the_lesson() -> None:
    assert what_the_case_shows(LESSON, CASE, used={CASE[1].text}) == []
    assert what_the_case_shows(LESSON, CASE[:1], used=set()) == []


def test_a_case_report_s_why_is_never_the_pointer_alone(tmp_path: Path) -> None:
    paper = tmp_path / "case.txt"
    paper.write_text(
        "A 38-year-old man with relapsing-remitting multiple sclerosis had taken natalizumab for "
        "five years when he developed slowly worsening weakness of his left leg over four weeks. "
        "Brain MRI showed a new area of abnormal signal in the right parietal white matter. "
        "JC virus DNA was found in his cerebrospinal fluid, confirming progressive multifocal "
        "leukoencephalopathy (PML). Natalizumab was stopped and plasma exchange was performed. "
        "At one year he could walk with a stick. His JC virus antibody index had been high for "
        "three years before PML, but natalizumab had been continued. This case shows the "
        "importance of regular JC virus antibody testing and of discussing a switch of "
        "treatment when the index is high.\n",
        encoding="utf-8",
    )
    summary = draft(paper.read_text(encoding="utf-8"), Settings(backend="offline")).summary
    why = summary.why_it_matters
    # (the body tells this case's facts and the lesson heads the draft: why it matters says
    # the summary holds no more, never the headline again, and never the pointer alone)
    assert why.startswith("The study's summary does not say more about what this means")
    assert "JC virus antibody testing" not in why
