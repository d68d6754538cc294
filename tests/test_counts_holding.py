"""The paper's counts read lazily (`counts_misplaced._PaperCounts`): a rule that asks for one
value gets every count of it that the whole paper gives, and the misplaced-count findings do
not depend on which rules read the paper first. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.counts_misplaced import _PaperCounts, _source_counts, misplaced_counts
from plainsum.ingest import parse

REVIEW = parse(
    """Stretching for spasticity in MS: a systematic review

Methods: We searched five databases and found 1,210 records; after screening, 42 full texts
were read and 9 studies were included.

Results: Nine trials with 512 people were included. Two trials (one with 40 people, one with
two arms of 18) tested daily stretching. One small study found less stiffness.

Conclusions: Two of the nine studies were at low risk of bias."""
)

TRIAL = parse(
    """Balance classes after a relapse: a randomised trial

Methods: We randomised 96 adults with MS, 48 to balance classes and 48 to usual care, for 12
weeks.

Results: Falls fell from 2.5 to 1.1 per person; 7 of 48 in the class group and 15 of 48 in
usual care fell at least once. Two people left the study.

Conclusions: Balance classes may reduce falls."""
)


@pytest.mark.parametrize("source", [REVIEW, TRIAL], ids=["review", "trial"])
def test_a_value_is_found_wherever_the_paper_counts_it(source):
    every = [c for _, cs in _source_counts(source) for c in cs]
    values = {c.value for c in every} | {"3", "1000", "12.5"}
    for value in values:
        held = [c for _, cs in _PaperCounts(source).holding(value) for c in cs]
        assert [c for c in held if c.value == value] == [c for c in every if c.value == value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The review included 42 studies with 512 people.",
        "Nine trials with 1,210 people were included.",
        "The trial included 48 adults with MS.",
        "Of 96 people, 7 fell at least once in the class group.",
        "Two trials tested daily stretching in 40 people.",
    ],
)
@pytest.mark.parametrize("source", [REVIEW, TRIAL], ids=["review", "trial"])
def test_findings_do_not_depend_on_what_was_read_before(source, sentence):
    _source_counts.cache_clear()
    misplaced_counts.cache_clear()
    cold = misplaced_counts(sentence, source)
    _source_counts(source)  # the paper's counts all read first, as the eager check did
    misplaced_counts.cache_clear()
    assert misplaced_counts(sentence, source) == cold
