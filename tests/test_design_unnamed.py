"""Designs the abstract never names (issue 8): what the authors did shows the kind of study.

Abstracts written for these tests in the style of real ones. Each names no design word
("cohort", "randomised", "in vitro", "systematic review"), yet a reader knows the design from
what was done: people with a condition set against healthy people, case notes looked back on,
a protein purified and its structure read, vaccinated monkeys, a handful of new cases reported,
GRADE's words on the studies a search found. Reviews the paper only cites are not its design.
"""

import pytest

from plainsum.design import detect_design
from plainsum.design_cited import without_cited_reviews
from plainsum.ingest import parse
from plainsum.schemas import StudyDesign

UNNAMED = [
    (
        "Gut bacteria may shape how migraine develops. Here, stool samples from 41 adults with "
        "migraine and 30 age- and sex-matched healthy controls were sequenced. Bacterial "
        "diversity did not differ, but two families of bacteria were more common in migraine.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "We reviewed the case notes of 64 patients treated for a broken wrist between 2010 and "
        "2018 to see how often the bone healed out of line. Twelve patients needed a second "
        "operation. Older age went with slower healing.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "Patients starting dialysis were included in a two-year prospective study of their "
        "thinking skills. Memory scores fell over the first year and then held steady. Lower "
        "blood pressure during sessions went with larger falls.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "How the repair protein RAD7 finds broken DNA is not known. We purified recombinant "
        "RAD7 protein and show that it forms a ring-shaped tetramer. Its N-terminal domain binds "
        "double-stranded DNA, and mutants lacking it cannot assemble on chromatin.",
        StudyDesign.LAB,
    ),
    (
        "Vaccines based on weakened simian viruses protect well, but how is unclear. We "
        "followed the T cell response in vaccinated animals for two years. Early responses "
        "targeted variable parts of the virus and later ones its stable parts.",
        StudyDesign.ANIMAL,
    ),
    (
        "Objectives: To report 3 additional cases of a rare muscle disease that improved on a "
        "high-fat diet. Results: All three children walked further after six months, and two "
        "had fewer attacks of weakness.",
        StudyDesign.CASE_REPORT,
    ),
    (
        "Introduction: Bystanders often give first aid for burns. Conclusions: The identified "
        "studies provide evidence of very low certainty, but cooling the burn with running "
        "water for twenty minutes seems safe and may help.",
        StudyDesign.REVIEW,
    ),
]

CITED = [
    # an overview that cites a meta-analysis: not a review of its own
    (
        "Eczema often starts in the first year of life. This review considers how diet, pets "
        "and washing habits may shape it. Meta-analyses of studies have shown that early peanut "
        "feeding lowers allergy. We propose that the skin barrier is the common thread.",
        StudyDesign.NARRATIVE_REVIEW,
    ),
    # a study of health registers that cites earlier meta-analyses for its question
    (
        "Since several recent meta-analyses report that higher doses of statins lower strokes "
        "further, we examined how statins are dosed in practice. Through linkage of national "
        "registers, we describe the doses of 40,215 adults starting a statin between 2008 and "
        "2017. Most started on a low dose and few were moved to a higher one.",
        StudyDesign.OBSERVATIONAL,
    ),
    # a review's own pooling stays the review's
    (
        "Two trials allocated newborns to a vitamin or no treatment. Both had unclear "
        "allocation and lost many infants. Meta-analysis of the two studies (96 infants) found "
        "no difference in deaths.",
        StudyDesign.REVIEW,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED, ids=["overview", "registers", "own"])
def test_a_review_the_paper_cites_is_not_its_design(text: str, expected: StudyDesign) -> None:
    assert detect_design(parse(text)).design == expected


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Meta-analyses of trials have shown a benefit.", True),
        ("Several recent meta-analyses report a dose effect.", True),
        ("According to recent meta-analyses, the dose matters.", True),
        ("A meta-analysis of studies demonstrates no effect.", True),
        ("Previous systematic reviews found little evidence.", True),
        ("A meta-analysis of the pooled results showed a small benefit.", False),
        ("This meta-analysis has shown a small benefit.", False),
        ("Our review found three trials.", False),
    ],
)
def test_which_reviews_are_cited(text: str, blanked: bool) -> None:
    out = without_cited_reviews(text)
    assert len(out) == len(text)
    assert (out != text) == blanked


def test_an_overview_with_a_topics_study_words_is_an_overview() -> None:
    text = (
        "Gout is a common form of arthritis caused by crystals of uric acid in the joints. Its "
        "prevalence has risen in many countries. Screening of people at risk is debated. "
        "Attacks are treated with anti-inflammatory drugs, and long-term care lowers uric acid. "
        "Diet and weight play a part, though their effects are modest."
    )
    assert detect_design(parse(text)).design == StudyDesign.NARRATIVE_REVIEW


WATCHED = [
    # counted people given a dose: too little to name a design
    (
        "The blood levels after a single 200-mg oral dose of the drug were studied in 24 "
        "healthy subjects aged 20 to 70 years. Clearance fell with age, and women cleared the "
        "drug a little faster than men.",
        StudyDesign.UNKNOWN,
    ),
    # a review that counts its trials in other words stays a review
    (
        "Seven random or quasi-random controlled trials reported on a total of 904 patients. "
        "Falls were not reduced, but higher quality studies showed fewer hip fractures.",
        StudyDesign.REVIEW,
    ),
    (
        "We included only one study, with 40 participants, that compared music with usual "
        "care before surgery. It found no clear difference in anxiety, and it did not report "
        "on pain or on how long people stayed in hospital.",
        StudyDesign.REVIEW,
    ),
]


@pytest.mark.parametrize(("text", "expected"), WATCHED, ids=["dosed", "rev", "one"])
def test_counted_people_and_reviews_that_count_otherwise(text: str, expected: StudyDesign) -> None:
    assert detect_design(parse(text)).design == expected


# A drug's safety watched through what is reported of it: no design word, yet a study that
# watches (its caveat: a link, not cause). A trial that names its safety outcome stays a trial.
REPORTED = [
    (
        "Little is known about the safety of natalizumab in pregnancy. We analysed pregnancies "
        "reported to the company's global safety database between 2008 and 2020 in women with "
        "MS. Of 2,310 pregnancies reported, 980 had known outcomes. Birth defects were reported "
        "in 12 infants. These data do not suggest a higher risk of birth defects.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "Reports of liver injury with a new migraine drug were collected by pharmacovigilance "
        "centres in three countries. Forty reports described raised liver enzymes; most "
        "resolved after the drug was stopped.",
        StudyDesign.OBSERVATIONAL,
    ),
    (
        "Adults with relapsing MS were randomised to drug A or placebo for two years in a "
        "double-blind trial. Serious safety events were as common in both groups. Relapses "
        "were fewer with drug A.",
        StudyDesign.TRIAL,
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_pregnancies_and_safety_databases_are_watched(text, expected) -> None:
    info = detect_design(parse(text))
    assert info.design == expected
    # the registry's size is its pregnancies, never the 12 infants of one outcome
    assert not info.small_study
