"""Whether a paper is about MS (plainsum.about_ms): what its summary may say to people with MS."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse

_HEADED = (
    "Objective: To compare relapses after switching from {drug} to one of two other drugs.\n\n"
    "Methods: We reviewed the records of adults treated at {where} between 2015 and 2022.\n\n"
    "Results: Relapses within a year were fewer after switching to the first drug.\n\n"
    "Conclusion: The choice of the next drug matters after stopping {drug}."
)


@pytest.mark.parametrize(
    ("drug", "where"),
    [
        ("natalizumab", "three MS centres"),
        ("fingolimod", "two university MS clinics"),
        ("glatiramer acetate", "a regional MS service"),
        ("teriflunomide", "four hospitals, all with an MS nurse"),
        ("interferon beta", "a national MS database"),
    ],
)
def test_a_paper_on_an_ms_drug_at_ms_centres_is_about_ms(drug, where):
    source = parse(_HEADED.format(drug=drug, where=where))
    assert detect_design(source).about_ms


@pytest.mark.parametrize(
    "text",
    [
        # the same drug for another disease, MS named only as another use
        "Natalizumab is approved for MS and for Crohn's disease. We followed 120 adults with "
        "Crohn's disease who started natalizumab. Half were in remission at one year.",
        # MS in passing, no MS drug
        "Mass spectrometry is widely used in proteomics. We measured 400 proteins in the blood "
        "of 80 adults with asthma. Some proteins linked to MS were also raised.",
        # a drug for MS, but MS never named: nothing says the people had MS
        "Fingolimod was given to 30 kidney transplant recipients in an early trial of drugs "
        "that prevent rejection. Rejection rates at six months were similar to those seen in "
        "people given the standard drugs.",
    ],
)
def test_a_paper_that_names_ms_only_in_passing_is_not_about_ms(text):
    assert not detect_design(parse(text)).about_ms


def test_an_unheaded_abstract_on_an_ms_drug_that_names_ms_is_about_ms():
    text = (
        "People who stop natalizumab can have a return of disease activity. We followed 90 "
        "adults from one MS unit who switched to ocrelizumab. Few had relapses in the first "
        "year after the switch."
    )
    assert detect_design(parse(text)).about_ms


_REVIEW = (
    "Background: {background}\n\n"
    "Methods: We searched three databases for randomised trials of {what} in {where}.\n\n"
    "Results: We included 9 trials with 1,020 participants. {result}\n\n"
    "Authors' conclusions: {conclusion}"
)


@pytest.mark.parametrize(
    ("what", "where", "result", "conclusion"),
    [
        (
            "cooling garments for heat sensitivity",
            "MS",
            "Walking speed improved slightly with cooling.",
            "Cooling may help some people with MS who are sensitive to heat.",
        ),
        (
            "pelvic floor training for bladder symptoms",
            "multiple sclerosis",
            "Leaks were less frequent after training.",
            "Pelvic floor training probably reduces leaks.",
        ),
        (
            "amantadine for fatigue",
            "people with MS",
            "Fatigue scores did not clearly differ from placebo.",
            "The evidence does not show that amantadine helps.",
        ),
    ],
)
def test_a_review_of_a_treatment_for_a_symptom_in_ms_is_about_ms(what, where, result, conclusion):
    """The methods name what was studied "in MS": a review of it is about MS, however the
    background and conclusions word it (the draft must never say it did not look at MS)."""
    text = _REVIEW.format(
        background="Symptoms such as these are common and hard to treat.",
        what=what,
        where=where,
        result=result,
        conclusion=conclusion,
    )
    assert detect_design(parse(text)).about_ms


@pytest.mark.parametrize(
    "methods",
    [
        "Peptides were identified in MS runs of the digested samples.",
        "Proteins were quantified in MS/MS spectra after tryptic digestion.",
        "Lipids were detected in MS imaging of the tissue sections.",
        "Metabolites were measured in MS data from 40 plasma samples.",
    ],
)
def test_in_ms_meaning_mass_spectrometry_is_not_ms(methods):
    text = (
        "Background: Kidney stones are common.\n\n"
        f"Methods: {methods}\n\n"
        "Results: Three proteins were raised in people with kidney stones.\n\n"
        "Conclusions: These proteins may mark a higher risk of stones."
    )
    assert not detect_design(parse(text)).about_ms


@pytest.mark.parametrize(
    "methods",
    [
        "We followed 900 smokers with MS from a national register for a median of 6 years.",
        "Registry members with multiple sclerosis answered an online survey about sleep.",
        "We compared birth weights in 210 pregnancies with MS and 630 without.",
        "We measured blood vitamin D in 240 people with a first episode of MS-like symptoms.",
        # the members of an MS society surveyed: a survey of people with MS
        "We ran an online survey of members of a national MS society about their sleep.",
        "Members of two regional MS support groups answered a postal questionnaire on diet.",
    ],
)
def test_people_named_by_what_they_do_with_ms_are_studied(methods):
    """People said as smokers, members or pregnancies "with MS" are the people studied: a
    draft must never say the study did not look at MS."""
    text = (
        "Background: Little is known about this question.\n\n"
        f"Methods: {methods}\n\n"
        "Results: Disability scores rose more slowly in one group.\n\n"
        "Conclusions: The finding may help plan care."
    )
    assert detect_design(parse(text)).about_ms


@pytest.mark.parametrize(
    "methods",
    [
        "We followed 900 smokers from a national register, some of whom later developed asthma.",
        "Associations with MS were not tested; we measured lung function in 300 smokers.",
    ],
)
def test_smokers_without_ms_studied_are_not_about_ms(methods):
    text = (
        "Background: Smoking harms the lungs.\n\n"
        f"Methods: {methods}\n\n"
        "Results: Lung function fell faster in heavy smokers.\n\n"
        "Conclusions: Stopping smoking protects the lungs."
    )
    assert not detect_design(parse(text)).about_ms


@pytest.mark.parametrize(
    "methods",
    [
        "Pilot trial. Adults with MS and low mood were randomised to an app or a waiting list.",
        "Feasibility study. Women with multiple sclerosis who planned a pregnancy were followed.",
        "Participants with relapsing MS kept a sleep diary for two weeks.",
    ],
)
def test_people_with_ms_opening_a_sentence_are_studied(methods):
    """ "Adults with MS ..." opening a sentence names the people studied as "adults with MS"
    does inside one: a depression trial in people with MS was drafted as "This study was about
    depression. It did not look at MS"."""
    text = (
        "Background: Low mood is common and therapy is hard to reach.\n\n"
        f"Methods: {methods}\n\n"
        "Results: Most participants finished the programme.\n\n"
        "Conclusions: A larger trial is feasible."
    )
    assert detect_design(parse(text)).about_ms


_BACKGROUND_NAMES_MS = (
    "Background: {background}\n\n"
    "Methods: We followed {people} from three clinics for two years.\n\n"
    "Results: {result}\n\n"
    "Conclusions: {conclusion}"
)


@pytest.mark.parametrize(
    ("background", "people", "result", "conclusion"),
    [
        (
            "Women with MS have fewer relapses late in pregnancy and more after birth.",
            "610 mothers",
            "Relapses in the first six months after birth were fewer in mothers who breastfed.",
            "Breastfeeding was linked with fewer relapses after birth.",
        ),
        (
            "Many people with multiple sclerosis stop their first treatment within two years.",
            "1,204 adults who started a first treatment",
            "Those who stopped a disease-modifying drug early had more visits to hospital.",
            "Stopping early was common.",
        ),
    ],
)
def test_people_with_ms_named_in_the_background_and_their_relapses_measured_is_about_ms(
    background, people, result, conclusion
):
    source = parse(
        _BACKGROUND_NAMES_MS.format(
            background=background, people=people, result=result, conclusion=conclusion
        )
    )
    assert detect_design(source).about_ms


@pytest.mark.parametrize(
    ("background", "result"),
    [
        # MS only in passing; the relapses counted are of another disease, named
        (
            "Drugs that work in people with MS have been tried in Crohn's disease.",
            "Relapses of Crohn's disease were fewer in the treated group.",
        ),
        # people with MS named, but nothing only MS has is measured
        (
            "People with MS often report poor sleep, as do many with long-term illness.",
            "Sleep was shorter in shift workers than in day workers.",
        ),
    ],
)
def test_ms_in_the_background_alone_is_not_about_ms(background, result):
    source = parse(
        _BACKGROUND_NAMES_MS.format(
            background=background,
            people="300 adults",
            result=result,
            conclusion="More work is needed.",
        )
    )
    assert not detect_design(source).about_ms
