"""Count scope (plainsum.checks.count_scope): a count of studies said of the whole review where
the paper gives it for a part. Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.count_scope import subset_review_counts
from plainsum.ingest import parse

SMOKING = parse(
    """Help to stop smoking for young people

Objectives: To assess ways of helping young people stop smoking.
Main results: We included 67 trials with over 110,000 participants. Most trials took place in \
schools. Four trials in people aged under 20 were eligible for meta-analysis; pooled, these \
studies suggested a modest effect of group counselling. Twelve trials tested nicotine \
replacement and most found no clear benefit.
Authors' conclusions: There is little evidence that any approach helps young people stop smoking.
"""
)
SLEEP = parse(
    """Melatonin for sleep problems in adults with neurological disease

Main results: We included 18 randomised controlled trials (1250 participants). Nine trials \
(610 participants) compared melatonin with placebo and contributed data to the main analysis. \
In total, six studies reported side effects.
Authors' conclusions: Melatonin may slightly improve sleep, but the evidence is of low certainty.
"""
)
UPDATE = parse(
    """Antibiotic locks for long-term central lines

Main results: For this update we added two new RCTs with 400 participants. The earlier version \
of the review included 11 RCTs with 840 participants. In total this review now includes 13 RCTs \
with 1240 participants.
Authors' conclusions: Antibiotic locks may reduce line infections.
"""
)
FOUND = parse(
    """Memantine for agitation in dementia

Main results: Nine trials involving a total of 2210 participants were found and eight were \
included in the quantitative analyses. Four trials involving 1480 participants were included in \
analyses of agitation outcomes, and five trials involving 1320 participants were included in \
analyses of side effects. Memantine made little difference to agitation.
Authors' conclusions: Memantine probably does not reduce agitation in dementia.
"""
)
KINDS = parse(
    """Exercise for fatigue in multiple sclerosis

Main results: We included 14 studies (12 randomised trials and two cohort studies) with 900 \
people with MS. Exercise reduced fatigue a little at the end of treatment.
Authors' conclusions: Exercise may reduce fatigue in people with MS.
"""
)


@pytest.mark.parametrize(
    "source, sentence",
    [
        (SMOKING, "The review included four trials."),
        (SMOKING, "The review included four trials with 900 people."),
        (SMOKING, "Four trials were included."),
        (SMOKING, "A review of four trials found a small effect of group counselling."),
        (SMOKING, "The review authors looked at twelve trials."),
        (SLEEP, "The review included nine trials with 610 people."),
        (SLEEP, "This review is based on nine randomised trials."),
        (UPDATE, "The review included 11 trials with 840 people."),
        # the paper counts its trials only as found; four is one analysis's count
        (FOUND, "The review included four trials with 1480 people."),
        (FOUND, "Five trials were included."),
    ],
)
def test_a_part_count_given_as_the_review_count_is_flagged(source, sentence):
    assert subset_review_counts(sentence, source)


@pytest.mark.parametrize(
    "source, sentence",
    [
        (SMOKING, "The review included 67 trials with over 110,000 people."),
        (SMOKING, "Four of the trials, those in young people, could be pooled."),
        (SMOKING, "The review looked at four trials in people under 20."),
        (SMOKING, "Twelve trials tested nicotine patches or gum."),
        (SMOKING, "The review included four new trials."),  # a part named as one
        (SLEEP, "Nine trials compared melatonin with a dummy pill."),
        (SLEEP, "The review included 18 trials with 1250 people."),
        (SLEEP, "Six studies reported side effects."),
        (UPDATE, "The review now includes 13 trials with 1240 people."),
        (UPDATE, "This update added two new trials."),
        # a count by kind in brackets: 12 randomised trials is a true count of its kind
        (KINDS, "The review included 12 randomised trials."),
        (KINDS, "The review included 14 studies with 900 people."),
        (FOUND, "The review included nine trials with 2210 people."),
        (FOUND, "Four trials looked at agitation."),
    ],
)
def test_the_whole_count_or_a_part_said_as_a_part_passes(source, sentence):
    assert not subset_review_counts(sentence, source)


def test_the_finding_names_the_whole_and_the_part():
    ((number, said, theirs),) = subset_review_counts("The review included four trials.", SMOKING)
    assert number == "four" and said == "four trials"
    assert theirs.startswith("67 trials included") and "eligible for meta-analysis" in theirs


def test_a_found_whole_is_named_as_found():
    ((_number, said, theirs),) = subset_review_counts("Four trials were included.", FOUND)
    assert said == "Four trials" and theirs.startswith("9 trials found; Four counts part")


def test_the_papers_counts_are_read_once_for_every_summary_sentence():
    """A repair gates several drafts of one paper: the paper's counts of studies are read once,
    and every sentence is answered from them as before."""
    from plainsum.checks import count_scope

    paper = parse(SMOKING.full_text + " Funding was public.")  # nothing read for it yet
    before = count_scope._paper_counts.cache_info()
    first = subset_review_counts("The review included four trials.", paper)
    second = subset_review_counts("Twelve trials were included.", paper)
    after = count_scope._paper_counts.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    assert first == subset_review_counts("The review included four trials.", SMOKING)
    assert second and second[0][0] == "Twelve"
    included, mentions, _found, _analysed = count_scope._paper_counts(paper)
    with pytest.raises(TypeError):
        included["trial"] = 1  # type: ignore[index]  # shared between calls: read-only
    assert included["trial"] == 67
