"""A sentence said again inside a longer one (plainsum.checks.repeats_contained, the substance
check's repeated_in_part warning). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.repeats_contained import repeats_in_part, said_inside
from plainsum.schemas import EvidenceLink


def _link(section: str, text: str, index: int = 0, kind: str = "content") -> EvidenceLink:
    return EvidenceLink(section=section, index=index, text=text, kind=kind)


@pytest.mark.parametrize(
    "shorter,longer",
    [
        (
            "Users of the new pill were less likely to have any headaches than users of the old.",
            "Users of the new pill had fewer headaches than users of the old, and slept better.",
        ),
        (
            "Relapses were fewer with the drug than with the dummy pill at two years.",
            "The authors conclude that relapses were fewer with the drug than with the dummy pill "
            "at two years.",
        ),
    ],
)
def test_a_sentence_said_again_inside_a_longer_one_is_found(shorter, longer):
    assert said_inside(shorter, longer)


@pytest.mark.parametrize(
    "shorter,longer",
    [
        # another outcome, another drug, another time
        (
            "No difference was seen in major bleeding at 14 to 90 days.",
            "No difference was seen in minor bleeding at 14 to 90 days or in hospital stay.",
        ),
        (
            "Interferon beta reduced relapses compared with the dummy pill.",
            "Glatiramer reduced relapses and new lesions compared with the dummy pill.",
        ),
        # a denial or a narrowing in one only
        (
            "The only other outcomes reported were walking speed and deaths.",
            "There were no deaths and no change in walking speed in the trial.",
        ),
        (
            "The review included three trials with 240 children.",
            "The review found only three trials, with 240 children in all.",
        ),
        # the aim or the topic, which the results name again
        (
            "The review authors looked at cooling vests for fatigue in MS.",
            "Cooling vests for fatigue in MS lowered fatigue scores by 6 points in four trials.",
        ),
    ],
)
def test_other_things_said_are_not_repeats(shorter, longer):
    assert not said_inside(shorter, longer)


def test_the_pair_is_named_once_frames_and_the_headline_aside():
    links = [
        _link("headline", "People on the new pill had fewer headaches than on the old pill"),
        _link("what_the_study_did", "This was a review of earlier studies.", 0, "frame"),
        _link(
            "what_the_study_did",
            "People on the new pill were less likely to have any headaches than on the old pill.",
            1,
        ),
        _link(
            "what_the_study_did",
            "People on the new pill had fewer headaches than on the old pill, and slept better.",
            2,
        ),
    ]
    ((later, earlier),) = repeats_in_part(links)
    assert (later.index, earlier.index) == (2, 1)
