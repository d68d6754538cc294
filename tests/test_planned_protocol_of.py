"""A protocol that says whom it will take in as "the protocol for a trial in 120 adults with MS"
and its groups with a comma before the "or" ("will be randomly assigned to A, or to B") says
both in its draft: before, the body of such a protocol said only its outcomes (the lead's
hand-written protocol m10). Sentences written for these tests."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.planned import planned_facts
from plainsum.plain.source import source_sentences

PROTOCOL = (
    "Background: Hand tremor makes writing hard for many people with MS.\n"
    "Methods and analysis: This is the protocol for a randomised trial in 120 adults with MS "
    "and hand tremor who attend two clinics. Participants will be randomly assigned to eight "
    "weeks of weighted-pen writing practice at home, or to usual care. The main outcome will be "
    "writing speed at eight weeks."
)


def test_whom_and_what_a_protocol_will_compare() -> None:
    facts = [f.text for f in planned_facts(source_sentences(parse(PROTOCOL)))]
    assert "The study will include 120 adults with MS and hand tremor." in facts
    assert (
        "The study will compare eight weeks of weighted-pen writing practice at home with usual "
        "care." in facts
    )
