"""Two numbers crossed between two groups, read by order: the paper names each group before its
number ("9 for tricyclics and 7 for SSRIs"), the summary after it ("9 needed a tricyclic"), so
the words after a number alone do not tell whose it is. Papers and sentences written for these
tests."""

import pytest

from plainsum.checks.number_findings import number_findings
from plainsum.checks.number_pairs import crossed_numbers, crossed_parts
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

REVIEW = parse(
    """Objectives: To compare two kinds of antidepressant against placebo in general practice.

Main results: Twelve trials were included. The number needed to treat was 8 for tricyclic \
antidepressants and 6 for SSRIs. In total, 1210 patients received an antidepressant and 845 \
received placebo. Of the 2055 patients, 116 were treated by the nurse-led service and 65 by the \
doctor-led service. Relapse was no less common on the drug than on placebo (120/4100 versus \
141/4050; odds ratio 0.85, 95% CI 0.66 to 1.09). In the dose study, the number in the \
intervention groups was 390 and in the placebo groups 212.

Authors' conclusions: Both kinds of antidepressant help depression in general practice."""
)


@pytest.mark.parametrize(
    "sentence, number",
    [
        (
            "About 6 people needed to take a tricyclic, and about 8 an SSRI, for one to improve.",
            "6",
        ),
        ("In all, 845 people took an antidepressant and 1210 took a dummy pill.", "845"),
        ("Of those, 116 were seen by the doctor-led service and 65 by the nurse-led one.", "116"),
        # the lay word for the treated arm: "medicine" for "intervention"
        ("In all, 212 people took the medicine and 390 a dummy pill.", "212"),
    ],
)
def test_numbers_crossed_between_two_groups(sentence, number):
    assert [n for n, _, _ in crossed_numbers(sentence, REVIEW)] == [number]


@pytest.mark.parametrize(
    "sentence",
    [
        # the paper's pairing, in either order or either side
        "About 8 people needed to take a tricyclic, and about 6 an SSRI, for one to improve.",
        "For SSRIs the number was 6, and for tricyclics 8.",
        "In all, 1210 people took an antidepressant and 845 took a dummy pill.",
        "Of those, 65 were seen by the doctor-led service and 116 by the nurse-led one.",
        "In all, 390 people took the medicine and 212 a dummy pill.",
        # a count of studies and of people, a range, a total: no two groups
        "The 12 trials included 2055 patients.",
        "Twelve trials with 2055 patients compared antidepressants with placebo.",
    ],
)
def test_numbers_with_their_own_groups_pass(sentence):
    assert crossed_numbers(sentence, REVIEW) == []


def test_a_crossed_pair_is_a_numbers_error():
    link = EvidenceLink(
        section="what_the_study_did",
        index=0,
        text="In all, 845 people took an antidepressant and 1210 took a dummy pill.",
        kind="content",
        source_sentences=[],
    )
    messages = [f.message for f in number_findings(link, REVIEW) if f.check == "numbers"]
    assert any("traded places" in m and "845" in m for m in messages)


@pytest.mark.parametrize(
    "sentence, crossed",
    [
        (
            "Relapses came in 141 of 4100 people on the drug and 120 of 4050 on placebo.",
            ["120", "141"],
        ),
        ("Relapses came in 120 out of 4050 on the drug.", ["120"]),
        ("Relapses came in 120 of 4100 people on the drug and 141 of 4050 on placebo.", []),
        ("Relapses came in 120 people on the drug, of 4100 who took it.", []),
    ],
)
def test_a_part_joined_to_the_other_groups_whole(sentence, crossed):
    assert [part for part, _, _ in crossed_parts(sentence, REVIEW)] == crossed
