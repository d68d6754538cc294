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
