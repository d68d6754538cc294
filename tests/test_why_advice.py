"""Issue 9 (why it matters: the paper's own stated relevance): the authors' advice to doctors in
a conclusion ("Clinicians should be aware of this possible adverse reaction and discuss it with
patients") is what they say the finding means in the clinic. Its "should be" read it as a call for
more research, and why it matters held only the care-team pointer (the gate's substance error).
It is said as the authors' advice, never as advice to the reader (plain/why_advice.py). Sentences
and abstracts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.simplify import measured
from plainsum.plain.why_advice import advised_to_doctors, as_advice
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Clinicians should be aware of this possible side effect and discuss it with patients.",
            "The authors advise doctors to be aware of this possible side effect and discuss it "
            "with patients.",
        ),
        (
            "Neurologists should consider checking vitamin B12 in people with new numbness.",
            "The authors advise neurologists to consider checking vitamin B12 in people with new "
            "numbness.",
        ),
        (
            "Treating physicians should therefore ask about bladder symptoms at every visit.",
            "The authors advise doctors to ask about bladder symptoms at every visit.",
        ),
    ],
)
def test_advice_to_doctors_is_said_as_the_authors(text, said):
    assert as_advice(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # research they ask for, not the clinic's
        "Clinicians should take part in larger trials of this drug.",
        "Neurologists should be studied as a group in future research.",
        # advice to the reader's own people, or no one advised
        "Patients should stop the drug if their vision changes.",
        "The drug should be used with care in older adults.",
        "Clinicians were aware of the side effect in most cases.",
    ],
)
def test_other_sentences_are_no_advice_to_doctors(text):
    assert as_advice(text) is None


def test_advice_leaning_on_a_sentence_unread_is_not_said():
    advice = measured(
        "Clinicians should be aware of this possible side effect and discuss it with patients.",
        (7,),
        7,
    )
    advice = type(advice)(**{**advice.__dict__, "leans": True})
    assert advised_to_doctors([advice], set(), {3}) == []
    lines = advised_to_doctors([advice], set(), {6})
    assert [line.sources for line in lines] == [(7,)]
    assert advised_to_doctors([advice], {advice.text}, {6}) == []


REPORTS = """Vision loss after starting a new oral drug for relapsing MS: a case series

Background: Oral disease-modifying drugs are widely used in relapsing multiple sclerosis.
Methods: We reviewed the records of 3 neurology clinics from 2016 to 2024 for people with
relapsing multiple sclerosis who lost vision within six months of starting dalvonimod.
Results: We identified 17 people with sudden vision loss after starting dalvonimod. Most cases
began in the first two months, and vision recovered fully in 12 of the 17 people.
Conclusions: Sudden vision loss may be an uncommon side effect of dalvonimod in people with
multiple sclerosis. Clinicians should be aware of this possible side effect and discuss it with
patients before starting treatment.
"""

COHORT = """Blood levels of a nerve damage protein and relapses in relapsing MS: a cohort study

Background: Markers of nerve damage in the blood may help predict disease activity in multiple
sclerosis.
Methods: We followed 520 adults with relapsing multiple sclerosis for four years and measured a
nerve damage protein in the blood every six months.
Results: People with the highest levels of the protein had more relapses than those with the
lowest levels. The link held after taking age, sex and treatment into account.
Conclusions: Higher blood levels of the protein were linked with more relapses over four years.
Neurologists should consider measuring the protein when deciding how often to see people with
relapsing multiple sclerosis.
"""


@pytest.mark.parametrize(
    ("abstract", "advice"),
    [
        (REPORTS, "The authors advise doctors to be aware of this possible side effect"),
        (COHORT, "The authors advise neurologists to consider measuring the protein"),
    ],
)
def test_why_it_matters_keeps_the_authors_advice_to_doctors(abstract, advice):
    d = draft(parse(abstract), Settings(backend="offline"))
    why = d.summary.why_it_matters
    assert advice in why
    assert "Clinicians should" not in why and "Neurologists should" not in why
    assert not [f for f in d.findings if f.check == "substance" and f.severity == "error"]
