"""A rare term the paper explains in its own words ("Clemastine, an antihistamine, ...") is
explained where the draft's body first uses it; nothing is guessed."""

from __future__ import annotations

import pytest

from plainsum.plain.own_explanations import explain_own_terms, own_explanations


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        (
            ["Clemastine, an antihistamine, helped repair myelin in mice."],
            {"clemastine": "an antihistamine"},
        ),
        (
            ["People took ibudilast, a tablet taken by mouth, for two years."],
            {"ibudilast": "a tablet taken by mouth"},
        ),
        # a phrase that says more than what the term is, or a common word: not taken
        (["Ibudilast, a drug that slowed brain shrinkage, was safe."], {}),
        (["Fatigue, a common symptom, was measured."], {}),
        (["Ibudilast, a 10 mg tablet, was given."], {}),
        (["In people with ibudilast, a group of 20 stopped early."], {}),
        (["Ocrelizumab, the newest drug, was given."], {}),
    ],
)
def test_the_papers_own_appositive_is_read(sentences, found):
    assert own_explanations(sentences) == found


def test_the_first_use_in_the_body_gets_the_papers_explanation():
    body = [
        "This was a trial in people.",
        "Clemastine shortened the delay in visual signals.",
        "Fatigue was more common with clemastine.",
    ]
    assert explain_own_terms(body, {"clemastine": "an antihistamine"}) == [
        "This was a trial in people.",
        "Clemastine (an antihistamine) shortened the delay in visual signals.",
        "Fatigue was more common with clemastine.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # explained already, inside brackets, or inside a longer noun phrase
        "Clemastine, an allergy drug, shortened the delay.",
        "The second drug (clemastine) shortened the delay.",
        "The clemastine group walked further.",
    ],
)
def test_a_use_already_explained_or_inside_a_phrase_is_left(text):
    assert explain_own_terms([text], {"clemastine": "an antihistamine"}) == [text]
