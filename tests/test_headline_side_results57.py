"""The headline is the main finding, never what was reported or who took part, nor a side
result where the authors' conclusion says what was found (issue 9, from the side-result
headlines left at stop 56: a procedure review headed "X was partially reported in one study and
fully reported in another", an iron review headed with what is unknown of the long term, a
cohort headed with its accuracy figure under a conclusion on risk). Sentences and abstracts
written for these tests, in the style of real ones."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.finding import is_procedural
from plainsum.plain.headline.elaboration_tail import without_elaboration
from plainsum.plain.headline.no_finding import reports_only, says_no_finding
from plainsum.plain.headline.open_question import still_open
from plainsum.plain.material import gather


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatigue was partially reported in one study and fully reported in another.",
        "Walking speed was measured in three trials.",
        "Bladder symptoms were assessed in only two of the included studies.",
        "No studies reported on quality of life or harms.",
        "None of the trials measured relapses after the first year.",
    ],
)
def test_what_was_reported_where_is_no_finding(sentence: str) -> None:
    assert reports_only(sentence)
    assert says_no_finding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relapses were reported in 12% of people given the drug.",
        "Relapses were reported in one of the 40 people on the drug.",
        "Fatigue was lower in two trials of cooling vests.",
        "Walking speed improved in three trials.",
        "Side effects were reported in one study, with no difference between groups.",
    ],
)
def test_a_result_is_still_a_result(sentence: str) -> None:
    assert not reports_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The age range of people was from 18 to 64 years.",
        "The mean age of participants was 41 years.",
    ],
)
def test_how_old_they_were_describes_the_sample(sentence: str) -> None:
    assert is_procedural(sentence)


def test_an_age_result_is_no_sample_description() -> None:
    assert not is_procedural("Older age was linked with slower recovery after a relapse.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The long-term effects of vitamin D without measurement of blood levels are unknown.",
        "The long-term effects of stopping treatment in older people with stable MS are unclear.",
    ],
)
def test_what_is_not_known_of_the_long_term_is_still_open(sentence: str) -> None:
    assert still_open(sentence)


def test_the_effect_itself_uncertain_is_the_finding() -> None:
    assert not still_open("The effect of vitamin D on relapses is uncertain.")


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        (
            "Relapse rates are lower in those taking the drug compared with those taking placebo, "
            "both at one year and at two years.",
            "Relapse rates are lower in those taking the drug compared with those taking placebo",
        ),
    ],
)
def test_where_the_claim_held_at_each_goes(sentence: str, head: str) -> None:
    assert without_elaboration(sentence) == head


@pytest.mark.parametrize(
    "sentence",
    [
        # what bounds the claim stays with it
        "Relapse rates are lower in those taking the drug compared with those taking placebo, "
        "both at one year and only at the higher dose.",
        "Relapse rates may be lower in those taking the drug compared with those taking placebo, "
        "both at one year and at two years, but the evidence is weak.",
    ],
)
def test_a_both_tail_that_bounds_stays(sentence: str) -> None:
    assert without_elaboration(sentence) is None


LONG_TERM = """Background: Many people with MS take vitamin D. Objectives: To assess the effects \
of vitamin D supplements on relapses in people with MS. Main results: Nine trials with 1100 \
people met the inclusion criteria. Vitamin D also resulted in higher blood levels of vitamin D. \
Authors' conclusions: There is moderate quality evidence that relapse rates are lower in those \
taking vitamin D supplements compared with those without vitamin D supplements, both at one year \
and at two years after starting. The long-term effects of vitamin D supplements without \
measurement of blood levels are unknown.
"""


def test_a_review_heads_with_its_finding_not_what_is_unknown() -> None:
    source = parse(LONG_TERM)
    head, _ = compose(gather(source, detect_design(source)))
    assert "relapse rates are lower" in head.text.lower()
    assert "unknown" not in head.text
    assert "both at one year" not in head.text


COHORT = """Blood neurofilament light chain at diagnosis and later walking problems in MS

Introduction. A blood marker of nerve damage could help to plan care early in MS.
Methods. We measured the marker at diagnosis in 400 people with early relapsing MS and followed \
them for 6 years.
Results. People with a marker level in the top fifth at diagnosis were more likely to need a \
walking aid during follow-up (hazard ratio 2.3, 95% CI 1.5-3.4). The link held after taking \
account of age and early treatment. The marker alone predicted walking problems with moderate \
accuracy (area under the curve 0.66).
Conclusion. A high marker level at diagnosis marks people at greater risk of walking problems, \
but on its own it is not accurate enough to guide one person's treatment.
"""


def test_a_result_on_what_the_conclusion_grants_does_not_head() -> None:
    source = parse(COHORT)
    head, _ = compose(gather(source, detect_design(source)))
    assert "moderate accuracy" not in head.text
    assert "greater risk of walking problems" in head.text
