"""A case report's body tells how the case ended ("Her symptoms resolved over six weeks"), even
where the paper says it among its conclusions: the lead's hand-written case of a woman on an MS
drug with a brain infection kept the infection and its treatment and lost that she got better."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.case_events import tells_outcome
from plainsum.settings import Settings

CASE = (
    "A 41-year-old man with relapsing-remitting multiple sclerosis treated with natalizumab for "
    "three years presented with a week of fever and blurred vision. An eye examination showed "
    "inflammation at the back of both eyes. Fluid from the eye was positive for cytomegalovirus. "
    "Natalizumab was stopped and he received antiviral drugs for four weeks. His vision "
    "recovered over two months, and he later started another treatment without recurrence. "
    "Doctors should think of eye infections in people on natalizumab who report blurred vision."
)


def test_the_body_of_a_case_report_tells_how_it_ended():
    summary = draft(parse(CASE), Settings(backend="offline")).summary
    assert "recovered" in summary.what_the_study_did


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Her symptoms resolved over six weeks.", True),
        ("He recovered fully and returned to work.", True),
        ("The patient died two days later.", True),
        # not how the patient's case ended
        ("Pain scores improved in the treated group.", False),
        ("MRI showed a new lesion in the right frontal lobe.", False),
    ],
)
def test_how_a_case_ended(text, ended):
    assert tells_outcome(text) is ended
