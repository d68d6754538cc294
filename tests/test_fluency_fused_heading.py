"""The fluency check's fused_heading rule: a comparison subheading run straight into the
sentence under it is a broken sentence; a sentence that compares with a verb of its own, or a
heading with a stop after it, is not (sentences written for these tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def _rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vitamin D compared with a dummy treatment for adults with low levels Vitamin D, was "
        "linked with fewer relapses.",
        "Comparison 4: walking training versus usual care More people kept walking at a year.",
        "Comparison 2: cooling vests versus no vest (one study, 40 people) There was no clear "
        "change in fatigue.",
        "Yoga versus stretching for people with relapsing MS Yoga may reduce tiredness a little.",
        "Zinc versus no supplement for children in day care There were fewer colds with zinc.",
        "Acupuncture compared to sham needling in chronic neck pain The trials found fewer days "
        "off work.",
        "Group therapy vs waiting list Most people felt less low after eight weeks.",
        "Early surgery versus delayed surgery in older adults No study reported pain at a year.",
        "Early surgery versus delayed surgery after a broken hip No study reported pain.",
        "Comparison 1: text reminders versus usual care Adherence rose with reminders.",
        "Fingolimod versus interferon beta in children with MS Fingolimod lowered the relapse "
        "rate.",
    ],
)
def test_a_heading_fused_into_a_sentence_is_caught(sentence: str) -> None:
    assert "fused_heading" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with a dummy treatment, vitamin D was linked with fewer relapses.",
        "Walking training versus usual care: more people kept walking at a year.",
        "Yoga versus stretching.",
        "Aspirin versus placebo reduced strokes in The Netherlands and in Belgium.",
        "People who took zinc had fewer colds than those who took no supplement.",
        "Drug A compared with drug B lowered the relapse rate, and The trial ran for two years.",
        "Compared with usual care, text reminders helped people take their tablets.",
        "The review compared early surgery with delayed surgery in 12 trials.",
        "Fingolimod versus interferon beta was tested in 215 children with MS.",
        "Comparison 3 showed that group therapy helped more than waiting.",
        "Exercise compared to rest improved walking in New Zealand and in Canada.",
        "Bed nets halved malaria in young children compared to no nets in Kenya.",
        "Other options tried included cold packs, a vibrating pen versus a device called Buzzer "
        "One, and music.",
    ],
)
def test_a_whole_sentence_that_compares_passes(sentence: str) -> None:
    assert "fused_heading" not in _rules(sentence)


# A subheading with no comparison in it, run into the sentence under it at an opening that only
# starts a sentence ("A single trial", "Two trials", "In three studies").
@pytest.mark.parametrize(
    "sentence",
    [
        "Fluoroquinolones replaced isoniazid in standard plans A single trial gave "
        "moxifloxacin instead.",
        "Exercise for adults with MS A small study found that walking improved a little.",
        "Vitamin D dose in children Two trials compared high and low doses.",
        "Long-term outcomes after surgery A total of 300 people had less pain.",
        "Effects on sleep in older people One small study found people slept longer.",
        "Safety of the vaccine in pregnancy A systematic review found no serious harms.",
        "Cooling vests for heat sensitivity Three trials suggest people walked further.",
        "Cost of home care for stroke A further trial did not report costs.",
        "Adults treated for depression in primary care A further trial found no benefit.",
        "Fatigue in the first year after diagnosis In three trials fatigue eased.",
    ],
)
def test_a_subheading_run_into_its_sentence_is_caught(sentence):
    assert "fused_heading" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "People with hepatitis A were given the vaccine.",
        "Botulinum toxin A injections eased muscle stiffness.",
        "Those in group A had fewer relapses.",
        "The results were published in The Lancet in 2019.",
        "Vitamin A levels were lower in people with MS.",
        "Plan A was to stop the drug slowly.",
        "A trial called A Single Step found people walked further.",
        "People with type A personality had higher blood pressure.",
        "The trial used immunoglobulin A as a marker of gut health.",
        "Vitamin A deficiency affected about a third of the children.",
        # a heading a human writer keeps before its paragraph is left to the editor
        "Key results We found two small trials.",
    ],
)
def test_a_capital_that_belongs_where_it_stands_passes(sentence):
    assert "fused_heading" not in _rules(sentence)
