"""A headline that gives the authors' advice to clinicians is not the main finding, unless
all the paper concludes is advice (texts written for these tests)."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

TRIAL = parse(
    """Early versus delayed cord clamping at birth

Objectives: To compare early with delayed clamping of the umbilical cord.

Results: Delayed clamping raised the babies' iron stores at six months. Jaundice needing light
treatment was slightly more common with delayed clamping.

Conclusions: Delayed clamping improves iron stores in babies. Parents could be given information
on both methods to support their choice, and midwives should discuss it before the birth."""
)

GUIDANCE = parse(
    """Guidance on vitamin D testing in adults with multiple sclerosis

Objectives: To give advice on when to test vitamin D levels in adults with MS.

Recommendations: Vitamin D levels should be checked at diagnosis. Testing should be repeated
when supplements are started. Routine testing every year is not recommended."""
)

BODY = {
    "what_the_study_did": "The study compared early and delayed cord clamping in 400 births.",
    "why_it_matters": "This did not look at MS. Talk with your doctor or care team.",
    "limitations": "It was one trial, so the result needs to be confirmed.",
}


def _check(source, headline):
    return check_headline(source, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "Parents could be given information on both ways of clamping the cord",
        "Midwives should discuss cord clamping with parents before the birth",
        "Delayed clamping is recommended for healthy babies born at term",
    ],
)
def test_advice_is_not_the_main_finding(headline):
    found = _check(TRIAL, headline)
    assert len(found) == 1 and "advice" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "Delayed cord clamping improved babies' iron stores at six months",
        # a finding that names a use, not advice
        "Delayed clamping raised iron stores, so it could help babies at risk of low iron",
    ],
)
def test_a_finding_passes(headline):
    assert _check(TRIAL, headline) == []


def test_guidance_that_only_advises_may_headline_its_advice():
    found = _check(GUIDANCE, "Vitamin D levels should be checked when MS is diagnosed")
    assert not any("advice" in f.message for f in found)


RATS = parse(
    """Long-term pregabalin and the brain in rats

Methods: Sixty rats were divided into three groups. One group was given pregabalin at a rising
dose for a month and then at a high dose for two more months.

Results: The brains of rats given the high dose showed more dying nerve cells than controls.

Conclusions: Long-term high-dose pregabalin damaged nerve cells in the rat brain."""
)


@pytest.mark.parametrize(
    "headline",
    [
        "The full dose was given daily for another two months in rats",
        "Sixty rats were divided into three groups",
    ],
)
def test_what_was_done_is_not_the_finding(headline):
    found = _check(RATS, headline)
    assert len(found) == 1 and "what was done" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "Rats given high-dose pregabalin for months lost nerve cells",
        "Rats were given pregabalin for three months and more of their nerve cells died",
    ],
)
def test_what_was_done_with_what_happened_passes(headline):
    assert not any("what was done" in f.message for f in _check(RATS, headline))


@pytest.mark.parametrize(
    "headline",
    [
        "There was evidence of a harmful effect on iron stores",
        "There is low-certainty evidence of a small effect on jaundice",
    ],
)
def test_an_effect_with_nothing_that_had_it_is_an_error(headline):
    found = _check(TRIAL, headline)
    assert len(found) == 1 and "not what had it" in found[0].message


@pytest.mark.parametrize(
    "headline",
    [
        "There was a clear effect of delayed clamping on iron stores",
        "There was a helpful effect on iron stores with delayed clamping",
    ],
)
def test_an_effect_that_names_what_had_it_passes(headline):
    assert not any("not what had it" in f.message for f in _check(TRIAL, headline))
