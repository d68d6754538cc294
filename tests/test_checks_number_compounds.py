"""A number the paper uses for a thing named by a compound noun ("300 nerve block procedures",
"58 fall incident reports") counts that thing, not people: a summary that gives it to people,
animals or studies misattributes it. Sentences written for these tests, after the shapes of
real abstracts from several fields."""

import pytest

from plainsum.checks.number_links import misattributed_numbers
from plainsum.ingest import parse as _parse

OPENING = "Background: Little is known about this question in routine practice, so we set out to "
OPENING += "describe it in one setting. "


def parse(text: str):
    return _parse(OPENING + text)


BLOCKS = parse(
    "Methods: In this cohort, 300 nerve block procedures were performed in 120 patients at "
    "one hospital. Results: Complications followed 12 procedures."
)
PRESSURE = parse(
    "Methods: We analysed 1450 blood pressure readings from 210 adults over a year. Results: "
    "Readings were higher in winter."
)
SCANS = parse(
    "Methods: Two raters scored 96 brain MRI scans from 48 people with MS. Results: Agreement "
    "was good."
)
KNEES = parse(
    "Methods: In total, 640 knee joint injections were given to 410 patients with arthritis. "
    "Results: Pain fell in most patients."
)
MICE = parse(
    "Methods: We counted 75 spinal cord lesions in 30 mice after the toxin. Results: Treated "
    "mice had smaller lesions."
)
LETTERS = parse(
    "Methods: We reviewed 212 hospital discharge letters for 150 patients. Results: Half of "
    "the letters named the new drug."
)
FALLS = parse(
    "Methods: Staff logged 58 fall incident reports among 40 residents over six months. "
    "Results: Most falls happened at night."
)
VISITS = parse(
    "Methods: Over five years, 880 emergency department visits were made by 300 children with "
    "asthma. Results: Visits fell after the program began."
)


@pytest.mark.parametrize(
    "source,summary,number",
    [
        (BLOCKS, "300 people had a nerve block.", "300"),
        (PRESSURE, "The study followed 1450 adults for a year.", "1450"),
        (SCANS, "96 people with MS had brain scans.", "96"),
        (KNEES, "640 patients had knee injections.", "640"),
        (MICE, "The team looked at 75 mice after the toxin.", "75"),
        (LETTERS, "The study included 212 patients.", "212"),
        (FALLS, "58 residents fell during the study.", "58"),
        (VISITS, "The study looked at 880 children with asthma.", "880"),
    ],
)
def test_a_count_of_a_compound_thing_given_to_people_is_misattributed(
    source, summary: str, number: str
) -> None:
    assert [n for n, _, _ in misattributed_numbers(summary, source)] == [number]


SETTINGS = parse(
    "Methods: Of 17 trials, six were in psychological therapy settings and 3 in primary care "
    "clinics. Results: With the drug there were 22 more kidney adverse events per 1000 "
    "people, and 4 cohort studies followed people for years."
)


@pytest.mark.parametrize(
    "source,summary",
    [
        # a share or a rate put in plain words counts no one the paper counts
        (SETTINGS, "One in six people has a common mental health problem."),
        (SETTINGS, "About 3 people in 10 stopped the drug because of side effects."),
        (SETTINGS, "There were 22 more people with kidney problems per 1000 people treated."),
        (SETTINGS, "The studies followed almost 4 million people."),
        (BLOCKS, "The study looked at 300 nerve blocks in 120 people."),
        (BLOCKS, "120 people had a nerve block."),
        (PRESSURE, "210 adults gave blood pressure readings."),
        (SCANS, "48 people with MS had brain scans."),
        (KNEES, "410 patients had knee injections."),
        (MICE, "Researchers counted lesions in 30 mice."),
        (LETTERS, "The study included 150 patients."),
        (FALLS, "40 residents took part."),
        (VISITS, "300 children made 880 visits to the emergency department."),
    ],
)
def test_a_count_given_to_what_the_paper_counts_with_it_passes(source, summary: str) -> None:
    assert misattributed_numbers(summary, source) == []
