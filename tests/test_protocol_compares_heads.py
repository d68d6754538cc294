"""A planned study's headline says what it will set against what when nothing else says what it
will test (issue 9: never a hollow headline), and "assigned to wear X or Y" compares X with Y,
never "wear X" (a broken sentence draft57h2 found at stop 57). From the lead's held-out reading of
stop 57: a trial protocol whose title carries an acronym the paper never spells out was headed "A
planned study has no results yet". Abstracts written for these tests."""

from __future__ import annotations

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.planned import planned_facts
from plainsum.plain.source import source_sentences
from plainsum.settings import Settings

_PROTOCOL = (
    "Cooling garments for heat-sensitive fatigue in multiple sclerosis (the CHILL-MS trial): "
    "study protocol for a randomised controlled trial\n\n"
    "Introduction: Many people with multiple sclerosis feel more tired in warm weather, and few "
    "treatments help.\n\n"
    "Methods and analysis: CHILL-MS is a two-arm randomised trial that will recruit 120 adults "
    "with MS and heat-sensitive fatigue from three MS clinics. Participants will be randomly "
    "assigned to wear an active cooling vest or a sham vest for eight weeks. The primary outcome "
    "is the Modified Fatigue Impact Scale at eight weeks.\n\n"
    "Ethics and dissemination: The trial was approved by the regional ethics committee. "
    "Results will be shared with people with MS through patient groups."
)


def test_assigned_to_wear_compares_the_garments() -> None:
    facts = [f.text for f in planned_facts(source_sentences(parse(_PROTOCOL)))]
    assert (
        "The study will compare an active cooling vest with a sham vest for eight weeks." in facts
    )


def test_a_protocol_with_nothing_else_to_say_heads_with_its_comparison() -> None:
    head = draft(parse(_PROTOCOL), Settings(backend="offline")).summary.headline
    assert head == (
        "A planned study will compare an active cooling vest with a sham vest for eight weeks"
    )
