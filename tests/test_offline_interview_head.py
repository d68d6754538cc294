"""An interview study heads with what its people feel ("People who stop treatment feel both
relief and fear"), its authors' conclusion, and why it matters gives that conclusion whole when
the drafter split it in two ("They want continued support ..." leans on the first half). Every
sentence here is written for these tests."""

from __future__ import annotations

from composed_draft import composed

from plainsum.plain.finding import states_finding

INTERVIEWS = (
    "Aim: To explore how people with relapsing MS experience changing to a new infusion "
    "treatment.\n\n"
    "Methods: We interviewed 18 people with relapsing MS who had changed treatment in the past "
    "year and analysed the interviews with thematic analysis.\n\n"
    "Results: Two themes emerged: hope that the new treatment would work, and worry about "
    "infections. Most participants wanted more time with the MS nurse before the first "
    "infusion.\n\n"
    "Conclusions: People with relapsing MS who change to an infusion treatment feel both hope "
    "and worry, and they want more time with the MS team before it starts."
)


def test_what_people_feel_is_a_finding() -> None:
    assert states_finding("People who stop treatment feel both relief and fear")
    assert states_finding("Most carers felt left out of decisions about care")
    assert not states_finding("Eighteen people were interviewed at home")


def test_an_interview_study_heads_with_its_conclusion_and_gives_it_whole_below() -> None:
    head, _, why, _ = composed(INTERVIEWS)
    assert head.startswith("People with relapsing MS who change to an infusion treatment feel")
    # the second half, which leans on the first, never stands alone under why it matters
    assert "They want more time with the MS team" in why
    assert why.index("feel both hope and worry") < why.index("They want more time")
