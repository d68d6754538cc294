"""A number given as a length of time where the paper's number measures or counts something
else ("lasted 25 weeks" from a 25-foot walk). Papers and sentences written for these tests."""

import pytest

from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse

WALK = parse(
    """Balance training and falls in MS: a randomised trial

Methods: We randomly assigned 64 adults with MS to 12 weeks of balance training or to a
waiting list. Walking was timed over 25 feet, and falls were written in diaries for six months.

Results: The time to walk 25 feet fell by 1.8 seconds with training. Participants also took
40 mg of a vitamin supplement daily. Scores were checked again at week 30 of the study.

Conclusions: Balance training may help walking."""
)

DOSE = parse(
    """High-dose vitamin D in relapsing MS: a pilot trial

Methods: Adults with relapsing MS (mean age 38 years) took 14 000 IU of vitamin D or placebo
every day for 48 weeks. The trial ran from 3 May 2018. Fatigue was rated on a 21-point scale.

Results: In all, 90 people finished the trial and 21 people reported a relapse. Blood levels rose
by 48 points in the vitamin D group after 48 weeks.

Conclusions: Vitamin D was safe at this dose."""
)


@pytest.mark.parametrize(
    "source,sentence,number",
    [
        (WALK, "The training lasted 25 weeks.", "25"),
        (WALK, "People were followed for 25 months to see who fell.", "25"),
        (WALK, "Over 25 weeks, walking got a little faster.", "25"),
        (WALK, "The programme ran for 40 days.", "40"),
        (WALK, "Everyone was followed for 64 weeks.", "64"),
        (DOSE, "People took vitamin D for 90 days.", "90"),
        (DOSE, "Each person was watched for 21 months.", "21"),
    ],
)
def test_a_length_of_time_the_paper_never_has_is_flagged(source, sentence, number):
    assert number in [n for n, _, _ in misattributed_numbers(sentence, source)], sentence


@pytest.mark.parametrize(
    "source,sentence",
    [
        (WALK, "The training lasted 12 weeks."),
        (WALK, "People kept a diary of their falls for 6 months."),
        (WALK, "Walking over 25 feet got quicker, by under 2 seconds."),
        (WALK, "Scores were checked again 30 weeks into the study."),  # "at week 30"
        (WALK, "The 64 adults also took 40 mg of a supplement."),
        (DOSE, "People took vitamin D every day for 48 weeks."),  # 48 is also points
        (DOSE, "The people in the trial were about 38 years old on average."),
        (DOSE, "The trial began on 3 May 2018."),
        (DOSE, "Everyone in it was over 21 years of age."),  # an age a lay summary adds
        (WALK, "Each session took 12 to 25 minutes."),  # a range added from the full paper
        (WALK, "Sessions lasted 40 minutes or 60 minutes."),
    ],
)
def test_times_and_counts_where_the_paper_has_them_pass(source, sentence):
    assert misattributed_numbers(sentence, source) == [], sentence


def test_a_time_with_a_possessive_mark_is_a_time():
    # "52 weeks' follow-up": weeks, as "52 weeks of follow-up" (sentence written for this test)
    from plainsum.checks.counts import unit_of

    text = "Relapses did not differ at 52 weeks' follow-up or at 24 weeks of follow-up."
    at = text.index("52")
    assert unit_of(text, at + 2, at) == unit_of(text, text.index("24") + 2, text.index("24"))
    assert unit_of(text, at + 2, at) is not None
