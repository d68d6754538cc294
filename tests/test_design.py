"""Study design and MS detection on short texts written for these tests."""

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

CASES = [
    (
        "We grew human nerve cells in culture and exposed them to a virus in vitro. Infected "
        "cells made more of one protein. The cell lines were checked with western blots.",
        StudyDesign.LAB,
    ),
    (
        "We induced experimental autoimmune encephalomyelitis in mice and gave them a new drug. "
        "Treated mice had less paralysis than untreated mice. The mouse spinal cords had fewer "
        "damaged areas.",
        StudyDesign.ANIMAL,
    ),
    (
        "Mice were fed cuprizone for five weeks to remove myelin. Cells from the mouse brains "
        "were then grown in culture. Myelin came back faster in mice that got the drug.",
        StudyDesign.ANIMAL,
    ),
    (
        "In this population-based cohort study, we followed adults for ten years. Smokers were "
        "more likely to develop the disease, and the association held after adjustment. Data "
        "came from a national registry.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "We randomised adults to the new drug or placebo in a double-blind trial. After one "
        "year, fewer people in the drug group had a relapse. Side effects were mild in both "
        "groups.",
        StudyDesign.TRIAL,
    ),
    (
        "Adults with knee pain were randomly assigned to needling, sham needling or a waiting "
        "list. Pain fell most with real needling. Follow-up lasted four weeks.",
        StudyDesign.TRIAL,
    ),
    (
        "We searched MEDLINE and Embase for randomised trials and included twelve studies in "
        "this systematic review. A meta-analysis of the pooled results showed a small benefit. "
        "The evidence was of low certainty.",
        StudyDesign.REVIEW,
    ),
    (
        "We report a case of a 34-year-old woman who developed sudden loss of vision. Scans "
        "showed inflammation of the eye nerve. She improved after treatment with steroids.",
        StudyDesign.CASE_REPORT,
    ),
    (
        "This essay reflects on how language shapes the way people talk about illness and how "
        "writers can choose kinder words when they describe long-lasting conditions.",
        StudyDesign.UNKNOWN,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1].value for c in CASES])
def test_design_table(text, expected):
    assert detect_design(parse(text)).design == expected


def test_review_of_trials_is_a_review_not_a_trial():
    text = (
        "Objectives: To assess drugs for fatigue. Search methods: We searched CENTRAL and MEDLINE. "
        "Selection criteria: Randomised placebo-controlled trials. Main results: We included "
        "eight randomised trials with 600 participants; the double-blind trials were small."
    )
    assert detect_design(parse(text)).design == StudyDesign.REVIEW


# Review abstracts that have only their results: no search, no "systematic review", but the
# paper counts the studies it took in or reports them one by one.
_RESULTS_ONLY_REVIEWS = [
    "Four randomised trials with 310 adults in all were included. Three of the four trials found "
    "that the spray eased a blocked nose more than a placebo did. The second crossover trial "
    "found no change in sleep with the spray. The spray may help a blocked nose in adults.",
    "Two RCTs compared a gel with a dummy gel in 90 people, and one cohort study followed 40 "
    "people who used the gel. All studies had flaws. The cohort study found no harms.",
    "We included one randomised trial of 120 women that tested a new pill against a placebo. "
    "Pain fell more with the pill (12 studies, 900 women in the wider search gave no data).",
    # a pooled analysis of published trials, named by no review word
    "Methods: We did a systematic literature search for randomized controlled trials of five "
    "drugs for migraine. We pooled data from included clinical trials in one model that "
    "compared the drugs with placebo. Results: In all, 52 publications were included in the "
    "analysis. All five drugs worked better than placebo.",
]


@pytest.mark.parametrize("text", _RESULTS_ONLY_REVIEWS)
def test_results_of_a_review_read_as_a_review(text):
    """A review is not called a trial or a cohort study because it reports trials or cohorts."""
    assert detect_design(parse(text)).design == StudyDesign.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "We randomised 200 adults to the spray or a placebo in a double-blind trial. Patients "
        "were included if they had a blocked nose for a month. The spray eased the blocked nose.",
        "In this cohort study we followed 500 adults for five years. Participants were included "
        "if they had no heart disease. Those who walked more had fewer heart attacks.",
    ],
)
def test_a_single_study_that_includes_people_is_not_a_review(text):
    """'Patients were included' is how a trial or cohort takes people in, not a review's cue."""
    assert detect_design(parse(text)).design != StudyDesign.REVIEW


def test_ms_population_makes_a_paper_about_ms():
    text = (
        "Background: Tiredness is common in MS and hard to treat.\nMethods: We followed 200 "
        "people with multiple sclerosis for two years in a cohort study.\nResults: Tiredness "
        "rose with heat."
    )
    info = detect_design(parse(text))
    assert info.about_ms and info.mentions_ms


def test_ms_mentioned_only_in_passing_is_not_about_ms():
    text = (
        "Background: Herpes viruses infect most people. Some think they may play a part in "
        "multiple sclerosis (MS).\nMethods: We infected cultured human skin cells with the "
        "virus.\nResults: Infected cells made more of one protein.\nConclusions: The virus uses "
        "this protein to grow. Its role in MS is unknown."
    )
    info = detect_design(parse(text))
    assert info.design == StudyDesign.LAB
    assert info.mentions_ms and not info.about_ms


def test_paper_without_ms_does_not_mention_it():
    text = (
        "We grew liver cells in culture in vitro and added a sugar. The cells stored more fat "
        "than cells without the sugar. The cell lines came from one donor."
    )
    info = detect_design(parse(text))
    assert not info.mentions_ms and not info.about_ms


_CUE_TEXTS = [
    "we randomly assigned 120 adults to the drug or a placebo in a double-blind trial.",
    "a systematic review and meta-analysis of cohort studies; we searched medline and embase.",
    "mice with experimental autoimmune encephalomyelitis were treated in vitro and in vivo.",
    "a 34-year-old woman presented with optic neuritis (case report).",
    "cross-sectional survey of 300 people; sensitivity and specificity of the new test.",
    "",
]


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_cue_counts_are_those_of_the_pattern_itself(text: str) -> None:
    """The quick 'absent' answer (prefilter strings) never changes a cue's count."""
    from plainsum.design import _COMPILED
    from plainsum.design_cue import Cue as _Cue

    for cues in _COMPILED.values():
        for cue, _ in cues:
            plain = _Cue(cue.pattern)
            plain._ready, plain._needs = True, None  # no prefilter: the pattern alone
            for limit in (1, 3):
                assert cue.count(text, limit) == plain.count(text, limit), cue.pattern


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_cue_set_counts_are_each_cues_own(text: str) -> None:
    """Counting all cues together (CueSet) gives each cue's own count, at every limit."""
    from plainsum.design import _ALL_CUES

    for limit in (1, 3):
        assert _ALL_CUES.counts(text, limit) == [c.count(text, limit) for c in _ALL_CUES.cues]


# Abstracts without headings that say what they are only in their own words.
_HEADINGLESS = [
    (
        "We encountered an elderly female patient who had lost feeling in both feet after a "
        "long course of an antibiotic. Her nerve tests were abnormal. She recovered slowly "
        "over six months once the drug was stopped.",
        StudyDesign.CASE_REPORT,
    ),
    (
        "Hernias of this kind are rare. We discuss the case of a 52 year old man who came in "
        "with pain in his side. The hernia was repaired and he went home the next day.",
        StudyDesign.CASE_REPORT,
    ),
    (
        "Case presentation: A 61-year old farmer had a fever and a rash for two weeks. Blood "
        "tests found a rare infection. He recovered with treatment.",
        StudyDesign.CASE_REPORT,
    ),
    (
        "Tremor has many causes and can be hard to live with. This article reviews past "
        "literature on how tremor is diagnosed and treated, from drugs to surgery, and what "
        "is still unclear.",
        StudyDesign.NARRATIVE_REVIEW,
    ),
    (
        "Dry skin is common in older people. In this article, we will review the creams that "
        "are used to treat it and the advice nurses can give.",
        StudyDesign.NARRATIVE_REVIEW,
    ),
    (
        "Purpose of review: Low blood salt is common in people who stay in hospital. Recent "
        "findings: new treatments are safer than older ones, and care teams now correct it "
        "more slowly.",
        StudyDesign.NARRATIVE_REVIEW,
    ),
    (
        "We co-expressed a broken form of the receptor with the working form. The broken form "
        "was tagged by the working one in response to its signal, and this phosphorylation "
        "needed the working form's enzyme.",
        StudyDesign.LAB,
    ),
    (
        "We estimated the prevalence of low vitamin levels among 12,000 adults tested at one "
        "hospital. Low levels were found in one in ten of them.",
        StudyDesign.OBSERVATIONAL,
    ),
]


@pytest.mark.parametrize(("text", "expected"), _HEADINGLESS)
def test_designs_named_only_in_the_abstracts_own_words(text, expected):
    assert detect_design(parse(text)).design == expected


@pytest.mark.parametrize(
    "text",
    [
        # "we describe / present a ..." says what the paper offers, not a patient it met
        "Here, we describe an approach that sorts blood cells and measures their proteins. "
        "The approach found marks that set one kind of white cell apart.",
        "Shock is a failure of blood flow that can kill. We present a newly developed "
        "classification of the kinds of shock and what each of them means for treatment in "
        "the emergency room.",
    ],
)
def test_a_method_or_scheme_described_is_no_case_report(text):
    assert detect_design(parse(text)).design != StudyDesign.CASE_REPORT


@pytest.mark.parametrize(
    "text",
    [
        "Newborn screening by tandem mass spectrometry (MS/MS) finds rare diseases early. "
        "In 5000 babies, MS/MS found 12 cases. MS/MS results came back in two days.",
        "We measured the drug in blood with an LC-MS/MS method in forty adults after surgery. "
        "LC-MS showed high levels on the first day and low levels a week later. "
        "A MALDI-TOF MS check agreed.",
    ],
)
def test_mass_spectrometry_is_not_multiple_sclerosis(text: str) -> None:
    info = detect_design(parse(text))
    assert not info.about_ms and not info.mentions_ms


def test_ms_written_as_a_condition_still_counts() -> None:
    text = (
        "We followed 300 people with MS for two years after they started a new drug. "
        "Relapses in RRMS fell on the drug, and walking speed stayed the same in most people."
    )
    assert detect_design(parse(text)).about_ms


# A lab or animal paper that also pooled some trials on the side is a lab or animal paper; a
# review of animal studies, with its own searches and counted studies, stays a review.
_SIDE_REVIEWS = [
    (
        "Two new knockout mouse lines were used to show that the enzyme keeps nerve sheaths "
        "whole. Mice without the enzyme lost myelin in the spinal cord. In rats fed a high-fat "
        "diet the same loss was seen. In performing a systematic review and meta-analysis of "
        "side effects of drugs that block the enzyme in patients, we found more nerve pain.",
        StudyDesign.ANIMAL,
    ),
    (
        "We grew human nerve cells in culture and blocked the enzyme in vitro. Blocked cells "
        "made less myelin protein. A meta-analysis of published trials of the enzyme blockers "
        "also linked them to nerve pain.",
        StudyDesign.LAB,
    ),
    (
        "We did a systematic review and meta-analysis of studies of the enzyme in mice and rats "
        "with EAE. We searched PubMed and Embase. Twelve studies were included. Mice given the "
        "blocker had milder disease.",
        StudyDesign.REVIEW,
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIDE_REVIEWS)
def test_a_side_review_does_not_make_a_bench_paper_a_review(text, expected):
    assert detect_design(parse(text)).design == expected


def test_a_review_named_in_the_title_stays_a_review():
    text = (
        "Enzyme blockers in animal models of MS: a systematic review and meta-analysis\n\n"
        "Animals with EAE given the blocker had milder disease. In mice the effect was "
        "larger in females, and animals given higher doses recovered more of their walking."
    )
    assert detect_design(parse(text)).design == StudyDesign.REVIEW


@pytest.mark.parametrize(
    ("text", "small"),
    [
        # a study of people whose design is not named is small by its count too
        (
            "Fourteen patients who had taken sleeping pills for years were tested before they "
            "switched to a new drug and two months after. Memory and speed got better in most "
            "of the patients, though attention did not.",
            True,
        ),
        (
            "Three hundred patients who had taken sleeping pills for years were tested before "
            "they switched to a new drug and two months after. Memory and speed got better in "
            "most of the patients, though attention did not.",
            False,
        ),
    ],
)
def test_small_study_of_people_of_unknown_design(text: str, small: bool) -> None:
    design = detect_design(parse(text))
    assert design.design == StudyDesign.UNKNOWN
    assert design.small_study is small


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic described, no study reported: an overview
        (
            "Leg cramps are sudden, painful tightenings of a muscle. They are common in older "
            "adults and often come at night. Most cramps have no clear cause. Stretching the "
            "muscle usually eases a cramp within minutes. Some medicines make cramps more likely.",
            StudyDesign.NARRATIVE_REVIEW,
        ),
        # present tense, but a study of its own ("we")
        (
            "Leg cramps are sudden, painful tightenings of a muscle. Here we show that a salt "
            "drink eases them. Cramps are common in older adults. Stretching helps too. Some "
            "medicines make cramps more likely.",
            StudyDesign.UNKNOWN,
        ),
        # no "we", but results reported in the past tense: not an overview
        (
            "Salt drinks reduced night cramps compared with water. Cramps were shorter with "
            "salt drinks. Side effects were mild and did not differ. Sleep improved in both "
            "groups.",
            StudyDesign.UNKNOWN,
        ),
    ],
)
def test_an_overview_of_a_topic_is_a_narrative_review(text: str, expected: StudyDesign) -> None:
    assert detect_design(parse(text)).design == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model on a computer: no bench work, so no "done in the lab"
        (
            "We explore a framework to model how yeast cells sense their own growth. The "
            "mathematical model shows that phosphorylation of two proteins can act as a switch. "
            "Our simulations show the switch is robust to noise in the signal.",
            StudyDesign.UNKNOWN,
        ),
        # a model beside work at the bench stays lab work
        (
            "We explore a framework to model how yeast cells sense their own growth. Cells were "
            "grown in culture and phosphorylation of two proteins was measured by western blot. "
            "The mathematical model fits the measured switch.",
            StudyDesign.LAB,
        ),
    ],
)
def test_a_model_alone_is_no_lab_work(text: str, expected: StudyDesign) -> None:
    assert detect_design(parse(text)).design == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mice are last paper's, and the animal models are still to come: a cell study
        (
            "Previously, we reported that a nasal probiotic protected mice against flu. Here, we "
            "assessed two strains in human airway lining cells (Calu-3 cells). Both strains "
            "raised the resistance of Calu-3 cells to the virus. Further in vivo experiments in "
            "animal models are necessary before any use in people.",
            StudyDesign.LAB,
        ),
        (
            "We have previously shown that the drug calms microglia in vitro. Here, mice fed the "
            "drug for 6 weeks had fewer damaged nerve fibres than mice fed a normal diet.",
            StudyDesign.ANIMAL,
        ),
        (
            "Our previous study found lower vitamin D levels in rats with nerve damage. Here we "
            "tested the vitamin in A549 cells grown with and without the toxin; cells were "
            "counted after 48 hours.",
            StudyDesign.LAB,
        ),
        # human cells named with a hyphenated word are the lab cells of this paper
        (
            "We recently reported that a related virus raised the number of aged cells in "
            "infected mice. Here, we show that the virus makes human non-dividing cells age and "
            "raises the signals of human aged cells through a receptor; blocking the receptor "
            "stopped it in human non-senescent cells.",
            StudyDesign.LAB,
        ),
        # CD4 cells counted in people's blood are no cell line
        (
            "In this randomised placebo-controlled trial, 120 adults with HIV were randomly "
            "assigned to zinc or placebo for six months. CD4 cells rose more in the zinc group "
            "than in the placebo group.",
            StudyDesign.TRIAL,
        ),
    ],
)
def test_earlier_and_future_work_is_not_the_papers_design(text, expected):
    assert detect_design(parse(text)).design == expected


# Papers that set out a study still to be run, in several wordings (written for these tests):
# none of them reports a result, so none is a trial, review or cohort that "found" anything.
_PROTOCOLS = [
    "Purpose: We describe the protocol of a randomised trial of a walking programme in adults "
    "with MS. Methods: The trial will enrol 120 adults at four centres. Participants will be "
    "randomly assigned to the programme or to usual care for six months. The primary outcome "
    "will be walking speed. Results are expected in 2028.",
    "Rationale and design of a placebo-controlled trial of an antiviral drug in progressive MS. "
    "We will recruit 300 people with progressive MS. They will be randomly allocated to the "
    "drug or placebo, double-blind, for two years. Disability and brain shrinkage will be "
    "measured every six months.",
    "This paper outlines the study protocol for a cohort of children with a first episode of "
    "demyelination. The study will include 500 children from 20 hospitals, who will be followed "
    "for five years with yearly MRI and blood tests. Results will be published in open-access "
    "journals.",
    "We present the protocol of a systematic review of diet and fatigue. We will search MEDLINE, "
    "Embase and CENTRAL for randomised trials. Two authors will independently assess risk of "
    "bias, and the certainty of evidence will be rated with GRADE.",
]

# Papers with results that use the same future words (written for these tests): not protocols.
_NOT_PROTOCOLS = [
    "Adults with MS were randomly assigned to a walking programme or usual care. Walking speed "
    "improved more with the programme (difference 0.12 m/s, 95% CI 0.05 to 0.19). Results will "
    "be presented to patient groups, and a larger trial will test whether the benefit lasts.",
    "We followed 800 people with MS for ten years. Smokers reached a walking aid sooner than "
    "non-smokers (hazard ratio 1.5). Results are expected to inform advice on stopping smoking, "
    "and the cohort will enrol new members each year.",
]


@pytest.mark.parametrize("text", _PROTOCOLS)
def test_a_study_still_to_be_run_is_a_protocol(text: str) -> None:
    assert detect_design(parse(text)).design == StudyDesign.PROTOCOL


@pytest.mark.parametrize("text", _NOT_PROTOCOLS)
def test_results_with_future_words_are_no_protocol(text: str) -> None:
    assert detect_design(parse(text)).design != StudyDesign.PROTOCOL
