"""A direction word inside the name of what a result is compared with ("less helpful when
compared with other known effective treatments", "versus the higher dose group") names the
comparator and states no result: read as one, it set the paper against itself (CD003637's
"less effective when compared with other known effective interventions" read as a gain too).
A verb there is still a result ("The drug compared with placebo reduced relapses").
Sentences written for these tests."""

import pytest

from plainsum.checks.polarity_directions import directions


def _read(sentence: str) -> list[str]:
    return [m.group(0).lower() for m in directions(sentence)]


@pytest.mark.parametrize(
    "sentence,comparator_word",
    [
        (
            "Simple exercises were less helpful when compared with other known effective "
            "treatments.",
            "effective",
        ),
        ("Relapses were more frequent compared with the more effective drugs.", "more effective"),
        ("The new dressing healed fewer wounds compared to the better dressings.", "better"),
        ("Walking speed improved less versus the higher dose group.", "higher"),
        ("Pain scores were higher compared with lower doses of morphine.", "lower"),
        (
            "Fatigue was worse in this group compared to those with greater physical activity.",
            "greater",
        ),
        (
            "Memory declined faster in the placebo group compared with people with higher "
            "vitamin D levels.",
            "higher",
        ),
        ("Sleep was shorter vs. the longer sessions of therapy.", "longer"),
    ],
)
def test_a_comparators_name_is_no_result(sentence: str, comparator_word: str) -> None:
    read = _read(sentence)
    assert read  # the result itself is read
    assert comparator_word not in read


@pytest.mark.parametrize(
    "sentence,result_word",
    [
        ("The drug compared with placebo reduced relapses by 30%.", "reduced"),
        ("Compared with placebo, fingolimod reduced the relapse rate.", "reduced"),
        ("Quality of life compared with usual care improved significantly.", "improved"),
        ("Compared with baseline, fatigue scores decreased.", "decreased"),
        ("The treatment versus placebo increased walking distance.", "increased"),
        ("When compared with sham, acupuncture lowered pain scores.", "lowered"),
        ("Pain was lower compared with placebo and remained lower at 12 weeks.", "lower"),
        ("Compared to usual care, more participants improved.", "improved"),
    ],
)
def test_a_result_after_the_comparator_is_read(sentence: str, result_word: str) -> None:
    assert result_word in _read(sentence)
