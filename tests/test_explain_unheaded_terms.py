"""Terms readers met whole in unheaded lab and trial abstracts get a bracket that says what they
are (issue 9, stop 45 readings: "alopecia", "Ki67", "There was no evidence of a pharmacokinetic
interaction."). Sentences written for these tests (data/explanations.tsv, plain/explain.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.explain import explain_terms


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "There was no evidence of a pharmacokinetic interaction.",
            "There was no evidence of a pharmacokinetic interaction (one drug changing how the "
            "body handles the other).",
        ),
        (
            "Mild alopecia occurred in 12 patients.",
            "Mild alopecia (hair loss) occurred in 12 patients.",
        ),
        (
            "The drug lowered Ki67 in the tumours.",
            "The drug lowered Ki67 (a marker of dividing cells) in the tumours.",
        ),
        (
            "Growth of human tumour xenografts in mice slowed.",
            "Growth of human tumour xenografts (tissue from one species grown in another) in "
            "mice slowed.",
        ),
        # a term that modifies the noun after it keeps no bracket inside its noun phrase
        (
            "The drug lowered Ki67 levels in the tumours.",
            "The drug lowered Ki67 levels in the tumours.",
        ),
    ],
)
def test_a_hard_term_is_explained_where_first_used(text: str, said: str) -> None:
    assert explain_terms(text) == said
