"""True numbers said another way are no invented numbers (issue 8): "nearly 700 people" for
687, "about 1 in 3" for 31.6%, "three months" for 12 weeks. A number rounded too far, on the
wrong side of its word, a wrong rate or a wrong time still fails, and so does a rounded
number of another kind of thing. A paper and sentences written for these tests."""

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

PAPER = parse(
    """Twelve weeks of cycling for fatigue in multiple sclerosis: a randomised trial

Methods: We randomised 687 adults with MS to cycling (n = 345) or a waiting list (n = 342)
for 12 weeks. Fatigue was measured at baseline, 26 weeks and 24 months.

Results: Fatigue improved in 31.6% of the cycling group and 14.8% of the waiting-list group.
Adverse events occurred in 21 of 345 participants. Mean session length was 45 minutes, and
the mean dose of the study vitamin was 1,480 units a day.

Conclusions: Cycling reduced fatigue in adults with MS."""
)

SAID_ANOTHER_WAY = [
    "The trial lasted three months.",
    "The trial lasted 3 months.",
    "Tiredness was checked again after six months and after two years.",
    "Tiredness was checked again after about half a year and after 2 years.",
    "Nearly 700 people with MS took part.",
    "About 700 people with MS took part.",
    "Almost 700 adults with MS were split into two groups.",
    "About 30% of those who cycled felt less tired.",
    "About 1 in 3 of those who cycled felt less tired.",
    "Roughly one in three people who cycled felt less tired, compared with about one in "
    "seven on the waiting list.",
    "About 6 in 100 people had side effects.",
    "Side effects hit about 6 out of every 100 people who cycled.",
    "Over 1,400 units of the vitamin were taken each day.",
    "Around 350 people cycled and around 340 waited.",
    "Sessions were about 45 minutes long, and the trial ran for three months.",
    "Tiredness was measured again after half a year and after 104 weeks.",
    "Close to 700 people with MS joined the trial.",
    "Roughly 15% of the people on the waiting list felt less tired.",
    "People on the waiting list improved too: about one in seven of them.",
]
STILL_INVENTED = [
    ("The trial lasted four months.", "4"),
    ("About 800 people took part.", "800"),  # a sixth away
    ("Over 700 people with MS took part.", "700"),  # 687 is not over 700
    ("Nearly 680 people with MS took part.", "680"),  # 687 is not nearly 680
    ("About 1 in 2 of those who cycled felt less tired.", "2"),
    ("About 1 in 4 of those who cycled felt less tired.", "4"),
    ("Tiredness was checked again after seven months.", "7"),
    ("About 700 mg of the vitamin was taken.", "700"),  # 687 counts people, not doses
    ("About 50 minutes a session.", "50"),
    ("The trial lasted 11 weeks.", "11"),
]


def _with(what: str) -> PlainSummary:
    return PlainSummary(
        headline="Cycling eased tiredness in people with MS",
        what_the_study_did=what,
        why_it_matters="Tiredness is common in MS. Ask your doctor what it means for you.",
        limitations="This was one trial, so the result needs checking in others.",
    )


def _invented(sentence: str) -> list[str]:
    return [
        f.message.split()[2]
        for f in check_faithfulness(PAPER, _with(sentence))
        if f.message.startswith("The number")
    ]


@pytest.mark.parametrize("sentence", SAID_ANOTHER_WAY)
def test_a_number_said_another_way_is_not_invented(sentence):
    assert _invented(sentence) == []


@pytest.mark.parametrize("sentence,number", STILL_INVENTED)
def test_a_wrong_number_said_so_still_is(sentence, number):
    assert number in _invented(sentence)


RATIOS = parse(
    """Home exercise for falls in multiple sclerosis: a systematic review

Results: Eleven trials with 1,210 participants were included. Exercise reduced the number of
people who fell (risk ratio (RR) 0.68, 95% CI 0.52 to 0.89) and raised the number who kept
walking on their own (RR 1.24, 95% CI 1.05 to 1.46). A fall-risk checklist had a summary
sensitivity of 0.81 (95% CI 0.72 to 0.88) and a specificity of 0.64 (P = 0.03).

Conclusions: Exercise may prevent falls in people with MS."""
)


def _body(sentence: str) -> PlainSummary:
    return PlainSummary(
        headline="Home exercise may prevent falls in MS",
        what_the_study_did=sentence,
        why_it_matters="Falls are common in MS.",
        limitations="The trials were small.",
    )


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # a proportion said as a percentage, with its interval
        ("The checklist picked out 81% (72% to 88%) of those who went on to fall.", []),
        ("It correctly cleared 64% of those who did not fall.", []),
        # a ratio said as the change it means, in its own direction
        ("Exercise cut the number of people who fell by 32%.", []),
        ("Exercise made people 32% less likely to fall.", []),
        ("Exercise raised the number still walking on their own by 24%.", []),
        ("People who exercised were 24% more likely to keep walking on their own.", []),
        # the change in the wrong direction is no reading of the ratio
        ("Exercise raised the number of people who fell by 32%.", ["32"]),
        ("Exercise cut the number still walking on their own by 24%.", ["24"]),
        # a ratio is no proportion, and a P value is no share
        ("Exercise helped 68% of people.", ["68"]),
        ("Only 3% of people fell.", ["3"]),
    ],
)
def test_proportions_and_ratios_said_in_percent(sentence, numbers):
    findings = check_faithfulness(RATIOS, _body(sentence))
    flagged = [f.message.split()[2] for f in findings if f.section == "what_the_study_did"]
    assert flagged == numbers
