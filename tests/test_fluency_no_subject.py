"""A clause cut from its subject after a conjunction ("But probably makes little or no
difference to the risk of falling.", a reader's quote of an offline draft) is no whole
sentence: the gate's fluency check and the drafter's own wholeness test both say so. Sentences
written for the test."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems
from plainsum.plain.wholeness import broken


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("But probably makes little or no difference to the risk of falling.", True),
        ("And may reduce pain in adults with MS.", True),
        ("But also had more falls than the others.", True),
        ("Yet could not show a change in walking.", True),
        # a subject is there, or it is a question
        ("But it probably makes little difference to falls.", False),
        ("But only three people had side effects.", False),
        ("And the drug may reduce pain in adults with MS.", False),
        ("So could vitamin D help people with MS?", False),
    ],
)
def test_a_clause_cut_from_its_subject(sentence: str, cut: bool) -> None:
    rules = {p.rule for p in sentence_problems(sentence)}
    assert ("no_subject" in rules) is cut
    assert (broken(sentence) == "starts with a verb that has no subject") is cut
