"""Issue 9 (the main finding), from the lead's start reading of stop 57: in a review's abstract
without headings a graded finding whose verb follows the word "evidence" as a participle or
another verb of showing ("provided moderate-quality evidence showing that X improved Y",
"Moderate-quality evidence supports the use of X") is a finding, drafted as a conclusion, never a
limitation (CD010802, a yoga review: its positive results stood in the limitations and the body
gave only the negatives); "Evidence for children was sparse" is a limit, never the headline
(CD005015 headed so); and "low certainty in the evidence" is a thing named, never "weak in the
evidence". Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.glossary import plain_words
from plainsum.plain.sentences import Role, classify
from plainsum.plain.source import source_sentences
from plainsum.plain.unheaded_roles import drafting_role

_OPENING = (
    "We included eleven trials with 900 adults who had long-term back pain. The programmes ran "
    "for eight weeks to six months in clinics and at home."
)


@pytest.mark.parametrize(
    "graded",
    [
        "Nine trials provided moderate-quality evidence showing that tai chi reduced pain.",
        "Moderate-quality evidence supports the use of tai chi for reducing pain.",
        "Low-quality evidence suggesting less pain with tai chi came from three trials.",
        "Low-quality evidence indicates that tai chi reduced pain in the short term.",
    ],
)
def test_a_graded_finding_said_with_a_verb_of_showing_is_a_conclusion(graded: str) -> None:
    text = f"{_OPENING} {graded}"
    s = next(s for s in source_sentences(parse(text)) if s.text == graded)
    assert drafting_role(s, headed=False) == Role.CONCLUSION


@pytest.mark.parametrize(
    "sparse",
    [
        "Evidence for children and teenagers was sparse.",
        "Data on long-term harms were scarce.",
        "Evidence on quality of life remains very sparse.",
    ],
)
def test_evidence_said_to_be_sparse_is_a_limitation(sparse: str) -> None:
    text = f"{_OPENING} Tai chi may reduce pain in adults. {sparse}"
    roles = {s.text: s.role for s in classify(parse(text))}
    assert roles[sparse] == Role.LIMITATION


def test_a_grade_named_as_a_thing_keeps_its_words() -> None:
    text = "Tai chi may reduce pain, however low certainty in the evidence means it may not."
    assert "weak in the evidence" not in plain_words(text)
    assert plain_words("The evidence was low certainty in adults.") == (
        "The evidence was weak in adults."
    )
