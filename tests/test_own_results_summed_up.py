"""Issue 9 (one-paragraph lab and genetics abstracts): "Together, these data identify X as Y",
"These findings implicate Z": the authors summing up their own results point at no one sentence
before them, so the sentence is the study's conclusion, not one that leans and is left out.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from composed_draft import composed

from plainsum.plain.pick import leans_back, leans_in_paper
from plainsum.plain.simplify import rewrite


@pytest.mark.parametrize(
    ("paper", "drafted"),
    [
        (
            "Together, these data identify the receptor as a brake on nerve repair.",
            "The data identify the receptor as a brake on nerve repair.",
        ),
        (
            "These findings implicate a salt channel gene in inherited headache.",
            "The findings implicate a salt channel gene in inherited headache.",
        ),
        (
            "Our results establish the protein as a switch for fat use in liver cells.",
            "The results establish the protein as a switch for fat use in liver cells.",
        ),
        (
            "These observations may indicate that the gut shapes the immune reply.",
            "The observations may suggest that the gut shapes the immune reply.",
        ),
    ],
)
def test_own_results_summed_up_stand_alone(paper: str, drafted: str) -> None:
    assert not leans_in_paper(paper)
    assert rewrite(paper) == drafted
    assert not leans_back(drafted)


@pytest.mark.parametrize(
    "paper",
    [
        # a pointer at something else said before: still leans
        "These patients were followed for two years.",
        "These changes were not seen in female mice.",
        "These results were confirmed in a second group of 40 mice.",
        # what the results are for, not what they found: left as it was
        "These results help plan testing in clinics with few resources.",
    ],
)
def test_other_pointers_still_lean(paper: str) -> None:
    assert leans_in_paper(paper)


def test_a_lab_abstracts_summing_up_is_said() -> None:
    text = (
        "Immune cells of the brain clear the debris left when nerve coats break down. How they "
        "sense the debris is not known. Here, we show that the fat sensor GRX1 is needed for "
        "these cells to clear debris in mice. Mice lacking GRX1 built up debris in the brain and "
        "made fewer new coats after injury. Giving a drug that switches GRX1 on restored debris "
        "clearing and doubled repair. Together, these data identify GRX1 as a checkpoint for "
        "nerve coat repair in mice."
    )
    head, body, why, _ = composed(text)
    assert "identify GRX1 as a checkpoint" in " ".join([head, body, why])


@pytest.mark.parametrize(
    "text",
    [
        "The data identify GRX1 as a checkpoint for repair.",
        "The results uncover a new path for sugar in the liver.",
        "The data highlight a role for sleep in memory.",
    ],
)
def test_a_present_verb_after_the_results_is_a_main_clause(text: str) -> None:
    from plainsum.plain.wholeness import broken

    assert broken(text) is None


def test_no_verb_after_the_results_is_no_main_clause() -> None:
    from plainsum.plain.wholeness import broken

    assert broken("The data on sleep in memory.") is not None


@pytest.mark.parametrize(
    ("paper", "kept"),
    [
        # "link" takes "to": "link a gene in headache" is broken, "link X as the cause" too
        ("These findings implicate a salt gene in inherited headache.", "implicate"),
        ("These data implicate changes in GLI3 as the cause of the syndrome.", "implicate"),
        ("The gene has been implicated in several cancers.", "implicated"),
    ],
)
def test_implicate_keeps_its_in_and_as(paper: str, kept: str) -> None:
    assert kept in rewrite(paper)


def test_implicated_alone_is_linked() -> None:
    assert rewrite("Two genes were implicated.") == "Two genes were linked."
