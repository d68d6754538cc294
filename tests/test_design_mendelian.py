"""Mendelian randomisation (issue 9): a study that uses people's genes to test whether one thing
causes another gets a caveat that says what it can and cannot show, not the observational
"a link, not cause" caveat, which misstates its aim. A cohort study that only cites such work,
or calls for it, keeps the observational caveat. Abstracts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.checks.caveats import check_caveats
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.frames import DESIGN_CAVEATS, MENDELIAN
from plainsum.schemas import PlainSummary, StudyDesign
from plainsum.settings import Settings

GENES = (
    "Background: Studies that follow people over time link low vitamin D to a higher risk of "
    "migraine, but such links may have other causes.\n"
    "Objective: To test whether lower vitamin D levels cause migraine.\n"
    "Methods: We carried out a two-sample Mendelian randomisation analysis. Sixty gene variants "
    "linked with blood vitamin D in 400,000 adults were used as instruments, with genetic data on "
    "migraine from 59,000 cases and 300,000 controls.\n"
    "Results: Genetically predicted vitamin D levels were not associated with migraine (odds "
    "ratio 0.98, 95% confidence interval 0.90 to 1.07). Sensitivity analyses gave similar "
    "results.\n"
    "Conclusions: Lower vitamin D levels are unlikely to cause migraine."
)
COHORT_CITING = (
    "Background: Earlier Mendelian randomisation studies suggested that low vitamin D may cause "
    "migraine.\n"
    "Methods: In a prospective cohort of 5,200 adults followed for ten years, we related blood "
    "vitamin D at baseline to new migraine.\n"
    "Results: Lower vitamin D was associated with a higher risk of new migraine (hazard ratio "
    "1.31, 95% confidence interval 1.10 to 1.56).\n"
    "Conclusions: Low vitamin D is linked with a higher risk of migraine. Future Mendelian "
    "randomisation studies should test whether this link is causal."
)
OBSERVED = DESIGN_CAVEATS[StudyDesign.OBSERVATIONAL][0]


def _design(text: str):
    return detect_design(parse(text))


def test_a_mendelian_randomisation_study_is_known_as_one():
    info = _design(GENES)
    assert info.design == StudyDesign.OBSERVATIONAL
    assert info.mendelian


def test_a_cohort_study_that_cites_or_calls_for_one_is_not():
    info = _design(COHORT_CITING)
    assert info.design == StudyDesign.OBSERVATIONAL
    assert not info.mendelian


def test_its_limitations_say_what_genes_can_and_cannot_show():
    lim = draft(GENES, Settings(backend="offline")).summary.limitations
    assert all(sentence in lim for sentence in MENDELIAN)
    assert OBSERVED not in lim


def test_a_cohort_study_keeps_the_link_not_cause_caveat():
    lim = draft(COHORT_CITING, Settings(backend="offline")).summary.limitations
    assert OBSERVED in lim
    assert not any(sentence in lim for sentence in MENDELIAN)


@pytest.mark.parametrize("sentence", MENDELIAN)
def test_each_sentence_of_the_caveat_is_the_gates_link_not_cause_caveat(sentence: str):
    summary = PlainSummary(
        headline="Vitamin D levels set by genes were not linked with migraine",
        what_the_study_did="The study used gene data from many adults.",
        why_it_matters="Lower vitamin D is unlikely to cause migraine. "
        "If you have questions about your own care, talk with your doctor or care team.",
        limitations=sentence,
    )
    found = check_caveats(summary, _design(GENES))
    assert not [f for f in found if "link_not_cause" in f.message]
