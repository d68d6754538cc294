"""Issue 9 (readers' quotes): a glossary swap that would make a sentence false or broken is not
made: a swap inside a compound spanned by a prefix ("post-transcription start"), an adjective
put where the paper used a noun before "of" ("weak of evidence"), a degree word that takes the
plain phrase's adjective ("less unwanted event profiles"), a plain word of another sense
("amount absorbed" for a share, "stiff muscles" for a state of the muscles). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a prefix that spans a compound of two process nouns
        ("The switch acts post-transcription initiation in the bacteria.", "post-transcription"),
        ("Control was lost post-translation initiation in yeast.", "initiation"),
        # a degree word would take the plain phrase's adjective for its own
        ("Shorter courses gave similar effects with less adverse event profiles.", "adverse"),
        # an adjective cannot take the noun's place before "of"
        ("Limits were small studies and low-certainty of evidence overall.", "low-certainty of"),
        ("Limits were few trials and high-certainty of evidence was rare.", "high-certainty of"),
        # a preposition cannot stand right after another ("by with")
        ("Diseases harm the heart by involving its pacemaker cells.", "by involving"),
    ],
)
def test_a_swap_that_breaks_a_compound_or_a_slot_is_not_made(sentence: str, kept: str) -> None:
    assert kept in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # the same terms where the swap reads whole are still swapped
        ("Treatment initiation was delayed in older adults.", "Treatment start was delayed"),
        ("The initiation of treatment was early.", "The start of treatment was early."),
        ("Adverse events were rare in both groups.", "Unwanted events were rare"),
        ("There was low-certainty evidence of benefit.", "There was weak evidence of benefit."),
        ("The evidence was of low certainty.", "The evidence was weak."),
        # a noun between nouns reads whole
        ("There was no change in deep vein thrombosis rates.", "deep vein blood clot rates"),
        ("More adverse events were seen with the higher dose.", "More unwanted events"),
        ("Studies involving adults found no effect.", "Studies with adults"),
        # a noun or a gerund before "of" takes the noun's place ("weak of" is what breaks)
        ("The easing was slow; amelioration of pain took weeks.", "easing of pain"),
        ("People with an acute exacerbation of asthma were treated.", "acute flare-up of asthma"),
        # an adjective that takes "of" keeps its swap
        ("Most participants were free of pain at the end.", "were free of pain"),
        # a hyphenated word before the term that is no prefixed process: the swap is made
        ("Post-stroke spasticity was eased by the injections.", "Post-stroke muscle stiffness"),
    ],
)
def test_the_same_swaps_are_made_where_they_read_whole(sentence: str, plain: str) -> None:
    assert plain in plain_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "plain", "never"),
    [
        # spasticity is a state: "improving stiff muscles" reads as making them stiffer
        (
            "Exercise was linked with improving spasticity in adults with MS.",
            "improving muscle stiffness",
            "stiff muscles",
        ),
        ("Spasticity scores fell after the course.", "Muscle stiffness scores", "stiff muscles"),
    ],
)
def test_a_state_is_said_as_a_state(sentence: str, plain: str, never: str) -> None:
    out = plain_words(sentence)
    assert plain in out and never not in out


def test_bioavailability_is_explained_as_a_share_never_swapped_for_an_amount() -> None:
    # the share absorbed can fall while the amount absorbed rises: "amount" would be false
    sentence = "Oral bioavailability fell from 70% to 50% as the dose was raised."
    assert "amount absorbed" not in plain_words(sentence)
    texts = [p.text for p in plain_sentences("Oral bioavailability was lower at higher doses.")]
    assert texts == [
        "Oral bioavailability (the share of a dose that reaches the blood) was lower at higher "
        "doses."
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Children with allergic rhinitis were given the spray for a month.",
            "allergic rhinitis (an allergy that inflames the inside of the nose)",
        ),
        (
            "Rhinitis was common in both groups.",
            "Rhinitis (inflammation of the inside of the nose)",
        ),
    ],
)
def test_rhinitis_is_explained(sentence: str, want: str) -> None:
    assert want in plain_sentences(sentence)[0].text
