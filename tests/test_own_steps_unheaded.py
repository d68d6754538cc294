"""What the authors did, said in the first person in an abstract without headings ("We explore a
framework to model X"), is its method, never the scene (issue 9: a modelling paper's body said
only its headline again, the sentence that says what was done left as background). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.ingest import parse
from plainsum.plain.source import source_sentences
from plainsum.plain.unheaded_roles import HEADED_ROLES, own_steps

_MODEL = (
    "We explore a framework to model how a hormone's dose changes muscle cell growth using a "
    "single hidden variable. This reduction closely matches the behaviour of detailed models of "
    "the hormone receptor. Growth is greatest when the receptor's binding sites act together and "
    "back each other up. The reduction makes this framework useful for modelling several "
    "hormones acting at once."
)


def test_the_body_says_what_the_authors_did() -> None:
    lines = did_lines(_MODEL)
    assert lines[0] == (
        "The researchers explore a framework to model how a hormone's dose changes muscle cell "
        "growth using a single hidden variable."
    )


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (_MODEL, True),
        (
            "We present a new way to grade hand tremor from phone videos in adults with "
            "tremor. The grades matched those given by two neurologists in most of the videos. "
            "Grading took less than a minute for each video.",
            True,
        ),
        # what others or they themselves reported before is the scene
        (
            "We recently reported that a cooling vest keeps skin temperature lower during a "
            "walk. Walking distance was longer with the vest in most of the adults who tried "
            "it on hot days.",
            False,
        ),
        # under headings, the heading gave the role
        (
            "Background: We explore how heat tires adults with long-term illness. Methods: "
            "Adults walked in a cooling vest or a plain vest. Results: Walking distance was "
            "longer with the cooling vest.",
            False,
        ),
    ],
)
def test_a_first_person_step_opening_an_unheaded_abstract_is_a_method(
    text: str, step: bool
) -> None:
    source = parse(text)
    sentences = source_sentences(source)
    headed = bool({sec.name for sec in source.sections} & HEADED_ROLES)
    assert (0 in own_steps(sentences, headed)) is step
