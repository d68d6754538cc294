"""Support by the claim: a result must be about something the paper measured (checks/measured.py),
and a plain gloss of the paper's term is found (checks/paraphrase.py). Papers and sentences
written for these tests."""

import pytest

from plainsum.checks.measured import outcome_share, population_not_named, unmeasured_outcome
from plainsum.checks.paraphrase import glossed, kind_word
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    """Aerobic training and cognition in multiple sclerosis: a randomised trial

Background: Cognitive impairment affects many people with multiple sclerosis.

Methods: We randomised 60 adults with relapsing-remitting multiple sclerosis to 12 weeks of
supervised aerobic training or to a waiting list. Cognitive processing speed was assessed with
the Symbol Digit Modalities Test, and participants completed a questionnaire on fatigue.

Results: Processing speed improved more after training than on the waiting list. Fatigue
scores fell in the training group. Serum levels of two tight junction proteins were
up-regulated after training.

Conclusions: Aerobic training improved cognitive processing speed and reduced fatigue in
adults with MS."""
)

LAB = parse(
    """A reversible DNA element controls toxin production in a gut pathogen

Methods: We sequenced the region upstream of the toxin operon in 20 isolates of the
pathogen and grew bacteria with the element locked in each orientation.

Results: The 200 bp invertible sequence switched between two orientations during growth.
Bacteria with the sequence in the first orientation secreted toxin; in the inverse
orientation toxin secretion decreased.

Conclusions: Inversion of the element turns toxin production on and off."""
)


@pytest.mark.parametrize(
    "source,sentence,outcome",
    [
        # an outcome the paper never names: unsupported, however much else it shares
        (TRIAL, "Aerobic training also improved mood in adults with MS.", "mood"),
        (TRIAL, "Training helped people sleep better.", "sleep"),
        (TRIAL, "People who trained also slept better.", "slept"),
        (TRIAL, "The training lowered their cholesterol.", "cholesterol"),
        (LAB, "Bacteria with the flipped piece of DNA caused more weight loss.", "weight loss"),
        # an outcome it names, in its words, their family or a plain gloss
        (TRIAL, "Training improved thinking speed.", None),
        (TRIAL, "Aerobic training reduced tiredness.", None),
        (TRIAL, "People who trained also thought faster.", None),
        (TRIAL, "Training raised two proteins that hold cells together.", None),
        (LAB, "Germs with the piece of DNA facing one way released more toxin.", None),
        # no result stated: a hedge, an aim, a denial, a general fact, a participle
        (TRIAL, "Training may improve mood in some people.", None),
        (TRIAL, "The researchers wanted to know whether training improved mood.", None),
        (TRIAL, "Training did not improve mood.", None),
        (TRIAL, "Regular exercise improves mood in many people.", None),
        (TRIAL, "Depression brings an increased risk of poor sleep.", None),
        (TRIAL, "Did training improve mood?", None),
    ],
)
def test_a_result_is_about_an_outcome_the_paper_measured(source, sentence, outcome):
    assert unmeasured_outcome(source, sentence) == outcome


@pytest.mark.parametrize(
    "sentence,who",
    [
        # people the paper never names: a result it cannot hold
        ("Children with asthma who trained slept better.", "Children with asthma"),
        (
            "People with Parkinson's disease improved more after training.",
            "People with Parkinson's disease",
        ),
        # people it names, in its words or a stand-in (MS for multiple sclerosis)
        ("People with MS who trained improved more than those on the waiting list.", None),
        ("Adults with relapsing MS had less fatigue after training.", None),
        # an acronym for a condition the paper writes out (RRMS: relapsing-remitting MS)
        ("People with RRMS who trained improved more.", None),
        # a condition the paper names only by its letters (MS), or no condition at all
        ("People with multiple sclerosis who trained improved more.", None),
        ("People with or without a waiting list improved more.", None),
        # not a group studied: what people were given
        ("The trainers provided people with bicycles, which improved their speed.", None),
        # no result stated in the past tense: a general fact, a hedge
        ("People with asthma often feel more tired.", None),
        ("Children with asthma may sleep better after training.", None),
    ],
)
def test_a_result_in_people_the_paper_never_names(sentence, who):
    assert population_not_named(TRIAL, sentence) == who


@pytest.mark.parametrize(
    "source,sentence,words",
    [
        (TRIAL, "Their thinking got quicker.", {"thinking"}),
        (
            TRIAL,
            "Two proteins that hold cells together went up.",
            {"proteins", "hold", "cells", "together"},
        ),
        (
            LAB,
            "A short piece of its DNA can flip back and forth.",
            {"piece", "dna", "flip", "back", "forth"},
        ),
        (LAB, "The germs made more toxin.", {"germs"}),
        # the gloss counts only where the paper has the term
        (TRIAL, "The germs made more toxin.", set()),
        (LAB, "Their thinking got quicker.", set()),
    ],
)
def test_plain_glosses_of_the_papers_terms(source, sentence, words):
    assert glossed(source, sentence) == words


@pytest.mark.parametrize(
    "word,kind",
    [("proteins", True), ("levels", True), ("enzyme", True), ("mood", False), ("sleep", False)],
)
def test_words_for_a_kind_of_thing(word, kind):
    assert kind_word(word) is kind


@pytest.mark.parametrize(
    "words,share",
    [(["mood"], 0.0), (["proteins"], 1.0), (["fatigue"], 1.0), (["tiredness"], 1.0)],
)
def test_outcome_share(words, share):
    assert outcome_share(TRIAL, "Training changed " + " ".join(words) + ".", words) == share


CLEAN = PlainSummary(
    headline="Aerobic training sped up thinking in people with MS",
    what_the_study_did=(
        "Researchers put 60 adults with MS into 12 weeks of aerobic training or onto a waiting "
        "list. Chance decided who went where. Thinking speed improved more after training."
    ),
    why_it_matters="Slow thinking is common in MS. Talk with your care team before you start.",
    limitations="This was one small trial. Larger trials are needed to be sure.",
)


def _support(summary: PlainSummary):
    design = detect_design(TRIAL)
    found = check_support(TRIAL, design, link_summary(TRIAL, summary, design))
    return [f for f in found if f.severity.value == "error"]


@pytest.mark.parametrize(
    "sentence,unsupported",
    [
        ("Aerobic training also improved mood.", True),
        ("People who trained also slept better.", True),
        ("Children with asthma who trained had fewer attacks.", True),
        # plain words for the paper's terms: supported
        ("Their blood held more of two proteins that hold cells together.", False),
        ("After training, people felt less tired.", False),
    ],
)
def test_support_reads_the_claim(sentence, unsupported):
    edited = CLEAN.what_the_study_did + " " + sentence
    found = _support(CLEAN.model_copy(update={"what_the_study_did": edited}))
    assert any(f.check == "support" and f.span == sentence for f in found) is unsupported, found


def test_a_condition_the_paper_names_only_by_its_letters():
    paper = parse(
        "We included 9 trials with 500 adults with CTS. Splinting at night eased symptoms "
        "more than no splinting after 8 weeks, and hand strength did not change in any trial."
    )
    assert population_not_named(paper, "Adults with carpal tunnel syndrome improved more.") is None
    assert population_not_named(paper, "Adults with tennis elbow improved more.") == (
        "Adults with tennis elbow"
    )


# A result said with a verb of feeling, of the owner of what changed, or with nothing after its
# verb (sentences written for these tests): the outcome is still read, and judged the same way.
@pytest.mark.parametrize(
    "sentence,outcome",
    [
        ("People who trained also felt less tired.", None),  # fatigue is measured
        ("Their mood lifted as well.", "mood"),
        ("Training lowered the risk of heart disease.", "heart disease"),
        ("Fatigue scores fell in the training group.", None),
        ("Side effects were more common with training.", None),
    ],
)
def test_outcome_of_a_feeling_an_owner_or_a_subject(sentence: str, outcome: str | None) -> None:
    assert unmeasured_outcome(TRIAL, sentence) == outcome


@pytest.mark.parametrize(
    "sentence,outcome",
    [
        ("The flipped element also raised the mice's blood pressure.", "blood pressure"),
        ("The host animals' blood pressure fell.", "blood pressure"),
        ("Mice given these bacteria felt less tired.", "tired"),
        ("Bacteria with the flipped element secreted less toxin.", None),
    ],
)
def test_an_outcome_the_lab_paper_never_names(sentence: str, outcome: str | None) -> None:
    assert unmeasured_outcome(LAB, sentence) == outcome
