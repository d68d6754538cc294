"""A review that states its scope as an aim ("This article aims to review X", "The aim of this
review is to summarise X") heads with what it looked at, never "A review reports its
findings" (issue 9, the case of plaba-trainval-PMC3872591). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.headline.template import aim_looked_at, review_topic
from plainsum.plain.simplify import measured


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "This article aims to review the recent advances in bladder care and its place in "
            "Norway.",
            "the recent advances in bladder care",
        ),
        (
            "The aim of this review is to summarise the evidence on cooling vests in MS.",
            "the evidence on cooling vests in MS",
        ),
        (
            "This paper sets out to discuss the role of sleep in relapse risk.",
            "the role of sleep in relapse risk",
        ),
        (
            "The review authors wanted to review the treatments of tremor in MS.",
            "the treatments of tremor in MS",
        ),
        # an aim of a study, or to do what is no topic, is none
        ("The aim of this study is to review outcomes of surgery.", None),
        ("This article aims to show that cooling vests work.", None),
        ("This article aims to review it.", None),
    ],
)
def test_a_scope_said_as_an_aim_names_the_topic(text: str, topic: str | None) -> None:
    assert review_topic(text) == topic


def test_an_edited_aim_names_what_was_looked_at() -> None:
    aim = measured("The review authors wanted to discuss new blood tests for MS.", (3,))
    assert aim_looked_at(aim) == "new blood tests for MS"


NARRATIVE = (
    "Bladder problems are common in multiple sclerosis and often go untreated. "
    "Many people do not mention them at routine visits, and few clinics ask about them. "
    "New catheters and nerve stimulation devices have widened the choice of care in recent years. "
    "This article aims to review the recent advances in bladder care for people with multiple "
    "sclerosis and its place in clinics in Norway and other countries."
)


def test_a_narrative_review_that_aims_to_review_heads_with_its_topic() -> None:
    source = parse(NARRATIVE)
    head, _ = compose(gather(source, detect_design(source)))
    assert "reports its findings" not in head.text
    assert head.text.startswith("A review looked at the recent advances in bladder care")
    assert 3 in head.sources
