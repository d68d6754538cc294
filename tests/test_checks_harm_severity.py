"""Harm turned round, in words that state no direction: a summary that calls a treatment
safe or says nobody had (serious) side effects where the paper reports serious harm or poor
tolerance, or calls the side effects serious where the paper says they were mild. Hedged,
denied or compared harms, and papers that also say there were none, pass. Sentences written
for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction
from plainsum.checks.harm_severity import harm_contradiction

TURNED = [
    (
        "The drug was safe, with few side effects.",
        ["The drug caused serious adverse events in a third of patients and was poorly tolerated."],
        "safe",
    ),
    (
        "The injections were well tolerated.",
        ["Serious adverse events occurred in 12 patients in the injection group."],
        "safe",
    ),
    (
        "Nobody had serious side effects.",
        ["Two participants had severe allergic reactions that needed hospital care."],
        "safe",
    ),
    (
        "There were no side effects.",
        ["Mild headaches and nausea were the most common adverse effects."],
        "safe",
    ),
    (
        "The treatment seemed safe.",
        ["The treatment was not safe: three patients developed liver failure."],
        "safe",
    ),
    (
        "Side effects were mostly severe.",
        ["The adverse events most commonly reported were mild and transient, such as itching."],
        "serious",
    ),
    (
        "Skin reactions to the cream were mostly severe.",
        ["Skin reactions were mild and short-lived in all cases."],
        "serious",
    ),
    # harm as a rule, or the treatment unsafe, where the paper calls it safe
    (
        "The capsule eased pain but harmed most people who took it.",
        ["The capsule eased pain and was safe for most patients over six months."],
        "serious",
    ),
    (
        "The gel was poorly tolerated.",
        ["The gel was well tolerated by children and adults alike."],
        "serious",
    ),
]

KEPT = [
    ("The drug was safe.", ["No serious adverse events were reported; mild nausea was common."]),
    (
        "Side effects were mild, such as itching.",
        ["The adverse events most commonly reported were mild and transient, such as itching."],
    ),
    (
        "There were no serious side effects.",
        ["Serious adverse events did not differ between the groups."],
    ),
    ("The drug may be safe.", ["Serious adverse events occurred in 12 patients."]),
    (
        "Some people had serious side effects.",
        ["Serious adverse events occurred in 12 patients; most others were mild."],
    ),
    ("The drug was not safe.", ["Serious adverse events occurred in 12 patients."]),
    ("The capsule was not harmful.", ["The capsule was safe for most patients."]),
    (
        "The capsule harmed most people who took it.",
        ["The capsule seemed safe, but four patients had serious adverse events."],
    ),
    ("There were no side effects.", ["No adverse events were reported."]),
    (
        "Side effects were similar with the drug and placebo.",
        ["Serious adverse events occurred in 12 patients."],
    ),
    ("The drug was well tolerated.", ["Adverse events were mild; nobody stopped the drug."]),
    # some serious harm is no rule that harms were serious
    (
        "The cream caused serious skin reactions in two people.",
        ["Most skin reactions were mild and short-lived."],
    ),
    # studies that did not report harms say nothing of whether there were any
    (
        "None of the studies reported side effects.",
        ["The included studies did not report on adverse events or hospital stays."],
    ),
    # another treatment's harm, or another way of giving it
    (
        "No side effects were seen with penicillin.",
        ["Adverse events were reported with azithromycin (nausea in 10 of 30)."],
    ),
    (
        "Narrowing blood flow with an arm cuff seemed safe.",
        ["Serious adverse events occurred in four patients whose artery was clamped in surgery."],
    ),
]


@pytest.mark.parametrize("summary,source,says", TURNED)
def test_harm_turned_round_is_a_contradiction(summary: str, source: list[str], says: str) -> None:
    assert harm_contradiction(summary, source) == (says, source[0])
    assert contradiction(summary, source) == (says, source[0])


@pytest.mark.parametrize("summary,source", KEPT)
def test_harm_said_as_the_paper_says_passes(summary: str, source: list[str]) -> None:
    assert harm_contradiction(summary, source) is None
