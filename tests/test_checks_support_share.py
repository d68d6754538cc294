"""A part said as the whole: what the paper says of most, some or a few of its studies or people
said of all of them ("Every trial lasted ..." where nearly all did, "Everyone ..." where most
did, "in all five trials" where three of them showed it). Papers and sentences written for these
tests."""

import pytest

from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

LEG_ULCERS = parse(
    """Objectives: To assess compression bandages for healing venous leg ulcers.

Main results: Five trials with 640 adults compared firm compression bandages with light \
bandages. Almost all trials followed people for 12 weeks or less. Ulcers healed faster with firm \
bandages in three of the five trials. Most dropouts were due to skin soreness under the bandage. \
The majority of participants were women over 70.

Authors' conclusions: Firm compression probably heals leg ulcers faster than light bandages, \
but trials were short."""
)


def _support_messages(sentence: str, section: str = "what_the_study_did") -> list[str]:
    sections = {
        "headline": "Firm bandages probably help leg ulcers heal faster",
        "what_the_study_did": "Five trials with 640 adults compared firm and light bandages.",
        "why_it_matters": "This review is not about MS. Ask your nurse about leg ulcer care.",
        "limitations": "The review is only as good as its five short trials.",
    }
    sections[section] = f"{sections[section]} {sentence}"
    summary = PlainSummary(**sections)
    design = detect_design(LEG_ULCERS)
    links = link_summary(LEG_ULCERS, summary, design)
    return [
        f.message
        for f in check_support(LEG_ULCERS, design, links)
        if f.span == sentence and "of a part" in f.message
    ]


@pytest.mark.parametrize(
    "sentence, section",
    [
        ("Every trial followed people for 12 weeks or less.", "limitations"),
        ("All of the dropouts were due to skin soreness under the bandage.", "what_the_study_did"),
        ("Everyone who dropped out had skin soreness under the bandage.", "what_the_study_did"),
        ("In all five trials, ulcers healed faster with firm bandages.", "what_the_study_did"),
        ("All the participants were women over 70.", "what_the_study_did"),
    ],
)
def test_a_part_said_as_the_whole_is_an_error(sentence, section):
    assert len(_support_messages(sentence, section)) == 1


@pytest.mark.parametrize(
    "sentence, section",
    [
        # the part, as the paper gives it
        ("Almost all trials followed people for 12 weeks or less.", "limitations"),
        ("Most of the dropouts were due to skin soreness under the bandage.", "what_the_study_did"),
        (
            "In three of the five trials, ulcers healed faster with firm bandages.",
            "what_the_study_did",
        ),
        # "all" that says no share: a total, a denial, a spread
        ("In all, 640 adults took part in the five trials.", "what_the_study_did"),
        ("Not all of the trials showed faster healing.", "what_the_study_did"),
        ("The number of weeks each trial lasted ranged up to 12.", "limitations"),
        # a whole the paper gives itself
        ("All five trials compared firm compression with light bandages.", "what_the_study_did"),
    ],
)
def test_the_part_a_total_a_denial_or_a_whole_the_paper_gives_passes(sentence, section):
    assert _support_messages(sentence, section) == []
