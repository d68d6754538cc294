"""A headline with no finding to say names what the aim says was looked at, never "A review
reports its findings". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.template import aim_looked_at, looked_at
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

AIM = "The review authors looked at cooling vests for heat-related tiredness in MS."


@pytest.mark.parametrize(
    ("aim", "topic"),
    [
        (AIM, "cooling vests for heat-related tiredness in MS"),
        ("The researchers looked at sleep in teenagers.", "sleep in teenagers"),
        # not of that shape, too short, or pointing at what it does not name
        ("The review authors wanted to check the effects of cooling vests.", None),
        ("The researchers looked at it.", None),
        ("The review authors looked at these treatments for tiredness.", None),
    ],
)
def test_what_an_aim_says_was_looked_at(aim: str, topic: str | None) -> None:
    assert looked_at(aim) == topic


@pytest.mark.parametrize(
    ("conclusion", "expected"),
    [
        (
            "Larger and longer trials are needed before any advice can be given.",
            "A review looked at cooling vests for heat-related tiredness in MS",
        ),
        (
            "There is not enough evidence to draw conclusions, and larger trials are needed.",
            "A review found no clear evidence about cooling vests for heat-related tiredness in MS",
        ),
    ],
)
def test_a_hollow_template_names_what_the_aim_looked_at(conclusion: str, expected: str) -> None:
    aims = [measured(AIM, (1,))]
    head = choose_headline([measured(conclusion, (9,))], [], StudyDesign.REVIEW, aims=aims)
    assert head.from_template
    assert head.text == expected
    assert 1 in head.sources


def test_a_finding_still_heads_before_the_aim() -> None:
    conclusion = measured("Cooling vests eased heat-related tiredness in adults with MS.", (9,))
    head = choose_headline([conclusion], [], StudyDesign.REVIEW, aims=[measured(AIM, (1,))])
    assert head.text == "Cooling vests eased heat-related tiredness in adults with MS"


def test_a_sentence_that_points_back_gives_way_to_what_a_review_says_it_covers() -> None:
    # "The identified garments": identified where, the headline would not say
    conclusion = measured("The identified garments suggest several ways to keep cool.", (9,))
    aim = measured("The present review analyzes cooling garments for people with MS.", (1,))
    head = choose_headline([conclusion], [], StudyDesign.NARRATIVE_REVIEW, aims=[aim])
    assert head.text == "A review looked at cooling garments for people with MS"
    assert 1 in head.sources


@pytest.mark.parametrize(
    ("aim", "topic"),
    [
        # where the aim is said, and what the review will do, are no part of its topic
        (
            "In this article, the review authors will review the treatments of tremor in MS.",
            "the treatments of tremor in MS",
        ),
        (
            "In this Review, we discuss how sleep changes with age in people with MS.",
            "how sleep changes with age in people with MS",
        ),
        # what the review's included studies examined is what it looked at
        (
            "The studies checked four ways of timing steroid doses during a relapse.",
            "four ways of timing steroid doses during a relapse",
        ),
        # still none where the sentence says no topic
        ("In this article, the review authors will review it.", None),
        ("The studies checked these doses.", None),
    ],
)
def test_an_aim_said_with_its_place_or_its_studies_names_the_topic(
    aim: str, topic: str | None
) -> None:
    assert aim_looked_at(measured(aim, (2,))) == topic


# A narrative review whose aim is too long to show in the body (its topic still names what the
# template says was looked at): never "A review reports its findings".
NARRATIVE = (
    "Fatigue is one of the most common and disabling symptoms of multiple sclerosis. "
    "Its causes are poorly understood and it is often missed in routine visits. "
    "This review article examines the frequency and daily consequences of fatigue in multiple "
    "sclerosis, and the drug and non-drug treatment options, with special emphasis on newer "
    "exercise programmes and the benefits their users report."
)


def test_a_narrative_review_with_a_long_aim_heads_with_its_topic() -> None:
    source = parse(NARRATIVE)
    head, _ = compose(gather(source, detect_design(source)))
    assert "reports its findings" not in head.text
    assert head.text.startswith("A review looked at the frequency and daily consequences of")
    assert 2 in head.sources
