"""A result about "other measures" leans on the sentence that listed the measures it is other than
(issue 9): shown without that list it says nothing of which ("No clear differences were seen in
other measures", plaba 23495677, shown after its list of improved measures was left out). A
sentence that names its own measures stands alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.plain.pick import leans_in_paper


@pytest.mark.parametrize(
    "text",
    [
        "No significant differences were seen in other measurements.",
        "The other outcomes did not differ between the groups.",
        "There was no change in any other secondary outcomes.",
        "Other measures were similar in both groups (P > 0.05).",
    ],
)
def test_other_measures_lean_on_the_list_before(text: str) -> None:
    assert leans_in_paper(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain, tiredness and other outcomes improved with the cream.",
        "The new score predicted falls better than other measures.",
        "Other outcomes such as sleep and mood did not change.",
        "Walking speed rose more with training than with rest.",
    ],
)
def test_measures_named_in_the_sentence_do_not(text: str) -> None:
    assert not leans_in_paper(text)


# A trial whose list of improved measures is too long and coded to show (AS, HS, undefined).
TRIAL = (
    "Background: Restless legs are common in older adults. The present study tested whether a "
    "magnesium cream improves restless legs in older adults. Methods: Forty adults, aged 60-80 "
    "years, used a magnesium cream (n = 20) or a dummy cream (n = 20) for 8 weeks in a "
    "randomised, double-blind manner. Results: Magnesium cream led to significant improvements "
    "in: (i) RLS (P < 0.01), AS (P < 0.01) and HS (P < 0.01); (ii) sleep onset (P < 0.05); and "
    "(iii) night waking and leg cramps (P < 0.05). No significant differences were observed in "
    "other measurements and in the dummy cream group. The cream was well tolerated and caused "
    "no side effects. Conclusions: Magnesium cream improved restless legs and sleep onset in "
    "older adults."
)


def test_a_body_never_says_other_measures_without_their_list() -> None:
    lines = did_lines(TRIAL)
    assert lines  # the body still says what was done and found
    assert not any("other measure" in line for line in lines)
