"""A paper whose own "MS" is not multiple sclerosis ("the moderate to severe (MS) group", "mass
spectrometry (MS)") is no paper about MS, and its draft writes its MS out (issue 9: a draft on
leg swelling said "more frequent in the MS group" and took the paper for one about MS). Texts
written for the tests."""

from __future__ import annotations

from body_lines import did_lines

from plainsum.about_ms import ms_defined_otherwise, ms_named
from plainsum.design import detect_design
from plainsum.ingest import parse

SWELLING = (
    "Aim: Ankle swelling in 120 older outpatients was studied to find how often it occurs and "
    "what goes with it. Methods: By the swelling score, people were put in three groups: the "
    "moderate to severe (MS) group, the slight (SL) group and the group without swelling. "
    "Results: There were 30 people in the MS group and 25 in the SL group. Heart failure and "
    "kidney disease were more frequent in the MS group than in the group without swelling. "
    "Walking trouble was more frequent in the MS and SL groups. Conclusion: Ankle swelling was "
    "common in older outpatients and was linked strongly with heart failure and low activity."
)


def test_an_ms_defined_otherwise_is_not_multiple_sclerosis() -> None:
    assert ms_defined_otherwise("the moderate to severe (MS) group")
    assert ms_defined_otherwise("measured by mass spectrometry (MS) in blood")
    assert not ms_defined_otherwise("people with multiple sclerosis (MS) took the drug")
    assert ms_named("the moderate to severe (MS) group and the MS group") == []
    assert len(ms_named("people with multiple sclerosis (MS); the MS group")) == 3


def test_a_paper_whose_ms_is_its_own_group_is_not_about_ms() -> None:
    assert not detect_design(parse(SWELLING)).about_ms


def test_its_ms_is_written_out_in_the_draft() -> None:
    did = " ".join(did_lines(SWELLING))
    assert "MS" not in did.replace("moderate to severe", "")
    assert "moderate to severe" in did
