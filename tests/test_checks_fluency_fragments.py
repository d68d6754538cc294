"""Broken sentences of two shapes that cuts and copies leave: a result written as a fragment
with no verb (verbless_result) and two main clauses fused with nothing between them (run_on).
Sentences written for these tests, modelled on results sections of many kinds of paper."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Extrapyramidal unwanted events lower for those assigned to thioridazine.",
        "Pain scores lower with acupuncture than with sham needles at six weeks.",
        "Walking speed comparable between the two groups at one year.",
        "Depression scores lower among participants allocated to the online course.",
        "Pain intensity lower at six weeks for those allocated to massage.",
        "Sedation more frequent in people treated with clozapine than with risperidone.",
        "Survival longer in children treated with the new regimen.",
        "Fatigue severity lower in participants given the exercise programme.",
        "Dizziness more common in adults treated with the higher dose.",
        "Headache frequency lower in those assigned to the daily tablet.",
    ],
)
def test_a_result_written_as_a_fragment_is_broken(sentence: str) -> None:
    assert "verbless_result" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no word that looks like a verb: the no_verb rule's, not read again
        "Mortality higher among patients given high-dose steroids.",
        "Blood pressure similar in both groups after six months.",
    ],
)
def test_a_fragment_with_no_verb_look_is_no_verbs_alone(sentence: str) -> None:
    assert rules(sentence) & {"no_verb", "verbless_result"} == {"no_verb"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain scores were lower with acupuncture than with sham needles.",
        "People who took the drug had lower blood pressure than those on placebo.",
        "Relapses were similar in both groups.",
        "Walking speed stayed similar between the two groups.",
        "Patients treated with the drug felt better after six weeks.",
        "Side effects seemed more common with the higher dose.",
        "Most participants rated the app better than the leaflet.",
        "Those assigned to exercise reported less fatigue at one year.",
        "Quality of life improved more with the app than with usual care.",
        "Scores rose higher in the treated group.",
        "Blood pressure went lower with the drug over the year.",
        "Children given the vaccine got sick less often than others.",
        # an amount, not a comparison; a verb whose stem the verb list lacks
        "More than half of the trials evaluated a single dose.",
        "Fewer than 100 people took part in most of the studies.",
    ],
)
def test_a_whole_sentence_with_a_comparison_is_not_a_fragment(sentence: str) -> None:
    assert "verbless_result" not in rules(sentence)
    assert "no_verb" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No deaths or serious harms occurred no other outcomes were reported.",
        "No serious harms were reported (low-certainty evidence) no other outcomes were measured.",
        "The drug was well tolerated there were no serious side effects.",
        "Two trials were included they were both small.",
        "Side effects were recorded most were mild.",
        "Three deaths occurred all were in the placebo group.",
        "Falls were measured the rates were the same in both groups.",
        "Blood tests were done no changes were seen.",
        "Relapses were counted these were fewer with the drug.",
    ],
)
def test_two_clauses_fused_with_nothing_between_them_are_broken(sentence: str) -> None:
    assert "run_on" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No deaths occurred, and no other outcomes were reported.",
        "No deaths occurred; no other outcomes were reported.",
        "The drug was well tolerated and there were no serious side effects.",
        "It was found there were fewer falls with exercise.",
        "Side effects were recorded the same way in both groups.",
        "People were given the drug or a dummy pill for a year.",
        "Two trials were included in the review, and both were small.",
        "Deaths occurred in both groups but were rare.",
        "The trial found there were fewer relapses with the drug.",
        "Most side effects were seen in the first week, when doses were highest.",
        "Outcomes were assessed the next day.",
        "The results were reported the way the protocol said they would be.",
        # an opening clause whose comma the writer left out
        "Because only one trial was found it is hard to be sure of the result.",
        "Since only one small study was included we cannot say whether it works.",
    ],
)
def test_whole_sentences_are_not_run_ons(sentence: str) -> None:
    assert "run_on" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relapse rates higher in the group given the drug.",
        "Mean pain scores lower with acupuncture than with sham needles.",
        "Heart rates similar between the two groups at one year.",
        "Fatigue scores better with exercise than with rest.",
        "Relapse rates lower among adults given the monthly infusion.",
        "Mean anxiety scores higher for those assigned to the waiting list.",
        "Cholesterol levels similar in both groups after a year.",
        "Average walking times shorter with the new brace.",
    ],
)
def test_a_result_that_opens_on_nouns_that_look_like_verbs_is_a_fragment(sentence: str) -> None:
    assert "verbless_result" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug keeps rates lower in older adults.",
        "Relapse rates were higher in the group given the drug.",
        "Relapse rates fell lower in the group given the drug.",
        "Pain scores dropped lower with acupuncture.",
        "Heart rates stayed similar between the two groups.",
        "People who relapse score lower on memory tests.",
        "Mean scores improved more with the drug than with placebo.",
        "Children's reading scores rose higher than expected.",
        "Patients with higher scores lower their doses less often.",
    ],
)
def test_a_measure_with_its_own_verb_is_whole(sentence: str) -> None:
    assert "verbless_result" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "An inflammatory phenotype defined by fever and raised C-reactive protein.",
        "Adults aged 18 to 65 years diagnosed with relapsing MS in the past five years.",
        "Children admitted to hospital with a first seizure and treated with steroids.",
        "A cohort of 300 women followed for ten years after giving birth.",
        "Patients with chronic pain treated in primary care clinics across Spain.",
        "Two hundred mice fed a high-fat diet for twelve weeks.",
        "People living with MS in rural areas of Canada.",
        "Adults receiving dialysis three times a week for at least a year.",
        "Healthy volunteers exposed to cold air for ten minutes.",
        "6,421 people with MS treated at 40 clinics between 2015 and 2022.",
    ],
)
def test_a_noun_and_its_participle_phrase_with_no_verb_is_a_fragment(sentence):
    assert "participle_fragment" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Women treated with the cream had less pain.",
        "Data collected from 40 clinics showed the same pattern.",
        "People given the drug walked faster than those given a dummy pill.",
        "Children admitted to hospital recovered within a week.",
        "Researchers treated 40 people with the cream.",
        "The team followed 300 women for ten years.",
        "Mice fed a high-fat diet gained more weight.",
        "Patients diagnosed with MS before age 18 relapse more often.",
        "Results based on these trials suggest a small benefit.",
        "Those assigned to exercise slept better.",
        "The drug lowered the relapse rate defined by new symptoms lasting a day.",
        "Adults aged 65 and over fell less often.",
        "People living with MS often feel tired.",
        "A woman aged 34 presented with weakness in both legs.",
        "Cells taken from patients made more of the protein.",
        "People aged 50 or older in the trial benefited most.",
        "Babies born before 32 weeks need extra care.",
        "Symptoms improved in people treated with the higher dose.",
        "The study enrolled 120 adults with MS and fatigue.",
        "Most people taking the drug for a year reported no side effects.",
        "Scans of people living with MS show more damage in the spinal cord.",
        "People referred to the clinic waited about six weeks.",
    ],
)
def test_a_participle_phrase_in_a_whole_sentence_passes(sentence):
    assert "participle_fragment" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "For women undergoing IVF, we included ten trials.",
        "In adults living with MS, they found lower vitamin D levels.",
        "The improvement in pain matched with better movement of the finger.",
    ],
)
def test_a_participle_phrase_before_the_main_clause_passes(sentence):
    assert "participle_fragment" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the comparisons included between one and three trials.",
        "The trials recruited between 20 and 200 people each.",
        "The clinics treated over 1,000 people with the drug.",
        "A total of 900 older women enrolled in the survey.",
    ],
)
def test_a_verb_whose_object_opens_on_an_amount_passes(sentence):
    assert "participle_fragment" not in rules(sentence)
