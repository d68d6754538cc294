"""A lab or basic-science body never thins to one sentence, or to "Most of its details are too
technical ...", while the paper has an aim, a step of its own or a result that was left out only
for its length (issue 9): such a sentence is kept whole, and the gate names its length and its
words (true and whole before plain). A long result that says no direction ("X was defined as A,
B and C") is never kept so. Texts written for the tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.design import detect_design
from plainsum.drafters.body_fill import TOO_TECHNICAL
from plainsum.ingest.source import parse
from plainsum.plain.aim import own_aim
from plainsum.plain.material import WHOLE_MAX_WORDS, gather
from plainsum.plain.sentences import Role
from plainsum.settings import Settings

STEP = (
    "Here, we combined single-cell sequencing of precursor cells from damaged tissue with live "
    "imaging of repairing lesions in zebrafish larvae to identify the signals that stop "
    "precursor cells from maturing in damaged nerve tissue."
)
LAB = (
    "Repair of the myelin sheath fails in many long-standing lesions of multiple sclerosis, and "
    "the signals that hold back repair are poorly understood. "
    f"{STEP} "
    "Silencing the receptor gene gpr17 in precursor cells of zebrafish larvae made new myelin "
    "sheaths form about twice as fast after damage than in untreated larvae, with more sheaths "
    "at every time point measured over two weeks of imaging and no loss of nerve fibres."
)


def test_a_long_step_of_the_authors_own_is_kept_whole_beside_the_result():
    body = draft(LAB, Settings(backend="offline")).summary.what_the_study_did
    # the body said the headline's result and nothing of what was done (a thin draft)
    assert "The researchers combined single-cell sequencing" in body
    assert "to find the signals that stop precursor cells from maturing" in body
    assert TOO_TECHNICAL not in body


def test_the_step_stands_after_the_design_frame():
    body = draft(LAB, Settings(backend="offline")).summary.what_the_study_did
    assert body.index("This was a study in fish.") < body.index("The researchers combined")


DEFINED = (
    "Relapse was defined as a new prescription for low mood, time off work, quality of life, "
    "social functioning, work functioning, the overall drop-out rate, drop-out because of side "
    "effects, troublesome side effects, death from any cause and, in particular, suicide."
)
REVIEW = (
    "Background: Low mood often returns after a first episode of depression. "
    "Objectives: To compare two long-term treatments for preventing a return of low mood. "
    "Main results: Six trials with 380 people were included. "
    f"{DEFINED} "
    "Authors' conclusions: Both treatments may prevent a return of low mood."
)


def test_a_long_result_that_says_no_direction_is_never_kept_whole():
    material = gather(parse(REVIEW), detect_design(parse(REVIEW)))
    assert len(DEFINED.split()) <= WHOLE_MAX_WORDS
    assert not [p for role, p in material.whole if role == Role.RESULTS]


def test_a_review_that_focused_on_something_states_its_aim():
    said = own_aim("This review focussed on how the muscle of the ureter moves stones.", True)
    assert said == "The review authors looked at how the muscle of the ureter moves stones."
    said = own_aim("This review focuses on drugs that help stones pass.", True)
    assert said == "The review authors looked at drugs that help stones pass."


def test_an_aim_after_a_linking_word_is_still_the_studys_aim():
    said = own_aim("Therefore, this study assessed the effects of cooling on fatigue in MS.", False)
    assert said == "The researchers looked at the effects of cooling on fatigue in MS."
    said = own_aim("Consequently, the purpose of this article is to propose a new scale.", False)
    assert said == "The researchers wanted to propose a new scale."
    assert own_aim("Therefore, fatigue was common in MS.", False) is None
