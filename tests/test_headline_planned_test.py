"""A planned study heads with what it will test, not with when its results are due (issue 9: the
lead's hand-written trial protocol headed "Results are expected in 2028 and will show ...").
Sentences and an abstract written for these tests, in the style of protocol abstracts."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.headline.planned_test import planned_test
from plainsum.plain.material import gather
from plainsum.plain.simplify import PlainSentence
from plainsum.schemas import StudyDesign

PROTOCOL = (
    "Study protocol. Cooling vests for heat-related fatigue in MS (COOL-MS): a randomised "
    "controlled trial. We will recruit 180 adults with MS who report worse fatigue in warm weather "
    "at 4 centres and randomly assign them to wear an active cooling vest or an inactive vest for "
    "8 weeks during summer. The primary outcome is the Modified Fatigue Impact Scale at 8 weeks; "
    "secondary outcomes include walking speed and mood. The people rating outcomes will not know "
    "group assignment. Results are expected in 2027 and will show whether cooling vests can ease "
    "heat-related fatigue in MS.\n"
)


def _p(text: str, order: int = 0, source: int = 5) -> PlainSentence:
    return PlainSentence(text, len(text.split()), 0, 0, 0.0, (source,), order)


def test_what_it_will_test_heads() -> None:
    due = "Results are due in 2027 and will show whether yoga eases pain in MS."
    head = planned_test([_p(due)])
    assert head is not None
    assert head.text == "A planned study will test whether yoga eases pain in MS"
    assert head.sources == (5,)
    aim = planned_test([_p("The trial aims to find out if a diary app reduces missed doses.")])
    assert aim is not None
    assert aim.text.endswith("will test whether a diary app reduces missed doses")


def test_no_question_or_too_long_no_headline() -> None:
    assert planned_test([_p("Results are expected in 2027.")]) is None
    assert planned_test([_p("The trial will show the way forward.")]) is None
    long = (
        "Results will show whether a twelve-week programme of supervised aerobic cycling at home "
        "with weekly video calls can improve thinking speed, fatigue and mood in adults with MS."
    )
    assert planned_test([_p(long)]) is None


def test_a_protocol_abstract_heads_with_its_question() -> None:
    source = parse(PROTOCOL)
    material = gather(source, detect_design(source))
    assert material.design.design == StudyDesign.PROTOCOL
    head, _ = compose(material)
    assert head.text == (
        "A planned study will test whether cooling vests can ease heat-related fatigue in MS"
    )
