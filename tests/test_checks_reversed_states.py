"""Reversed findings said of people's states and ahead of a caveat: "people grew more tired" is
about being tired (not about who grew tired), and a result a caveat sentence states before its
"although ..." is held to the paper like any other. Papers and sentences written for these
tests."""

import pytest

from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity


@pytest.mark.parametrize(
    "sentence,about",
    [
        # a comparative said of people names their state: the outcome
        ("People in the exercise group grew more tired.", {"tire"}),
        ("Patients on the drug were less anxious at the end.", {"anxious"}),
        ("The mice became less active than before.", {"activ"}),
        ("They were more hopeful after the course.", {"hope"}),
        # said of a thing, it grades the thing
        ("Side effects were more common with the drug.", {"advers"}),
        ("Symptoms were less severe in the treated group.", {"symptom"}),
        ("The new drug was more effective than placebo.", {"drug"}),
        # "more likely to" is a likelihood of what follows, as before
        ("Patients were more likely to relapse.", {"relaps"}),
    ],
)
def test_a_comparative_is_said_of_a_state_of_people_or_of_a_thing(sentence, about):
    (first, *_) = claims_in(sentence)
    assert about <= first.about.keys(), first.about


TRIAL = parse(
    """Home cycling for fatigue in multiple sclerosis: a randomised trial

Background: Fatigue is common in multiple sclerosis.

Methods: We randomly assigned 96 adults with multiple sclerosis to twelve weeks of home cycling
or to a waiting list.

Results: Fatigue scores fell in the cycling group compared with the waiting list. Anxiety did
not differ between the groups.

Conclusions: Home cycling reduced fatigue in adults with multiple sclerosis."""
)
CLEAN_TRIAL = PlainSummary(
    headline="Cycling at home eased tiredness in people with MS, a trial found",
    what_the_study_did=(
        "The researchers asked 96 adults with MS to cycle at home for twelve weeks or to wait."
    ),
    why_it_matters="Tiredness is hard to live with. Talk with your MS team about exercise.",
    limitations="This was one trial, and it was fairly small.",
)

COHORT = parse(
    """Screen time and poor sleep in adolescents: a cohort study

Background: Poor sleep is common in adolescents.

Methods: We followed 2400 adolescents for two years and recorded their daily screen time.

Results: Longer daily screen time was associated with a higher risk of poor sleep. The
association was not significant in adolescents who played sport every day.

Conclusions: Longer screen time is associated with poor sleep in adolescents."""
)
CLEAN_COHORT = PlainSummary(
    headline="Teenagers who spent longer on screens were more likely to sleep poorly",
    what_the_study_did="The researchers followed 2400 teenagers for two years.",
    why_it_matters="This study was not about MS. Ask your doctor about sleep problems.",
    limitations="This study shows a link, not that screens cause poor sleep.",
)


def _errors_on(sentence, source, clean):
    summary = clean.model_copy(
        update={"what_the_study_did": clean.what_the_study_did + " " + sentence}
    )
    design = detect_design(source)
    found = check_support(source, design, link_summary(source, summary, design))
    return [f.check for f in found if f.span == sentence and f.severity == Severity.ERROR]


@pytest.mark.parametrize(
    "sentence,source,clean,reversed_",
    [
        ("People who cycled grew more tired than those who waited.", TRIAL, CLEAN_TRIAL, True),
        ("People who cycled were less tired than those who waited.", TRIAL, CLEAN_TRIAL, False),
        # a result ahead of a caveat: read against the paper, the caveat left aside
        (
            "Longer screen time went with a lower chance of poor sleep, although the link was "
            "not clear for teenagers who played sport.",
            COHORT,
            CLEAN_COHORT,
            True,
        ),
        (
            "Longer screen time went with a higher chance of poor sleep, although the link was "
            "not clear for teenagers who played sport.",
            COHORT,
            CLEAN_COHORT,
            False,
        ),
        # a caveat that takes the result back: no difference, as the paper says
        (
            "People who cycled had lower anxiety scores than those who waited, but this was not "
            "clear at twelve weeks.",
            TRIAL,
            CLEAN_TRIAL,
            False,
        ),
    ],
)
def test_a_result_turned_round_is_read_against_the_paper(sentence, source, clean, reversed_):
    assert ("contradiction" in _errors_on(sentence, source, clean)) == reversed_
