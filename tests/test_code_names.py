"""A drug or compound named by its development code is said with what it is ("the drug
XR-17"), so a reader knows what the code names and the gate does not fail it as an unexplained
abbreviation (its repair had cut a trial's main result with the sentence). Every abstract and
sentence is written for these tests (plain/code_names.py)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.checks.abbreviations import unexplained_abbreviations
from plainsum.plain.code_names import code_kinds, with_code_kinds
from plainsum.settings import Settings


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Adults took the oral agent QT-41 or placebo.", {"QT-41": "drug"}),
        ("Patients received QT-41 20 mg daily for a year.", {"QT-41": "drug"}),
        ("Cells were treated with the channel blocker ZK-3.", {"ZK-3": "drug"}),
        ("The lead compound BRX-220 was made in the lab.", {"BRX-220": "compound"}),
        ("The monoclonal antibody LMB-07 was given monthly.", {"LMB-07": "antibody"}),
        # a protein or a gene is said as one
        ("The SC protein SYKP3 binds DNA.", {"SYKP3": "protein"}),
        ("Carriers of the gene TRX-2 variant were followed.", {"TRX-2": "gene"}),
        # a code the paper gives a thing it found
        (
            "We found a new protein, which we name PfQK7, at the tip of the parasite.",
            {"PfQK7": "protein"},
        ),
        ("The gene that we have called ZeBR2 was switched off.", {"ZeBR2": "gene"}),
        # a code named as nothing is left alone
        ("Relapses were counted with the EDSS-2 form.", {}),
        ("We name this score MSX2 and test it in a clinic.", {}),
    ],
)
def test_code_kinds_reads_what_the_paper_says_a_code_is(text, kinds):
    assert code_kinds(text) == kinds


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("QT-41 lowered relapse rates.", "The drug QT-41 lowered relapse rates."),
        (
            "Relapses fell more with QT-41 than with placebo.",
            "Relapses fell more with the drug QT-41 than with placebo.",
        ),
        # said already, or a modifier after an article: left as it is
        ("The oral agent QT-41 was safe.", "The oral agent QT-41 was safe."),
        ("The QT-41 group had more headaches.", "The QT-41 group had more headaches."),
        ("A drug called QT-41 was tested.", "A drug called QT-41 was tested."),
    ],
)
def test_each_use_of_a_code_says_what_it_is(sentence, said):
    expand = with_code_kinds(lambda text: text, {"QT-41": "drug"})
    assert expand(sentence) == said


def test_a_paper_with_no_such_code_keeps_its_writer():
    def writer(text: str) -> str:
        return text

    assert with_code_kinds(writer, {}) is writer


def test_the_gate_takes_the_drug_named_by_its_kind_as_explained():
    assert unexplained_abbreviations("The drug QT-41 lowered relapse rates.") == []
    assert unexplained_abbreviations("QT-41 lowered relapse rates.") == ["QT-41"]


TRIAL = (
    "Background: No treatment repairs myelin in MS. The oral agent QT-41 helped myelin grow "
    "back in mice.\n\n"
    "Methods: Adults with relapsing MS were randomly assigned to QT-41 20 mg daily or placebo "
    "for 24 weeks. The primary outcome was the change in nerve signal speed in the eye.\n\n"
    "Results: Of 80 adults screened, 60 were randomised. At week 24, nerve signals sped up by "
    "a mean of 3.0 ms with QT-41 versus 0.5 ms with placebo. Vision did not differ between "
    "groups. Side effects were more common with QT-41.\n\n"
    "Conclusions: QT-41 sped up nerve signals in the eye but did not improve vision."
)


def test_a_trial_of_a_coded_drug_keeps_its_main_result():
    summary = draft(TRIAL, Settings(backend="offline")).summary
    body = summary.what_the_study_did
    assert "3.0 ms" in body
    assert "the drug QT-41" in body or "The drug QT-41" in summary.headline


def test_a_code_after_a_word_that_describes_it_is_left_as_it_is():
    expand = with_code_kinds(lambda text: text, {"SYKP3": "protein", "QT-41": "drug"})
    assert expand("Human SYKP3 forms a rod.") == "Human SYKP3 forms a rod."
    assert expand("Adults received QT-41 daily.") == "Adults received the drug QT-41 daily."


def test_a_code_after_a_relative_word_or_a_verb_is_said_with_what_it_is():
    expand = with_code_kinds(lambda text: text, {"SYKP3": "protein"})
    assert (
        expand("A model in which SYKP3 binds DNA.")
        == "A model in which the protein SYKP3 binds DNA."
    )
    assert expand("Ends bind DNA, enabling SYKP3 to link sites.") == (
        "Ends bind DNA, enabling the protein SYKP3 to link sites."
    )
    assert expand("Purified SYKP3 formed rods.") == "Purified SYKP3 formed rods."


def test_a_code_the_sentence_explains_right_after_is_left_as_it_is():
    expand = with_code_kinds(lambda text: text, {"QT-41": "compound"})
    said = "The researchers tested whether QT-41, a compound that blocks a receptor, helped."
    assert expand(said) == said
    assert expand("QT-41 (an oral drug) was safe.") == "QT-41 (an oral drug) was safe."
