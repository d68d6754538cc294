"""A body is never thinned below two sentences of the paper's own by the grade (issue 9): the
design frame ("This was a study in mice.") says nothing of its own and is not one of them, as
the gate's thin check counts. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.drafters.fit_grade import fit_grade
from plainsum.plain.frames import is_design_sentence
from plainsum.plain.lines import Line


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("This was a study in mice.", True),
        ("This was a study in zebrafish larvae.", True),
        ("This was a review of earlier studies.", True),
        ("This paper is a review.", True),
        ("This was a clinical trial in people.", True),
        ("This was a study in mice. Their nerves healed faster.", False),
        ("Mice lacking the receptor had weaker nerve sheaths.", False),
        ("This was a study in mice given a high-salt diet for eight weeks.", False),
    ],
)
def test_the_design_frame_is_told_from_the_papers_own_sentences(text, frame):
    assert is_design_sentence(text) is frame


HARD_RESULT = (
    "Receptor-deficient mice displayed impaired chemotactic cytokine production and defective "
    "secretion of granulocyte colony-stimulating factor during oropharyngeal infection."
)
HARDER_RESULT = (
    "Recruitment of circulating neutrophils and mobilization of immature granulocytes from "
    "haematopoietic compartments depended on interleukin-1 receptor signalling."
)


def _sections(frame: str) -> dict[str, list[Line]]:
    return {
        "what_the_study_did": [
            Line(frame, (2,), main=True),  # the design frame, linked to where the paper says it
            Line(HARDER_RESULT, (3,)),
            Line(HARD_RESULT, (4,), main=True, lead=True),
        ],
        "why_it_matters": [],
        "limitations": [],
    }


@pytest.mark.parametrize(
    "frame", ["This was a study in mice.", "This was a lab study.", "This paper is a review."]
)
def test_the_grade_never_leaves_the_design_frame_and_one_sentence(frame):
    sections = _sections(frame)
    fit_grade(sections, 6.0)  # far over: without the floor the harder result would go
    did = [line.text for line in sections["what_the_study_did"]]
    assert did == [frame, HARDER_RESULT, HARD_RESULT]


def test_a_third_sentence_of_the_papers_own_may_still_go_for_the_grade():
    sections = _sections("This was a study in mice.")
    extra = "Strikingly, endothelial cells were identified as the primary cellular source."
    sections["what_the_study_did"].append(Line(extra, (5,)))
    fit_grade(sections, 6.0)
    did = [line.text for line in sections["what_the_study_did"]]
    assert len(did) == 3 and "This was a study in mice." in did and HARD_RESULT in did


def test_a_count_the_gate_counts_as_the_bodys_own_lets_a_hard_third_sentence_go():
    sections = _sections("This was a review of earlier studies.")
    sections["what_the_study_did"].insert(1, Line("The review included six studies.", (1,)))
    fit_grade(sections, 6.0)
    did = [line.text for line in sections["what_the_study_did"]]
    # frame, count and the main result: two sentences of the body's own, as the gate counts
    assert did == [
        "This was a review of earlier studies.",
        "The review included six studies.",
        HARD_RESULT,
    ]
