"""A number of one arm of a study given for the other (checks/number_arms.py). The paper and
sentences are written for these tests."""

import pytest

from plainsum.checks.number_arms import arm_of, other_arm_numbers
from plainsum.checks.number_findings import number_findings
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

TRIAL = parse(
    """Balance training for people with multiple sclerosis: a randomised trial

Methods: We randomised 84 adults with multiple sclerosis to 10 weeks of balance training
(n = 44) or usual care (n = 40). Falls were recorded in diaries for 6 months.

Results: Over 6 months, 120 falls were recorded. Participants in the training group
reported 31 falls and those in the usual care group reported 89 falls. In the training group,
18 of 44 participants (41%) fell at least once, compared with 27 of 40 (68%) in the usual care
group. Walking speed was faster after training, by 0.2 metres a second.

Conclusions: Balance training reduced falls in people with multiple sclerosis."""
)


@pytest.mark.parametrize(
    "sentence,numbers",
    [
        # a number of the other arm
        ("In the training group, 27 people fell at least once.", ["27"]),
        ("In the usual care group, 18 people fell at least once.", ["18"]),
        ("About 68% of people who trained fell at least once.", ["68"]),
        ("About 41% of people in usual care fell at least once.", ["41"]),
        ("Forty-four people had usual care.", ["Forty-four"]),
        (
            "People in the training group had 89 falls, and those in usual care had 31.",
            ["89", "31"],
        ),
        # each number with its own arm
        ("People in the training group had 31 falls, and those in usual care had 89.", []),
        ("About 41% of people who trained fell, compared with 68% in usual care.", []),
        ("Forty-four people had balance training.", []),
        # a whole before the counts of its groups is no group's
        ("All 84 adults (44 in the training group, 40 in usual care) kept diaries.", []),
        ("All 84 adults (40 in the training group, 44 in usual care) kept diaries.", ["40", "44"]),
        # a pair after a comparison of two arms follows their order (the paper's "18 ... 27"
        # too: "fell in the training group than in the usual care group (18 of 44 versus 27")
        ("More people fell in the usual care group than in the training group (27 versus 18).", []),
        (
            "More people fell in the training group than in the usual care group (27 versus 18).",
            ["27", "18"],
        ),
        # no arm named, or a number both arms share, or an effect's size
        ("The trial included 84 adults with MS.", []),
        ("People in the usual care group kept diaries for 6 months.", []),
        ("People in the training group walked faster, by 0.2 metres a second.", []),
    ],
)
def test_a_number_of_another_arm(sentence, numbers):
    assert [n for n, _, _ in other_arm_numbers(sentence, TRIAL)] == numbers


@pytest.mark.parametrize(
    "text,number,arm",
    [
        ("Those in the placebo group reported 12 falls.", "12", "placebo group"),
        ("Of those on a dummy pill, 12 fell.", "12", "on a dummy pill"),
        ("12 of 40 in the usual care group fell.", "12", "usual care"),
        ("People who meditated had 12 falls.", "12", "who meditated"),
        ("Women who received the vaccine had 12 colds.", "12", "who received the vaccine"),
        ("There were 12 falls in the two groups together.", "12", None),
    ],
)
def test_the_arm_of_a_number(text, number, arm):
    at = text.index(number)
    found = arm_of(text, at, at + len(number))
    if arm is None:
        assert found is None
    else:
        assert found is not None and arm in found[3]


def test_the_finding_names_both_arms():
    sentence = "In the training group, 27 people fell at least once."
    link = EvidenceLink(
        section="what_the_study_did",
        index=0,
        text=sentence,
        kind="content",
        source_sentences=[],
        spans=[],
        score=0.0,
    )
    (finding,) = number_findings(link, TRIAL)
    assert finding.check == "numbers" and "training group" in finding.message
    assert "usual care group" in finding.message
