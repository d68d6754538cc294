"""A long sentence's trailing list of examples ("including ...", "such as ...") is dropped only
where it carries no claim of its own (plain/splits.py): a plain list of noun phrases. A list with
a verb, a clause, a result word, a count or a bracket of its own, a list that completes the word
before it, and a list of a study's flaws all stay, so that the sentence keeps every claim it
made."""

import re

import pytest

from plainsum.plain.splits import split_long

DROPS = [
    (
        "The review looked at programmes for adults who live with a long-term illness of the "
        "nerves or muscles, such as multiple sclerosis, stroke or motor neurone disease.",
        "The review looked at programmes for adults who live with a long-term illness of the "
        "nerves or muscles.",
    ),
    (
        "In this large trial, regular exercise over two years improved walking speed in many "
        "people with MS, such as those with a long history of fatigue, stiffness or pain.",
        "In this large trial, regular exercise over two years improved walking speed in many "
        "people with MS.",
    ),
    (
        "The review authors will look at many treatments for the movement problem seen in older "
        "adults, including changing the offending drug, non-drug-blocking aids and exercise.",
        "The review authors will look at many treatments for the movement problem seen in older "
        "adults.",
    ),
    (
        "The changes the team found in the blood point to a range of disease processes in MS, "
        "such as gliosis (a scar-like reaction of support cells in the brain) and loss of myelin.",
        "The changes the team found in the blood point to a range of disease processes in MS.",
    ),
    (
        "In this article the authors will go through the many treatments of the movement "
        "problem seen in older adults, including VMAT2 blockers, other medicines and non-drug "
        "approaches.",
        "In this article the authors will go through the many treatments of the movement "
        "problem seen in older adults.",
    ),
    (
        "We searched the main medical databases and the registers of ongoing trials up to June "
        "of this year, including the Cochrane Library, MEDLINE and Embase.",
        "We searched the main medical databases and the registers of ongoing trials up to June "
        "of this year.",
    ),
]

KEEPS = [
    # a second claim runs on after a comma: "and for cooling vests" is evidence too
    "There is low level evidence for home programmes such as walking given with other "
    "treatments, and for cooling vests worn during the hottest days of the summer months.",
    # an example that is a result of its own, with its statistics
    "The new device led to fewer problems at the site of the needle than the usual method, "
    "such as bruising (risk ratio 0.20, two trials).",
    # a count of a subset is a finding of its own
    "Here we describe seven families from three countries with new changes in the same gene "
    "that controls nerve growth, including one family with a change not seen in the parents.",
    # the list goes on to a clause of its own
    "Home exercise is one of several options for people with long-term stiffness in the legs, "
    "such as stretching and walking, offering the muscles a chance to rest between spasms.",
    "There is low level evidence for home programmes for people with MS, such as walking with "
    "a stick, and for cooling vests for better walking in hot weather.",
    # the list completes the word before it
    "Three trials were run in Norway, Sweden and the USA, and three trials were run at many "
    "sites, one including centres in Canada, India and Israel.",
    # the flaws of the studies are the claim
    "There were some sources of possible bias in the studies that the review included, "
    "including a lack of any description of the methods of blinding and small study groups.",
]


@pytest.mark.parametrize(("sentence", "shorter"), DROPS)
def test_a_plain_list_of_examples_after_no_result_is_dropped(sentence: str, shorter: str) -> None:
    assert split_long(sentence) == [shorter]


@pytest.mark.parametrize("sentence", KEEPS)
def test_a_list_that_carries_a_claim_is_never_dropped(sentence: str) -> None:
    kept = re.findall(r"\w+", " ".join(split_long(sentence)).lower())
    assert kept == re.findall(r"\w+", sentence.lower())
