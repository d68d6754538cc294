"""Terms a lay summary explains by the kind it names them as, by a dash, or through the short
form it gives them (issue 8). Found on the human lay summaries of ../shared/data, where these
forms were read as unexplained jargon; web addresses were read as words. Sentences written for
these tests."""

import pytest

from plainsum.checks.jargon import unexplained_terms


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the short form, explained by the next sentence
        "The main treatment was electroconvulsive therapy (ECT). ECT involves passing a small "
        "electric current through the head while the person sleeps.",
        "Some had what is now called myalgic encephalomyelitis (ME). ME is an illness with deep "
        "tiredness, poor sleep and pain.",
        # a plural kind that opens the list the term stands in
        "Careful methods such as venography or sonography were not used in every trial.",
        "The charity funds work on rare diseases including lymphangioleiomyomatosis.",
        # the last item of a kind's list may open with a word of its own
        "Some homes tried physical methods such as mattress encasings against the mites.",
        # the short form between the term and what explains it
        "Doctors now measure glycated haemoglobin (A1c), a blood protein with sugar stuck to it.",
        "The gene makes the NaCl cotransporter (NCC) (a protein that takes salt back into the "
        "blood).",
        # one of a kind it is said to belong to
        "The device is now used for tendinopathy and other joint and muscle conditions.",
        # the kind it describes and what that kind does
        "Antithrombotic drugs can stop clots from forming.",
        # a dash that sets off plain words
        "Some volunteers had hyperhidrosis - heavy sweating that does not stop.",
        # a web address is no word
        "A short version for families is at https://www.examplecharity.org/summaries.",
    ],
)
def test_a_term_said_what_it_is_is_explained(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        # a short form the next sentence only uses, not explains
        (
            "People given haemofiltration (HF) did better. HF was given for four weeks.",
            "haemofiltration",
        ),
        # a plural kind with no list opened: "disorders of pregnancy, ..." lists outcomes
        (
            "The trials did not report high blood pressure disorders of pregnancy, caesarean "
            "birth or perineal trauma.",
            "perineal",
        ),
        # "and other" with no kind after it says nothing of what the term is
        ("Blood counts fell, with neutropenia and other side effects in some.", "neutropenia"),
        # the kind it describes, with nothing said of what it does
        ("Antithrombotic drugs can be risky for older people.", "Antithrombotic"),
        # a dash that goes on with a clause explains nothing
        ("There was more neutropenia - which is common with this drug.", "neutropenia"),
    ],
)
def test_a_term_not_said_what_it_is_stays_unexplained(text, term):
    assert term in flagged(text)
