"""A count of people whose noun a paper leaves out after naming the whole ("Of the 42 adults, 30
completed the trial") still counts people at a step of the study: a summary that gives the
whole for that step ("42 adults completed the trial"), or the part for another step, gives a
count to the wrong step. Sentences written for these tests, after the shapes of real trials."""

import pytest

from plainsum.checks.number_roles import other_step_numbers
from plainsum.ingest import parse

MS = parse(
    "Methods: We randomised 42 adults with MS to fampridine or placebo for 12 weeks. "
    "Results: Of the 42 adults, 30 completed the trial. Walking speed improved with fampridine."
)
ASTHMA = parse(
    "Methods: We enrolled 120 children with asthma in a school exercise programme. Results: Of "
    "these 120 children, 96 finished the programme. Fewer children missed school."
)
PREGNANCY = parse(
    "Methods: A total of 80 pregnant women were recruited from two clinics. Results: Of the "
    "80 women, 12 dropped out before birth. Back pain was lower with the belt."
)
OLDER = parse(
    "Methods: We included 64 older adults living at home in a balance class trial. Results: "
    "Of the 64 adults, 50 were analysed at one year. Falls were fewer with the classes."
)
SMOKERS = parse(
    "Methods: We recruited 150 smokers who wanted to quit into a text message trial. Results: "
    "Of the 150 smokers, 110 stayed in the study. More people quit with the messages."
)
STROKE = parse(
    "Methods: We enrolled 36 stroke patients in an arm training trial at home. Results: Of "
    "the 36 patients, 31 completed the training. Arm function improved over eight weeks."
)


@pytest.mark.parametrize(
    "source,summary,number",
    [
        (MS, "42 adults completed the trial.", "42"),
        (MS, "The trial randomly assigned 30 adults with MS.", "30"),
        (ASTHMA, "120 children finished the programme.", "120"),
        (PREGNANCY, "The study recruited 12 pregnant women.", "12"),
        (OLDER, "The study included 50 older adults.", "50"),
        (SMOKERS, "The study recruited 110 smokers.", "110"),
        (STROKE, "31 stroke patients were enrolled.", "31"),
        (STROKE, "36 patients completed the training.", "36"),
    ],
)
def test_a_count_given_to_another_step_than_the_papers_is_misattributed(
    source, summary: str, number: str
) -> None:
    assert [n for n, _, _ in other_step_numbers(summary, source)] == [number]


@pytest.mark.parametrize(
    "source,summary",
    [
        (MS, "30 adults completed the trial."),
        (MS, "The trial randomly assigned 42 adults with MS."),
        (ASTHMA, "96 children finished the programme."),
        (PREGNANCY, "12 women dropped out before giving birth."),
        (OLDER, "The study included 64 older adults."),
        (SMOKERS, "The study recruited 150 smokers."),
        (STROKE, "Of the 36 people who joined, 31 finished the training."),
        (STROKE, "36 stroke patients were enrolled."),
    ],
)
def test_a_count_given_to_its_own_step_passes(source, summary: str) -> None:
    assert other_step_numbers(summary, source) == []
