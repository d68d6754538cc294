"""Findings read as procedure kept whole reviews under "A review of nine studies reports its
findings" (issue 9): a withdrawal syndrome read as people leaving a trial ("Drug-induced
withdrawal was more intense ..."), the review authors' verdict on the evidence read as what
they did ("The review authors did not find enough evidence to support X"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.implication import without_use
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    ("text", "procedural"),
    [
        # a withdrawal with a cause, a severity, a length: the syndrome
        ("Rapid drug-induced withdrawal was more intense than a slow taper of morphine", False),
        ("The severity of withdrawal was lower with the patch", False),
        ("The length of withdrawal did not depend on the dose of sedative", False),
        ("Withdrawal managed with a slow taper lasted longer", False),
        ("Withdrawal severity was lower with the patch than with tablets", False),
        # people leaving a trial
        ("Withdrawals were more common in the patch group", True),
        ("Withdrawal from the trial was higher with the patch", True),
        # the review authors' verdict on the evidence
        (
            "The review authors did not find enough evidence to support or refute shorter visits",
            False,
        ),
        (
            "The review authors could not find convincing evidence that massage eases back pain",
            False,
        ),
        # what they did
        ("The review authors did not pool the results of the trials", True),
        ("The review authors contacted the trial authors for missing data", True),
        # what no study reported on: no verdict on the question asked
        ("The review authors did not find any evidence on sleep or quality of life", True),
    ],
)
def test_a_syndrome_and_a_verdict_are_findings(text: str, procedural: bool) -> None:
    assert is_procedural(text) is procedural


def test_a_review_whose_results_are_about_withdrawal_is_headed_by_one() -> None:
    results = [
        measured("Nine studies with 900 people met the entry rules for the review.", (0,)),
        measured(
            "Drug-induced withdrawal is more intense but shorter than withdrawal managed with "
            "a slow taper.",
            (1,),
        ),
    ]
    head = choose_headline([], results, StudyDesign.REVIEW, studies="nine studies")
    assert head.text.startswith("Drug-induced withdrawal is more intense")
    assert not head.from_template


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The effect and safety of muscle relaxants in MS is poorly documented and no "
            "recommendations can be made to guide prescribing",
            "The effect and safety of muscle relaxants in MS is poorly documented",
        ),
        (
            "Cooling vests gave only a small short-term benefit on fatigue in MS, and they "
            "cannot be recommended for daily use",
            "Cooling vests gave only a small short-term benefit on fatigue in MS",
        ),
        # no advice after it: nothing to cut
        ("The effect and safety of muscle relaxants in MS is poorly documented", None),
        # the advice is the sentence's only clause
        ("No recommendations can be made to guide prescribing in MS", None),
    ],
)
def test_advice_run_on_after_a_finding_is_cut_from_the_headline(text: str, head: str | None):
    assert without_use(text) == head
