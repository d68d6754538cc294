"""Two fluency rules for what a copied sentence breaks (sentences written for these tests,
modelled on results and conclusions of many kinds of paper):

- run_on, linked: two clauses joined by a linking adverb with no stop or comma before it
  ("... than delayed implants on the other hand the look might be better");
- fused_heading on any common word: a comparison label run into a sentence whatever word the
  sentence opens on ("... versus standard suture Low-certainty evidence suggests ...")."""

from __future__ import annotations

import pytest

from plainsum.checks.fluency import sentence_problems


def rules(sentence: str) -> set[str]:
    return {p.rule for p in sentence_problems(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Immediate implants may fail more often than delayed implants on the other hand the look "
        "of the teeth might be better.",
        "The drug lowered blood pressure however it caused more dizziness.",
        "Few trials reported harms therefore the safety of the drug is uncertain.",
        "Walking speed improved with training moreover the benefit was still seen at one year.",
        "The trials were small nevertheless the results were consistent.",
        "Children in the zinc group had fewer colds in contrast there was no change in adults.",
        "Most people stopped the tablets early consequently the trial could not answer its "
        "question.",
        "Pain fell in both groups in addition the massage group slept better.",
        "Blood sugar fell with the new insulin as a result fewer people needed extra tablets.",
        "Infections were more common after surgery however this difference could be chance.",
    ],
)
def test_clauses_joined_by_a_bare_linking_adverb_are_a_run_on(sentence: str) -> None:
    assert "run_on" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Implants placed at once failed more often; on the other hand, they looked better.",
        "The drug was however linked with more dizziness.",
        "The results therefore need to be confirmed.",
        "Fewer trials reported harms, and therefore the safety of the drug is uncertain.",
        "It is therefore not clear whether the drug helps.",
        "The cream was applied twice daily in addition to the usual treatment.",
        "People who exercised however much they liked did better.",
        "The review, however, found that the trials were small.",
        "The trial was stopped early and therefore the results are uncertain.",
        "The people in the trial were older; as a result the findings may not apply to younger "
        "people.",
        "Both groups improved over time however.",
        "We could therefore not pool the results.",
        "The dose was lowered in contrast with the first trial.",
    ],
)
def test_a_linking_adverb_in_its_place_is_no_run_on(sentence: str) -> None:
    assert "run_on" not in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Modified compression suture versus standard compression suture Low-certainty evidence "
        "suggests that the modified suture may reduce bleeding.",
        "Home exercise versus supervised exercise after knee surgery Moderate-certainty evidence "
        "shows little difference in pain.",
        "Antibiotics compared with no antibiotics for sore throat Children given antibiotics got "
        "better a day sooner.",
        "Intravenous iron versus oral iron in pregnancy Evidence from four trials suggests less "
        "anaemia at birth.",
        "Nicotine patches vs nicotine gum Quitting rates were similar at six months.",
        "Morning dosing versus evening dosing of the tablet Blood pressure fell by the same "
        "amount.",
        "Massage versus usual care for babies born early Weight gain was a little faster with "
        "massage.",
        "Physiotherapy versus no physiotherapy after a stroke Walking improved a little more with "
        "physiotherapy.",
        "Pain relief compared with placebo at 12 weeks Pain scores fell a little more with the "
        "drug.",
    ],
)
def test_a_label_fused_into_a_sentence_on_any_common_word_is_caught(sentence: str) -> None:
    assert "fused_heading" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aspirin versus placebo in people with Crohn disease was tested in two small trials.",
        "Exercise compared with rest for people in New Zealand helped walking.",
        "Aspirin versus placebo for people at risk of Huntington disease was studied.",
        "Patches compared with tablets for Lynch syndrome were studied.",
        "Surgery versus waiting for adults who were Asian or African Americans was studied.",
        "Surgery versus splinting for people with Down syndrome.",
        "Antibiotics versus placebo in adults with Parkinson disease had few side effects.",
        "Compared with standard care, Low-dose aspirin did not change the number of strokes.",
        "The review compared surgery with splinting in Europe.",
    ],
)
def test_a_comparison_that_names_a_place_or_a_condition_is_no_fused_heading(
    sentence: str,
) -> None:
    assert "fused_heading" not in rules(sentence)
