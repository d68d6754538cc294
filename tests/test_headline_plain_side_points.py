"""Headlines that lead with something other than the finding, said in plain words the headline
rules did not know: harms as "unwanted reactions" or "nobody was hurt"; evidence "retrieved";
who took which dose; what studies with a long name tested; what a term means; and a difference
said to be there or not with nothing it lies between ("There were no clear differences in weight
gain"). Texts written for these tests."""

import pytest
from gate_probes import headline_errors

from plainsum.ingest import parse

REVIEW = parse(
    """Home-based physiotherapy for people with multiple sclerosis

Objectives: To assess the effects of physiotherapy delivered at home on walking and fatigue
in adults with multiple sclerosis.

Methods: We searched four databases to May 2022 for randomised trials of home physiotherapy.

Results: Nine trials with 640 adults were included. Walking speed improved more with home
physiotherapy than with usual care. Fatigue fell slightly. No serious adverse events were
reported, and minor unwanted reactions such as muscle soreness were as common in both groups.

Conclusions: Home physiotherapy probably improves walking in adults with multiple sclerosis and
may reduce fatigue a little."""
)
RESULTS_ONLY = parse(
    """Seven trials with 410 premature babies were found. Compared with incubator care, nursing
in a heated cot made no clear difference to body temperature. There were no clear differences
in weight gain. Fewer babies nursed in a cot were breastfed when they went home, but this
result was not certain. Nursing in a heated cot and incubator care have similar effects on
temperature and weight gain."""
)
BODY = {
    "what_the_study_did": "The researchers looked at trials in adults.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def errors(source, headline: str) -> list[str]:
    return headline_errors(source, headline, BODY)


@pytest.mark.parametrize(
    "source,headline",
    [
        (REVIEW, "Home physiotherapy brought a few more unwanted reactions than usual care"),
        (REVIEW, "Nobody was hurt during physiotherapy sessions given at home"),
        (REVIEW, "Evidence was retrieved on nine trials of home physiotherapy for adults with MS"),
        (REVIEW, "Half of the 640 adults took baclofen 10 mg three times a day during the trials"),
        (
            REVIEW,
            "Most of the nine trials of physiotherapy at home for MS tested walking exercises",
        ),
        (REVIEW, "A physiotherapist is someone who helps people move, such as after an injury"),
        (REVIEW, "A biomarker is something doctors can measure, such as a protein in the blood"),
        (RESULTS_ONLY, "There were no clear differences in weight gain"),
        (RESULTS_ONLY, "There was no clear difference in body temperature"),
    ],
)
def test_a_headline_that_is_not_the_finding_is_an_error(source, headline: str) -> None:
    assert errors(source, headline)


@pytest.mark.parametrize(
    "source,headline",
    [
        (REVIEW, "Home physiotherapy probably helps adults with MS walk faster"),
        (REVIEW, "Physiotherapy at home improved walking, with few unwanted reactions"),
        (REVIEW, "Adults who took 3 sessions a week at home walked faster"),
        (REVIEW, "A home programme of exercise improved walking in adults with MS"),
        (RESULTS_ONLY, "There were no clear differences in weight gain between cot and incubator"),
        (RESULTS_ONLY, "Nursing in a heated cot made no clear difference to weight gain"),
    ],
)
def test_a_headline_that_states_the_finding_passes(source, headline: str) -> None:
    assert not errors(source, headline)
