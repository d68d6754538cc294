"""split_sentences: where a paper's text is cut into sentences, and that a caller's list is
its own (sentences written for these tests)."""

import re

import pytest

from plainsum.plain import sentences
from plainsum.plain.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation's full stop is no sentence end, whatever came before it
        ("Doses were low, approx. 5 mg a day. Nobody stopped.", 2),
        ("The drug worked as Jones et al. Found in mice. It did.", 2),
        ("See Fig. 2 for the scores. They rose.", 2),
        ("Most sites were run by Dr. Brown. She left in May.", 2),
        ("Ratings came from J. Smith and K. Lee. Both were blind.", 2),
        ("Many side effects, e.g. Nausea, were mild. Few were not.", 2),
        ("Care differed (cf. Table 1). Costs were similar.", 2),
        ("Yes. Dr. Who came. Fig. 3 shows it.", 3),
        ("Twelve units joined, e.g. St. Anne in Vienna. All stayed.", 2),
        # a word that ends like an abbreviation is a word: the sentence ends
        ("Patients were asked to stop. Then they rested. Ids in Figs. Seven.", 3),
        ("The first arm was Prof. Second came later. Smith et al. 2020 agreed.", 2),
        ("Scores fell in group A. Group B had none.", 1),
        ("They went to the ED. Once there they waited. The mean wait was 2.5 h. It was long.", 4),
        ("We used a new approach. Trials then followed. Metrics etc. Were kept.", 3),
        ("A. Results were clear.", 1),
    ],
)
def test_sentence_ends(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


def test_abbreviation_pattern_is_read_at_the_end_only() -> None:
    """A piece is read for an abbreviation only in its last _NO_SPLIT_WIDTH characters: no
    match of the pattern is longer."""
    from re import _parser  # type: ignore[attr-defined]

    pattern = sentences._NO_SPLIT_BEFORE
    assert _parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= sentences._NO_SPLIT_WIDTH
    assert isinstance(pattern, re.Pattern)


def test_each_caller_gets_a_list_of_its_own() -> None:
    text = "Mice improved. Rats did not."
    first = split_sentences(text)
    first.append("changed")
    assert split_sentences(text) == ["Mice improved.", "Rats did not."]
