"""A design the summary states and the paper contradicts (plainsum.checks.design_said): one
trial said of a paper that took in several studies, a study in people said of lab or animal
work. Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.design_said import check_design_said
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

POOLED = parse(
    "Purpose: To compare the effects of four inhaled drugs for adults with asthma.\n\n"
    "Methods: We searched the literature for randomized trials of the four drugs and pooled "
    "their data in one model.\n\n"
    "Results: In all, 41 publications were included in the analysis. Every drug reduced "
    "attacks compared with placebo.\n\n"
    "Conclusions: All four inhaled drugs reduce asthma attacks in adults."
)
REVIEW = parse(
    "Objectives: To assess exercise for fatigue in multiple sclerosis.\n\n"
    "Main results: We included 14 trials with 820 participants. Exercise reduced fatigue "
    "compared with no exercise. Only one trial measured sleep.\n\n"
    "Authors' conclusions: Exercise may reduce fatigue in people with MS."
)
TRIAL = parse(
    "Background: A previous meta-analysis, in which 12 trials were included, suggested that "
    "vitamin D might reduce relapses.\n\n"
    "Methods: We randomly assigned 120 adults with relapsing MS to vitamin D or placebo for "
    "one year.\n\n"
    "Results: Relapses were fewer with vitamin D than with placebo.\n\n"
    "Conclusions: Vitamin D reduced relapses in this trial."
)
MICE = parse(
    "Background: Myelin repair fails in multiple sclerosis.\n\n"
    "Methods: We fed mice with a myelin-damaging toxin a diet rich in the compound and "
    "measured myelin in their brains.\n\n"
    "Results: Treated mice had more myelin than untreated mice.\n\n"
    "Conclusions: The compound improved myelin repair in mice."
)
LINES = parse(
    "Background: A kinase is thought to drive scarring in the kidney.\n\n"
    "Methods: We treated two human kidney cell lines with the inhibitor and measured scarring "
    "proteins by western blot.\n\n"
    "Results: The inhibitor lowered scarring proteins in both cell lines.\n\n"
    "Conclusions: Blocking the kinase may reduce scarring signals in kidney cells."
)
CELLS = parse(
    "Background: Astrocytes shape inflammation in the brain.\n\n"
    "Methods: We grew rat astrocytes in culture and exposed them to the drug in vitro.\n\n"
    "Results: The drug lowered the release of inflammatory signals by cultured astrocytes.\n\n"
    "Conclusions: The drug calms astrocytes in culture."
)


def said(source, sentence: str, section: str = "what_the_study_did") -> list[str]:
    link = EvidenceLink(section=section, index=0, text=sentence)
    return [f.message for f in check_design_said(source, detect_design(source), [link])]


@pytest.mark.parametrize(
    "source,sentence",
    [
        (POOLED, "This was a clinical trial in people."),
        (POOLED, "This was a single trial, so the results may not apply to everyone."),
        (POOLED, "It was one large randomised trial."),
        (POOLED, "The study was a trial of four inhaled drugs."),
        (REVIEW, "This was a single trial, so the results need confirming."),
        (REVIEW, "This was only one small trial."),
        (REVIEW, "The research was a randomised controlled trial."),
        (MICE, "This was a study in people."),
        (MICE, "This was a trial in adults with MS."),
        (CELLS, "This was a study of patients with MS."),
        (CELLS, "It was an experiment in healthy volunteers."),
        # an animal the paper never names
        (LINES, "This was a study in mice."),
        (LINES, "This work was done in mice, not in people."),
        (LINES, "The experiments were carried out on rats."),
        (LINES, "This mouse study found fewer scarring proteins."),
        (CELLS, "This was a study in mice."),  # rat astrocytes: rats, not mice
    ],
)
def test_a_design_the_paper_contradicts_is_an_error(source, sentence: str) -> None:
    assert said(source, sentence)


@pytest.mark.parametrize(
    "source,sentence",
    [
        (POOLED, "This was a review that pooled 41 publications."),
        (POOLED, "This study pooled the results of earlier trials."),
        (REVIEW, "Only a single trial measured sleep."),  # one of the review's trials
        (REVIEW, "This was a review of 14 trials."),
        (REVIEW, "The largest trial was a study in people with MS."),
        (TRIAL, "This was a single trial, so the results need confirming."),  # a cited review
        (TRIAL, "This was a clinical trial in people."),
        (TRIAL, "It was a trial in adults with MS."),
        (MICE, "This was a study in mice."),
        (MICE, "The results have not yet been tested in people."),
        (CELLS, "This was a lab study of brain cells."),
        (CELLS, "This was a study in cells, not in people."),
        (MICE, "This work was done in mice, not in people."),
        (CELLS, "The experiments were done on rat cells."),  # the paper's own animal
        # an animal named in passing is no claim about where this work was done
        (LINES, "Animal studies suggest the kinase drives scarring."),
        (LINES, "Drugs that worked in mice have often failed in people."),
    ],
)
def test_a_design_the_paper_describes_passes(source, sentence: str) -> None:
    assert not said(source, sentence)


# "the study reported ..." in a summary of a paper that took in several studies: which one?
# (a warning: an editor names the study, or says "one study")
@pytest.mark.parametrize(
    ("source", "sentence", "flagged"),
    [
        (REVIEW, "In people given the drug first, the study reported no deaths.", True),
        (REVIEW, "The trial also found less fatigue in people who exercised.", True),
        (REVIEW, "One study reported no deaths over two years.", False),
        (REVIEW, "Fatigue was measured at the end of the study.", False),
        (REVIEW, "The study design made the results hard to compare.", False),
        (TRIAL, "The study found fewer relapses with vitamin D.", False),
    ],
)
def test_the_study_said_of_a_review_of_several(source, sentence: str, flagged: bool) -> None:
    link = EvidenceLink(section="what_the_study_did", index=0, text=sentence)
    found = check_design_said(source, detect_design(source), [link])
    assert any("cannot tell which one" in f.message for f in found) == flagged
    assert all(f.severity == "warning" for f in found if "cannot tell" in f.message)
