"""Issue 9 (why it matters): when the headline took the authors' finding, their next sentence on
what it could be used for ("If confirmed, checking X at diagnosis may help identify people at
risk", "Our findings have implications for counselling ...") was read as a finding and put in
the body, and why it matters was left with the frame "The study's summary does not say more
...". It is said under why it matters (plain/why_implication.an_implication, plain/compose.py).
Abstracts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.frames import HEADLINE_IS_THEIRS
from plainsum.plain.why_implication import an_implication
from plainsum.settings import Settings

_COHORT = """Low folate at diagnosis and later disability in multiple sclerosis: a cohort study

Background: Folate is needed for healthy nerves.
Methods: We measured folate at diagnosis in 590 people with MS and followed them for 7 years.
Results: People with low folate at diagnosis reached moderate disability sooner than those with
normal levels (hazard ratio 1.5, 95% CI 1.1 to 2.1).
Conclusions: Low folate at diagnosis was linked with faster disability worsening in MS. If
confirmed, checking folate at diagnosis may help identify people at risk.
"""

_REGISTRY = """Planned pregnancy and relapses after birth in multiple sclerosis: a cohort study

Background: Many women with MS plan pregnancies around their treatment.
Methods: We followed 512 pregnancies in women with relapsing MS from a national registry and
compared planned and unplanned pregnancies.
Results: Relapses in the year after birth occurred in 18% of planned and 29% of unplanned
pregnancies.
Conclusions: Planned pregnancies were followed by fewer relapses after birth in women with MS. Our
findings have implications for counselling women with MS who wish to have children.
"""


@pytest.mark.parametrize(
    ("abstract", "use"),
    [
        (_COHORT, "checking folate at diagnosis may help"),
        (_REGISTRY, "implications for counselling women with MS who wish to have children"),
    ],
)
def test_what_the_finding_could_be_used_for_is_why_it_matters(abstract, use) -> None:
    summary = draft(parse(abstract), Settings(backend="offline")).summary
    assert use in summary.why_it_matters
    assert use not in summary.what_the_study_did
    assert HEADLINE_IS_THEIRS not in summary.why_it_matters


@pytest.mark.parametrize(
    ("text", "implication"),
    [
        ("If confirmed, checking vitamin D at diagnosis may help identify people at risk.", True),
        ("Our findings have implications for counselling women with MS.", True),
        ("Measuring the protein may help guide treatment decisions.", True),
        ("The course could be offered to people who cannot travel to a clinic.", True),
        # what was found, hedged, is a finding
        ("Non-drug treatments may help with muscle stiffness in adults with MS.", False),
        ("Cooling vests reduced fatigue in people with MS.", False),
        ("The drug may be used safely in pregnancy, the data suggest.", False),
    ],
)
def test_a_use_is_not_a_finding(text, implication) -> None:
    assert an_implication(text) is implication
