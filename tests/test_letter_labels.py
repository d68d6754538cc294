"""One decision for "is this label defined where the reader meets it?" (plainsum/letter_labels.py):
the drafter refuses a sentence exactly when the gate's undefined_label would flag it. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.letter_labels import undefined_label, undefined_labels
from plainsum.plain.referents import points_at_nothing

SENTENCES = [
    # undefined: a letter, a digit, any label noun the study uses
    ("In treatment B, the lower dose gave less pain relief.", True),
    ("Pain fell more in group 2 than in the others.", True),
    ("Walking improved on diet B after six weeks.", True),
    ("Relapses were fewer in arm C.", True),
    # defined where it is used: brackets, a clause, what the group got, a list's label
    ("The drug taken with food (treatment B) gave less pain relief.", False),
    ("Group 2, who took a dummy pill, had more pain.", False),
    ("Group B received the drug with food and had less pain.", False),
    ("People in arm A: exercise twice a week.", False),
    ("People in a group called group A walked daily.", False),
    # names that hold a code, measures, kinds: no label at all
    ("Group A streptococcus caused most throat infections.", False),
    ("The cuff was placed on the arm 2 cm above the wrist.", False),
    ("People with type 2 diabetes took part.", False),
    ("Group 1 pulmonary hypertension was the most common kind.", False),
]


@pytest.mark.parametrize(("sentence", "undefined"), SENTENCES)
def test_the_drafter_and_the_gate_decide_alike(sentence: str, undefined: bool) -> None:
    assert undefined_label(sentence, "") is undefined
    assert bool(undefined_labels([sentence])) is undefined
    flagged = any(p.rule == "undefined_label" for p in text_problems(sentence))
    assert flagged is undefined
    # the drafter's sentence choice refuses it for the same reason
    if undefined:
        assert points_at_nothing(sentence, "")


@pytest.mark.parametrize(
    ("before", "text", "undefined"),
    [
        # defined in what the reader has read: the later use leans on it
        ("Group 2, who took a dummy pill, was the control.", "Pain fell less in group 2.", False),
        ("The drug taken with food (treatment B) was tested.", "Treatment B helped.", False),
        # read before but never defined: still a code to the reader
        ("Treatment B was tested.", "Treatment B helped more.", True),
        # another label defined is not this one
        ("Group A, who exercised, walked more.", "Group B walked less.", True),
        # a comparison's heading before defines nothing
        ("Treatment A versus treatment B.", "Treatment B helped more.", True),
    ],
)
def test_a_label_is_defined_by_what_the_reader_has_read(
    before: str, text: str, undefined: bool
) -> None:
    assert undefined_label(text, before) is undefined


def test_the_gate_flags_only_a_labels_first_use() -> None:
    sentences = ["Treatment B was tested.", "Treatment B helped more.", "Arm 2 did not."]
    assert undefined_labels(sentences) == [(0, "Treatment B"), (2, "Arm 2")]
    assert undefined_labels(sentences, start=1) == [(2, "Arm 2")]
