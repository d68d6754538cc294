"""Sentences about the paper, not the study (texts written for these tests)."""

import pytest

from plainsum.checks.about_paper import about_the_paper
from plainsum.checks.thin import check_thin
from plainsum.schemas import EvidenceLink


@pytest.mark.parametrize(
    "sentence",
    [
        "The main themes of the interviews, the methods and the lessons are briefly described.",
        "Options for future vaccine programmes are discussed.",
        "The history of the field is outlined below.",
        "Key questions for town planners are highlighted here.",
        "This article discusses the ethics of releasing modified insects.",
        "In this paper, we describe the steps taken to engage local councils.",
        "Here we review the tools used to track outbreaks in villages.",
        "This commentary briefly summarises the debate on screening.",
    ],
)
def test_what_the_text_covers_is_about_the_paper(sentence):
    assert about_the_paper(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # past tense: what the studies did
        "Side effects were described in three of the trials.",
        "Falls were discussed with each patient at every visit.",
        # a finding follows the verb
        "Here we describe how the protein moves to the tip of the cell.",
        "This paper shows that walking speed fell over two years.",
        "In this article we describe that most families agreed to take part.",
        # ordinary content sentences
        "The review included five trials with 149 people.",
        "People who took the drug had fewer relapses than those who took a dummy pill.",
        "The drug is given as a weekly injection under the skin.",
        "Most residents supported the release once its aims were explained to them.",
    ],
)
def test_what_was_done_or_found_is_not(sentence):
    assert not about_the_paper(sentence)


def _body(*texts):
    return [
        EvidenceLink(section="what_the_study_did", index=i, text=t, source_sentences=[i])
        for i, t in enumerate(texts)
    ]


def test_a_body_of_a_contents_line_and_one_finding_is_thin():
    links = _body(
        "Central ideas of the fieldwork, its methods and its conclusions are briefly described.",
        "Towns differed in what they expected from the project and who they wanted to ask.",
    )
    found = check_thin(links, "finding")
    assert [f.severity.value for f in found] == ["error"]
    assert "one sentence" in found[0].message


def test_a_body_with_a_method_and_a_finding_is_not_thin():
    links = _body(
        "The researchers interviewed 40 people in three towns.",
        "Towns differed in what they expected from the project and who they wanted to ask.",
    )
    assert check_thin(links, "finding") == []
