"""A study whose abstract states no aim says whom it took in through its methods sentence, not a
bare count: "The researchers interviewed 28 adults with relapsing MS who had stopped a first
disease-slowing drug" says who and what, where "The study included 28 adults." says only how
many (a hand-written interview study never named the treatment its people had stopped, and the
gate rightly failed it). And a summary that names an abbreviation by the glossary's plain words
for the paper's long form ("disease-slowing drug" for DMT) names what was studied. Text written
for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.checks.subject import unnamed_subject
from plainsum.ingest import parse
from plainsum.settings import Settings

INTERVIEWS = (
    "BACKGROUND: Many people with MS stop their first disease-modifying therapy (DMT) early, "
    "and little is known about why.\n"
    "METHODS: We interviewed 24 adults with relapsing MS at two clinics who had stopped a first "
    "DMT in the past year. Interviews were recorded and analysed for themes.\n"
    "RESULTS: Side effects were the most common reason for stopping. Many people doubted that "
    "the drug was working because they felt no different.\n"
    "CONCLUSIONS: Side effects and doubt about benefit lead people to stop a first DMT early."
)


def test_the_methods_sentence_says_whom_when_no_aim_does() -> None:
    d = draft(INTERVIEWS, Settings(backend="offline"))
    assert "24 adults with relapsing MS" in d.summary.what_the_study_did
    assert "The study included 24 adults." not in d.summary.what_the_study_did


def test_the_plain_words_of_a_long_form_name_the_subject() -> None:
    source = parse(INTERVIEWS)
    named = (
        "People with MS who stopped a first disease-slowing drug early said side effects were why."
    )
    assert unnamed_subject(source, named) is None
    assert unnamed_subject(source, "People said side effects and doubt were why they stopped.")
