"""Issue 9 (why it matters: the authors' implication, never a barrier or the headline again): a
conclusion that says a finding "and could reduce misdiagnosis" gives the headline its finding
and why it matters its use, in the authors' words as a possibility; a practical barrier said
after it ("the test requires a sequence that is not yet available at all centres") is a
limitation (the lead's hand-written v8). Sentences and the abstract written for these tests
(plain/why_implication.py, plain/limits.py)."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.simplify import measured
from plainsum.plain.why_implication import implied_use
from plainsum.settings import Settings

FINDING = "The skin test accurately told Lyme disease apart from other rashes in adults"


@pytest.mark.parametrize(
    ("tail", "said"),
    [
        (" and could reduce misdiagnosis.", "The authors say this could reduce misdiagnosis."),
        (
            " and may help doctors choose treatment sooner.",
            "The authors say this may help doctors choose treatment sooner.",
        ),
    ],
)
def test_the_use_the_headline_left_out_is_said_as_theirs(tail, said):
    origin = measured(FINDING + tail, (9,), 9)
    lines = implied_use(origin, FINDING)
    assert [line.text for line in lines] == [said]
    assert lines[0].sources == (9,)


@pytest.mark.parametrize(
    "tail",
    [
        " and may not apply to children.",  # a limit
        " and could be due to chance.",  # a limit
        " and may have been underpowered.",
        ".",  # no use said
    ],
)
def test_a_tail_that_is_no_use_gives_nothing(tail):
    assert implied_use(measured(FINDING + tail, (9,), 9), FINDING) == []


def test_a_use_the_headline_says_already_is_not_said_again():
    text = FINDING + " and could reduce misdiagnosis."
    assert implied_use(measured(text, (9,), 9), text.rstrip(".")) == []


_STUDY = """Accuracy of a retinal scan sign for diagnosing multiple sclerosis: a prospective study

OBJECTIVE To assess the diagnostic accuracy of a retinal scan sign for telling MS apart from
other conditions.
DESIGN, SETTING, AND PARTICIPANTS This prospective study at 9 centres enrolled 310 adults
referred for suspected MS. Readers who did not know the clinical diagnosis graded each scan. The
reference standard was the diagnosis made by an expert panel after 18 months of follow-up.
RESULTS Of 310 participants, 141 were diagnosed with MS at 18 months. The sign had a sensitivity
of 84% and a specificity of 81%. Agreement between readers was substantial.
CONCLUSIONS AND RELEVANCE The retinal scan sign accurately distinguished MS from its mimics in
people with unclear symptoms and could reduce misdiagnosis; the scan requires a dedicated camera
that is not yet available at all clinics.
"""


def test_a_diagnostic_studys_use_is_why_it_matters_and_its_barrier_a_limitation():
    summary = draft(parse(_STUDY), Settings(backend="offline")).summary
    assert "could reduce misdiagnosis" in summary.why_it_matters
    assert "not yet available" not in summary.why_it_matters
    assert "not yet available at all clinics" in summary.limitations
