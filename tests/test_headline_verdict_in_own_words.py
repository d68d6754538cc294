"""A review whose conclusions state no finding heads with the authors' verdict in their own
words, not with a template that names nothing or only what was looked at (issue 9: CD011296
"A review of eight trials looked at X" under "We are uncertain which insulin strategy is best
for ...", CD006435 "found the evidence was not clear" under "not enough evidence to inform
practice about ...", CD007157 "A review found no studies to include" under "We found no
randomised controlled trials of X"). Sentences written for these tests, in the style of review
conclusions."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.template import (
    _too_little_for,
    fill_template,
    found_empty,
    unsure_which,
)
from plainsum.plain.simplify import plain_sentences
from plainsum.schemas import StudyDesign


def _conclusion(text: str, source: int = 6):
    return plain_sentences(text, review=True, sources=(source,))[0]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "We are uncertain which cooling vest is best for heat-sensitive adults with MS.",
            "no clear evidence about which cooling vest is best for heat-sensitive adults with MS",
        ),
        (
            "It remains unclear whether yoga improves balance in older women.",
            "no clear evidence about whether yoga improves balance in older women",
        ),
        (
            "We are uncertain if early splinting speeds recovery of hand function.",
            "no clear evidence about whether early splinting speeds recovery of hand function",
        ),
    ],
)
def test_what_the_authors_cannot_tell(text: str, said: str) -> None:
    assert unsure_which(_conclusion(text).text) == said


@pytest.mark.parametrize(
    "text",
    [
        "It remains unclear whether this works.",  # points back
        "We are uncertain about the effects in children.",  # no which or whether
        "It is unclear whether the drug.",  # no verb in what cannot be told
        "We are uncertain which of the many splints, braces, tapes, sleeves, insoles or wraps "
        "used after wrist fractures in older adults gives the best grip strength.",  # too long
        "The authors are uncertain which splint is best, but rigid splints were less painful.",
    ],
)
def test_not_a_verdict_to_head_with(text: str) -> None:
    assert unsure_which(text) is None


def test_the_verdict_heads_over_what_was_looked_at() -> None:
    unsure = _conclusion("We are uncertain which cooling vest is best for heat-sensitive adults.")
    head = fill_template(
        [unsure], StudyDesign.REVIEW, "", "six trials", 2, "cooling vests for heat sensitivity", 3
    )
    assert head.text == (
        "A review of six trials found no clear evidence about which cooling vest is best for "
        "heat-sensitive adults"
    )
    assert 6 in head.sources and 2 in head.sources


def test_a_stated_finding_keeps_the_template_of_its_topic() -> None:
    helped = _conclusion("Cooling vests reduced fatigue in heat-sensitive adults with MS.")
    head = fill_template(
        [helped], StudyDesign.REVIEW, "", "six trials", 2, "cooling vests for heat sensitivity", 3
    )
    assert "uncertain" not in head.text and "no clear evidence about which" not in head.text


def test_too_little_evidence_to_inform_practice() -> None:
    text = (
        "The review authors conclude that there is not enough evidence to inform practice about "
        "using cold packs for acute ankle sprain (a twisted ankle) in adults who play sport."
    )
    assert _too_little_for(text) == (
        "too little evidence to inform practice about using cold packs for acute ankle sprain in "
        "adults who play sport"
    )
    assert _too_little_for("There is not enough evidence to inform practice about this.") is None


def test_an_empty_review_names_the_trials_of_what_it_found_none() -> None:
    empty = _conclusion(
        "We found no randomised controlled trials of bracing for children with flat feet, and "
        "therefore there is no evidence as to which brace is best.",
        4,
    )
    lone = _conclusion("We found no randomised controlled trials of bracing for children.", 4)
    for conclusion in (empty, lone):
        head = fill_template([conclusion], StudyDesign.REVIEW, "", None, None, None, None)
        assert head.text.startswith("A review found no randomised trials of bracing for children")
        assert head.empty and 4 in head.sources


def test_results_that_open_with_none_found_make_an_empty_review() -> None:
    none = _conclusion(
        "We did not identify any RCTs of ice packs during knee surgery to speed recovery of "
        "an earlier ligament repair (a mended knee band).",
        3,
    )
    later = _conclusion("The review authors plan to update the review in two years.", 4)
    head = found_empty([], [none, later], None, None)
    assert head is not None and head.empty
    assert head.text == (
        "A review found no randomised trials of ice packs during knee surgery to speed "
        "recovery of an earlier ligament repair"
    )
    on = _conclusion(
        "We found no controlled trials on tablet versus paper diaries for tracking fatigue in "
        "adults with MS.",
        3,
    )
    assert found_empty([], [on], None, None).text == (
        "A review found no controlled trials on tablet versus paper diaries for tracking "
        "fatigue in adults with MS"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We found no new trials for this update.",  # a part of the review
        "We found no randomised trials in children.",  # a part of the review
        "Ice packs reduced knee swelling after surgery.",
    ],
)
def test_not_an_empty_review_from_its_opening(text: str) -> None:
    opening = _conclusion(text, 3)
    later = _conclusion("We did not identify any trials of ice packs in children.", 5)
    assert found_empty([], [opening, later], None, None) is None
