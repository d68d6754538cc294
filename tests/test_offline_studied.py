"""Every offline draft names what was studied and for what (issue 9): when no sentence of the
draft does, the paper's own aim read as "X for Y" is said first in the body; an aim that does
not parse that cleanly adds nothing. Texts written for the tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.studied import names_studied, studied_sentence

AIM = "Objectives: To assess the effects of growth hormone for children with short stature."


@pytest.mark.parametrize(
    ("aim", "said"),
    [
        (AIM, "The review authors looked at growth hormone for children with short stature."),
        (  # the comparators it ends on are left out: the same thing studied, for the same people
            "Objectives: To compare the effectiveness of iron tablets for women with heavy "
            "periods, compared with placebo or no treatment.",
            "The review authors looked at iron tablets for women with heavy periods.",
        ),
        (  # already read as what was studied, from the results
            "The review authors looked at cooling vests in people with heat-sensitive MS.",
            "The review authors looked at cooling vests in people with heat-sensitive MS.",
        ),
    ],
)
def test_an_aim_that_reads_x_for_y_is_said_as_what_was_studied(aim: str, said: str) -> None:
    studied = studied_sentence([(aim, 3)], review=True)
    assert studied is not None
    assert studied.sentence.text == said
    assert studied.sentence.sources == (3,)


@pytest.mark.parametrize(
    "aim",
    [
        "Objectives: To describe how nurses record falls on hospital wards.",  # no "X for Y"
        "Objectives: To assess the effects of yoga in randomised trials.",  # how, not for whom
        "Objectives: To assess the effects of interventions for long-term fatigue.",  # no X named
        "Objectives: To assess the effects of growth hormone.",  # for whom, it does not say
        # what it was checked for is an outcome, not whom it was for
        "Objectives: To assess the effects of growth hormone for potential side effects.",
        # the comparison cut from its end leaves a word that needs more after it
        "Objectives: To assess the effects of massage in the treatment of back pain when "
        "compared with rest.",
        "Objectives: To assess the effects of statins in primary or secondary prevention.",
    ],
)
def test_an_aim_that_does_not_parse_cleanly_adds_nothing(aim: str) -> None:
    assert studied_sentence([(aim, 3)], review=True) is None


@pytest.mark.parametrize(
    ("texts", "named"),
    [
        (["Growth hormone helped children with short stature grow taller."], True),
        (["Children given growth hormone grew taller.", "Short stature is common."], False),
        (["Growth hormone helped."], False),  # the condition is not named
        (["Children with short stature grew taller."], False),  # the treatment is not named
    ],
)
def test_a_draft_names_what_was_studied_only_in_one_sentence_with_both(
    texts: list[str], named: bool
) -> None:
    studied = studied_sentence([(AIM, 3)], review=True)
    assert studied is not None
    assert names_studied(texts, studied) is named


VESTS = (
    "Objectives: To assess the effects of cooling vests in the treatment of fatigue in people "
    "with MS."
)
REVIEW = (
    "Background: Many people with MS feel worse in hot weather.\n"
    f"{VESTS}\n"
    "Search methods: We searched the trial registers up to 3 May 2024.\n"
    "Main results: We included six trials with 300 people. Treated people had less fatigue "
    "after eight weeks than untreated people. Side effects were rare.\n"
    "Authors' conclusions: Cooling vests may help in the short term."
)
SAID = "The review authors looked at cooling vests in the treatment of fatigue in people with MS."


def _did(text: str, drop: frozenset[str] = frozenset(), topic: bool = True) -> list[str]:
    source = parse(text)
    material = gather(source, detect_design(source))
    if not topic:
        material.topic = None  # what it studied was not read for why it matters
    _, sections = compose(material, drop)
    return [line.text for line in sections["what_the_study_did"]]


def _aim(text: str) -> str:
    return next(t for t in _did(text) if "wanted to" in t)


def test_a_draft_that_never_names_what_was_studied_says_it_first() -> None:
    shown = _did(REVIEW, topic=False)
    # the aim itself was left out of the draft, and no other sentence names what was studied
    did = _did(REVIEW, frozenset({_aim(REVIEW)}), topic=False)
    assert SAID in did
    assert did.index(SAID) <= 1  # first in the body, after the design's frame only
    assert SAID not in shown  # the aim shown names it already: not said twice


def test_nothing_is_added_when_another_sentence_names_it() -> None:
    # why it matters says what the review looked at
    text = REVIEW.replace(VESTS, AIM).replace("people", "children")
    source = parse(text)
    _, sections = compose(gather(source, detect_design(source)), frozenset({_aim(text)}))
    why = " ".join(line.text for line in sections["why_it_matters"])
    assert "growth hormone for children with short stature" in why
    assert not any("looked at" in line.text for line in sections["what_the_study_did"])


def test_nothing_is_added_when_the_aim_does_not_parse() -> None:
    text = REVIEW.replace(VESTS, "Objectives: To describe how cooling is measured in clinics.")
    assert not any("looked at" in t for t in _did(text, frozenset({_aim(text)}), topic=False))
