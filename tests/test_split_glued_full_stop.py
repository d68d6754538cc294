"""Issue 9 (whole sentences): a full stop whose space the paper lost ("... low-quality
evidence).The evidence suggests ...") still ends a sentence, so a draft never carries
"rate.The" (data: a Cochrane review of glucocorticoids, gate_identity at stop 55's end).
Sentences written for these tests (plain/sentences.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.sentences import split_sentences


def test_a_stop_after_a_bracket_with_its_space_lost_ends_a_sentence():
    text = (
        "There was no clear difference in relapses (RR 1.2, low-quality evidence).The evidence "
        "suggests a small gain."
    )
    assert split_sentences(text) == [
        "There was no clear difference in relapses (RR 1.2, low-quality evidence).",
        "The evidence suggests a small gain.",
    ]


def test_a_stop_after_a_word_before_a_common_opening_ends_a_sentence():
    assert split_sentences("Walking improved in the group.These results need checking.") == [
        "Walking improved in the group.",
        "These results need checking.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Worms such as C.elegans were used in the lab.",
        "Some drugs, e.g.The new ones, were costly.",
        "The mean score was 3.5.The end of the scale was 10.",
    ],
)
def test_no_sentence_ends_inside_a_name_an_abbreviation_or_a_number(text):
    assert split_sentences(text) == [text]
