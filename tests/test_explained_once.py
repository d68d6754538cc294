"""A gloss term explained once in a draft's body (issue 9): its first use keeps the bracket,
later uses lose it, the headline loses a bracket the body gives too, and a repair that names a
sentence as drafted still finds the paper's sentence. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.plain.explain import gloss
from plainsum.plain.explained_once import bare, explained_once, once, widened
from plainsum.plain.headline import Headline
from plainsum.plain.lines import Line

CUPRIZONE = gloss()["cuprizone"]
SHORT = gloss()["reactogenicity"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # a second use, in the next sentence: said plainly
            [
                f"Mice were fed cuprizone ({CUPRIZONE}) for five weeks.",
                f"Cuprizone ({CUPRIZONE}) thinned the nerve coating.",
            ],
            [
                f"Mice were fed cuprizone ({CUPRIZONE}) for five weeks.",
                "Cuprizone thinned the nerve coating.",
            ],
        ),
        (  # two terms: each keeps its own first bracket
            [
                f"Reactogenicity ({SHORT}) was low.",
                f"Mice fed cuprizone ({CUPRIZONE}) had mild reactogenicity ({SHORT}).",
            ],
            [
                f"Reactogenicity ({SHORT}) was low.",
                f"Mice fed cuprizone ({CUPRIZONE}) had mild reactogenicity.",
            ],
        ),
        (  # no bracket of the gloss: as it was
            ["The drug (given twice a day) helped.", "The drug helped again."],
            ["The drug (given twice a day) helped.", "The drug helped again."],
        ),
    ],
)
def test_once_keeps_the_first_explanation(texts, expected):
    lines = [Line(t, (i,)) for i, t in enumerate(texts)]
    out = once([lines[:1], lines[1:]])
    assert [x.text for section in out for x in section] == expected


def test_the_headline_loses_a_bracket_the_body_gives():
    head = Headline(f"Cuprizone ({CUPRIZONE}) thinned the coating in mice", (2,))
    body = {"what_the_study_did": [Line(f"Mice ate cuprizone ({CUPRIZONE}).", (1,))]}
    new, sections = explained_once(head, body)
    assert new.text == "Cuprizone thinned the coating in mice"
    assert sections == body


def test_the_headline_keeps_a_bracket_the_body_lacks():
    head = Headline(f"Cuprizone ({CUPRIZONE}) thinned the coating in mice", (2,))
    body = {"what_the_study_did": [Line("Mice were studied for five weeks.", (1,))]}
    assert explained_once(head, body)[0] == head


def test_a_repair_names_the_papers_sentence_whatever_its_brackets():
    piece = f"Cuprizone ({CUPRIZONE}) thinned the nerve coating."
    assert bare(piece) == "Cuprizone thinned the nerve coating."
    dropped = frozenset({"Cuprizone thinned the nerve coating."})
    assert piece in widened(dropped, [piece, "Something else."])
    assert "Something else." not in widened(dropped, [piece, "Something else."])


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The booster dose had low reactogenicity in older adults.", "reactogenicity"),
        (
            "Most stones were removed by percutaneous nephrolithotomy.",
            "percutaneous nephrolithotomy",
        ),
        ("People with thyroiditis were given selenium for a year.", "thyroiditis"),
        ("Leadless pacemakers had fewer infections than others.", "leadless pacemakers"),
    ],
)
def test_terms_the_non_cochrane_drafts_kept_are_explained(sentence, term):
    from plainsum.plain.explain import explain_terms

    assert f"({gloss()[term]})" in explain_terms(sentence)


def test_every_explanation_the_pattern_finds_opens_with_a_space_and_bracket() -> None:
    # `bare` and `once` skip a sentence without " (": sound only if every match holds it
    from plainsum.plain.explained_once import _bracket

    for term, said in list(gloss().items())[:40]:
        text = f"Mice were given {term} ({said}) daily."
        assert _bracket().search(text) is not None
        assert bare(text) == f"Mice were given {term} daily."
        assert (
            bare(f"Mice were given {term}({said}) daily.")
            == f"Mice were given {term}({said}) daily."
        )
