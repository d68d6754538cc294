"""A true total is no invented number (issue 8): "687 people" where the paper gives only its
groups, 345 and 342, or states the total in another sentence than the one the summary draws
on. A wrong total, a total of other things, or a number of other units still fails. Papers and
sentences written for these tests."""

import pytest

from plainsum.checks.faithfulness import check_faithfulness
from plainsum.checks.group_totals import group_total
from plainsum.checks.number_moved import moved_numbers
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

KNEE = parse(
    """Same-day physiotherapy after knee replacement: a randomised trial

Methods: Patients having a first total knee replacement at two hospitals were randomly
assigned to physiotherapy on the day of surgery (n = 345) or on the first day after surgery
(n = 342). The primary outcome was the length of hospital stay.

Results: The stay was shorter in the same-day group (mean 2.1 vs 2.6 days). Pain scores did
not differ between the groups at 6 weeks.

Conclusions: Same-day physiotherapy shortened the hospital stay without more pain."""
)
KNEE_TOTAL = parse(
    """Same-day physiotherapy after knee replacement: a randomised trial

Methods: A total of 687 patients having a first total knee replacement were enrolled at two
hospitals. Patients were randomly assigned to physiotherapy on the day of surgery (n = 345) or
on the first day after surgery (n = 342). The primary outcome was the length of hospital stay.

Results: The stay was shorter in the same-day group (mean 2.1 vs 2.6 days)."""
)
FATIGUE = parse(
    """Aerobic training for fatigue in multiple sclerosis

Methods: We randomised 64 adults with relapsing MS to cycling three times a week and 58 to a
waiting list for 12 weeks. Forty-one women and 19 men with progressive MS joined an open
extension study.

Results: Fatigue fell more with cycling than on the waiting list."""
)
MICE = parse(
    """A ketogenic diet in experimental autoimmune encephalomyelitis

Methods: EAE was induced in 24 mice fed a ketogenic diet and 22 mice fed a standard diet.
Spinal cords were examined after 30 days.

Results: Mice on the ketogenic diet had fewer lesions."""
)

TRUE_TOTALS = [
    (KNEE, "The study included 687 people having a knee replacement."),
    (KNEE, "In all, 687 people took part: 345 started physio on the day of surgery."),
    (KNEE, "Researchers split 687 people having knee surgery into two groups."),
    (KNEE, "The 687 people were split into two groups of 345 and 342."),
    (KNEE, "Of the 687 patients, 345 began exercises on the day of their operation."),
    (KNEE, "687 adults who had a new knee fitted took part in the trial."),
    (KNEE_TOTAL, "In all, 687 people took part: 345 started physio on the day of surgery."),
    (KNEE_TOTAL, "Researchers split 687 people having knee surgery into two groups."),
    (FATIGUE, "The trial included 122 adults with relapsing MS."),
    (FATIGUE, "Researchers put 122 people with MS into a cycling group or a waiting list."),
    (FATIGUE, "Of 122 people in the trial, 64 cycled three times a week."),
    (FATIGUE, "Sixty people with progressive MS joined a longer follow-on study."),
    (FATIGUE, "60 people with progressive MS then kept on cycling."),
    (MICE, "The researchers studied 46 mice with an illness like MS."),
    (MICE, "In total, 46 mice were given either a high-fat diet or normal food."),
    (MICE, "Of the 46 mice, 24 ate a ketogenic diet."),
]
WRONG = [
    (KNEE, "The study included 688 people having a knee replacement."),  # off by one
    (KNEE, "The study included 700 people having a knee replacement."),
    (KNEE, "The study lasted 687 days."),  # the total, but not of people
    (KNEE, "687 hospitals took part."),  # hospitals are not who was counted
    (FATIGUE, "The trial included 106 adults with relapsing MS."),  # 64 + 41 + ...
    (FATIGUE, "The trial included 183 adults with MS."),  # both sentences added together
    (MICE, "The researchers studied 48 mice."),
    (MICE, "The researchers studied 46 people with MS."),  # the mice's total said of people
]


def _with(what: str) -> PlainSummary:
    return PlainSummary(
        headline="Starting physio on the day of knee surgery shortened the stay",
        what_the_study_did=what,
        why_it_matters="This was not about MS. Ask your doctor what it means for you.",
        limitations="This was one trial, so the result needs checking in others.",
    )


def _invented(source, sentence):
    return [f.message for f in check_faithfulness(source, _with(sentence)) if "number" in f.message]


@pytest.mark.parametrize("source,sentence", TRUE_TOTALS)
def test_a_true_total_is_not_invented(source, sentence):
    assert _invented(source, sentence) == []
    assert moved_numbers(sentence, source) == []


@pytest.mark.parametrize("source,sentence", WRONG)
def test_a_wrong_total_or_a_total_of_other_things_is(source, sentence):
    assert _invented(source, sentence)


@pytest.mark.parametrize(
    "sentence,total",
    [
        ("Patients were assigned to A (n = 345) or B (n = 342).", "687"),
        ("We randomised 64 adults to cycling and 58 to a waiting list.", "122"),
        ("Forty-one women and 19 men joined.", "60"),  # no "two" from "forty-one"
        ("We included 80 patients: 42 women and 38 men.", None),  # the whole is stated
        ("In group A, 40 of 345 patients relapsed.", None),  # a part of a stated base
        ("Mice (n = 12 per group) were treated.", None),
        ("The 20 mice were followed for 30 days.", None),
        ("There were 345 patients in the drug group and 342 in the placebo group.", "687"),
        ("We studied 345 same-day and 342 next-day patients.", "687"),
        ("We enrolled 345 patients in group A and 342 in group B.", "687"),
        ("Doses of 10 and 20 mg were given to 30 patients.", None),  # mg, not a group
        ("Pain fell from 5 to 3 in 40 patients.", None),
        ("Of 120 patients, 60 were in the drug group.", None),  # the whole opens it
        ("We included 120 patients; 60 were in the drug group.", None),
    ],
)
def test_group_total(sentence, total):
    assert group_total(sentence) == total
