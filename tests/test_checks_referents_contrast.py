"""A thing picked out against others of its kind that the summary never named (issue 8: broken
sentences the gate passed, "Bacteria with the sequence in the inverse orientation were
attenuated ..." as a headline, and a development set's "the second exposure"): the reader
cannot tell what it means. Read against what the draft says before the sentence, headline
first, never the paper. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.checks.referents import unnamed_contrasts
from plainsum.checks.text import split_sentences


def _spans(text: str) -> list[str]:
    return [span for _, span in unnamed_contrasts(split_sentences(text))]


@pytest.mark.parametrize(
    "text, span",
    [
        ("The cream only worked if used before the second exposure.", "the second exposure"),
        ("The second test found most cases in the sickest children", "The second test"),
        ("Yeast with the gene in the inverse orientation grew slowly.", "the inverse orientation"),
        ("Rats fed the reversed diet lost weight.", "the reversed diet"),
    ],
)
def test_a_contrast_with_nothing_named_before_is_dangling(text: str, span: str) -> None:
    assert _spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # the kind was named before: a next one, the treated ones, the reverse one
        "Two tests were tried on each child. The second test found more cases.",
        "Some districts gave out fans. The rise was smaller in the treated districts.",
        # the treated ones are named in other words before ("mice" ... "the treated animals")
        "Mice got the drug or water. The treated animals ran further.",
        "Yeast had the gene in its usual orientation. In the inverse orientation, it grew slowly.",
        # an 'of' says what it is; a rank; a series every reader knows; a name
        "Most tears happen in the second stage of labour.",
        "Stroke is the second leading cause of death.",
        "Antibodies were measured after the second dose.",
        "Pain was lower at the third visit.",
        # the parts every paper has
        "There was no difference in the second main outcome, pain at night.",
        "The second objective was to check the drug's safety.",
        "The Second National Diet Survey asked 900 adults.",
        # the first is in the same sentence
        "One trial found no change, and the second showed a small gain.",
    ],
)
def test_a_contrast_the_reader_can_follow_passes(text: str) -> None:
    assert _spans(text) == []


def test_the_headline_counts_as_read_before_the_body() -> None:
    before = "Two urine tests were compared in 700 adults"
    found = text_problems("The second test found most cases.", before=before)
    assert "dangling_referent" not in [p.rule for p in found]
    found = text_problems("The second test found most cases.", before="A urine check in adults")
    assert "dangling_referent" in [p.rule for p in found]
