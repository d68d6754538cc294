"""A sentence its plain phrases would make too long is kept whole with its terms (issue 9).

"were randomly assigned to" -> "were put by chance into groups to get" adds four words: a
28-word methods sentence became 32 and was left out whole, so a trial's draft never said who
took part or what they were given. True and whole come before plain.
"""

from __future__ import annotations

from plainsum.plain.glossary import lengthening_terms, plain_words
from plainsum.plain.simplify import HARD_MAX_WORDS, plain_sentences

LONG_TRIAL = (
    "In this double-blind trial, 510 adults with primary or secondary progressive MS were "
    "randomly assigned to 300 mg of a study drug twice a day or placebo for 18 months."
)


def test_the_swap_alone_would_make_it_too_long() -> None:
    assert len(LONG_TRIAL.split()) <= HARD_MAX_WORDS
    assert len(plain_words(LONG_TRIAL).split()) > HARD_MAX_WORDS


def test_a_sentence_too_long_after_its_swaps_is_kept_with_its_terms() -> None:
    pieces = plain_sentences(LONG_TRIAL)
    assert [p.text for p in pieces] == [
        "In this blinded trial, 510 adults with primary or secondary progressive MS were "
        "randomly assigned to 300 mg of a study drug twice a day or placebo for 18 months."
    ]


def test_a_sentence_that_fits_after_its_swaps_gets_them() -> None:
    short = "In this trial, 90 adults with MS were randomly assigned to a study drug or placebo."
    [piece] = plain_sentences(short)
    assert "randomly assigned" not in piece.text
    assert "by chance" in piece.text


def test_only_phrases_longer_than_their_terms_count() -> None:
    terms = lengthening_terms()
    assert "randomly assigned" in terms
    assert "utilise" not in terms
