"""A review whose authors conclude that the evidence is unclear, and none of whose conclusions
states a finding, found just that: the template says so, naming what was studied, before one
result of its studies (one small trial's measure, a side point). Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.template import says_no_clear_evidence, says_unclear
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

TOPIC = "cooling vests for heat-related tiredness in people with MS"
RESULT = "People in the pilot trial had a greater drop in tiredness scores with the vest."


@pytest.mark.parametrize(
    "said",
    [
        "The evidence from trials for the treatment of heat-related tiredness is currently "
        "inadequate.",
        "The evidence from randomised trials for cooling garments is now poor.",
        "We could reach no reliable conclusions about which garment works better.",
    ],
)
def test_the_authors_say_the_evidence_is_unclear(said: str) -> None:
    assert says_unclear([measured(said, (9,), 9)])
    assert says_no_clear_evidence([measured(said, (9,), 9)])


@pytest.mark.parametrize(
    "said",
    [
        "Cooling vests probably reduce heat-related tiredness in adults with MS.",
        # limited data that still lean one way tell which way
        "Limited data suggest that cooling vests are as good as cooling caps.",
    ],
)
def test_a_finding_is_no_verdict_of_unclear_evidence(said: str) -> None:
    assert not says_no_clear_evidence([measured(said, (9,), 9)])


def test_the_unclear_evidence_heads_over_one_trials_result() -> None:
    conclusions = [
        measured("There is limited applicable evidence.", (7,), 7),
        measured("No implications for practice can be drawn.", (8,), 8),
        measured("More trials are needed.", (9,), 9),
    ]
    results = [measured(RESULT, (5,), 5)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="one study", studies_source=4,
        topic=TOPIC, topic_source=1,
    )  # fmt: skip
    assert head.from_template
    assert head.text == f"A review of one study found no clear evidence about {TOPIC}"


def test_a_concluded_finding_still_heads() -> None:
    conclusions = [
        measured("There is limited applicable evidence.", (8,), 8),
        measured("Cooling vests may reduce tiredness in hot weather.", (9,), 9),
    ]
    results = [measured(RESULT, (5,), 5)]
    head = choose_headline(
        conclusions, results, StudyDesign.REVIEW, studies="one study", studies_source=4,
        topic=TOPIC, topic_source=1,
    )  # fmt: skip
    assert not head.from_template
