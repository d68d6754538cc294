"""Issue 9 (lab and germ papers whose drafts never said what the work was done in): an
organism a paper names by its Latin name gets its plain name in brackets where a sentence first
uses it (data/explanations.tsv); a pointer at "both strains" the draft never named is left out.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.explain import explain_terms
from plainsum.plain.referents import points_at_nothing


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The protein Rad77 helps join broken DNA in Saccharomyces cerevisiae.",
            "Saccharomyces cerevisiae (baker's yeast)",
        ),
        (
            "The small RNA was found only in Escherichia coli.",
            "Escherichia coli (a common gut bacterium)",
        ),
        (
            "Mice were infected with Listeria monocytogenes for three days.",
            "Listeria monocytogenes (a bacterium that causes food poisoning)",
        ),
        (
            "Red blood cells infected with Plasmodium falciparum were stiffer.",
            "Plasmodium falciparum (the parasite that causes the most severe kind of malaria)",
        ),
    ],
)
def test_an_organism_is_named_in_plain_words_where_first_used(text: str, said: str) -> None:
    assert said in explain_terms(text)


def test_an_organism_explained_in_the_sentence_is_left_as_it_is() -> None:
    text = "Escherichia coli (the gut germ) formed thick films on plastic."
    assert explain_terms(text) == text


@pytest.mark.parametrize(
    ("text", "before", "dangles"),
    [
        # two strains the reader never met
        (
            "When both strains were given together, the immune response was blocked.",
            "Trapped germs may damp the immune response in mice. This was a study in mice.",
            True,
        ),
        # strains named before: they stand
        (
            "When both strains were given together, the immune response was blocked.",
            "Mice were given a normal strain or a trapped strain of the germ.",
            False,
        ),
        (
            "Both mutants grew more slowly at high heat.",
            "We made two mutants of the yeast gene.",
            False,
        ),
    ],
)
def test_both_strains_need_strains_named_before(text: str, before: str, dangles: bool) -> None:
    assert points_at_nothing(text, before) is dangles
