"""MS lab and animal papers in plain words (issue 9): a result by a factor ("doubled the share of
remyelinated axons") says which way it went, so a long one is kept like any other result; the
myelin words a reader meets in them are plain or explained. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.results import DIRECTION


@pytest.mark.parametrize(
    "text",
    [
        "The drug doubled the share of repaired nerve fibres compared with the dummy liquid.",
        "Exercise halved the number of new lesions in the treated rats.",
        "The compound gave a threefold rise in mature cells.",
    ],
)
def test_a_change_by_a_factor_says_which_way(text: str) -> None:
    assert DIRECTION.search(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Treated mice had more remyelinated axons than untreated mice.",
            "Treated mice had more myelin-repaired nerve fibres than untreated mice.",
        ),
        (
            "The drug raised the number of mature myelinating cells.",
            "The drug raised the number of mature myelin-making cells.",
        ),
    ],
)
def test_myelin_words_are_plain(text: str, plain: str) -> None:
    assert plain_words(text) == plain


def test_the_corpus_callosum_is_explained() -> None:
    from plainsum.plain.simplify import plain_sentences

    text = "In mice given cuprizone, myelin loss was measured in the corpus callosum."
    said = " ".join(p.text for p in plain_sentences(text, max_words=45))
    assert "corpus callosum (the band of nerve fibres that joins the two halves of the brain)" in (
        said
    )
