"""Issue 9 (designs from the lead's hand-written abstracts): an interview study is a qualitative
study, with its own frame and caveat, not a study of unknown design; a guideline made by a panel
is a guideline, not a narrative review; patients' cells exposed to a compound in culture are lab
work, not a study that watches people. Abstracts written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.frames import DESIGN_NAMED, caveats, design_sentence
from plainsum.schemas import StudyDesign

INTERVIEWS = (
    "Background: Young adults with MS often stop working within ten years of diagnosis. "
    "Methods: We held in-depth interviews with 18 young adults with MS who had left paid work. "
    "Interviews were audio-recorded and transcribed, and we used thematic analysis. "
    "Results: Four themes were identified: hiding symptoms at work, tiredness after the "
    "commute, managers who did not adapt the job, and relief after leaving. "
    "Conclusions: Employers need better guidance on adapting jobs for staff with MS."
)
FOCUS_GROUPS = (
    "We ran six focus groups with 31 carers of people with dementia to learn how they use "
    "respite services. Transcripts were analysed using a framework analysis. Three main themes "
    "emerged: guilt, cost and trust in staff. Carers wanted respite that could be booked at "
    "short notice."
)
GUIDELINE = (
    "Objective: To give advice on treating bladder problems in multiple sclerosis. Methods: A "
    "multidisciplinary panel of neurologists, urologists and nurses reviewed the evidence and "
    "agreed on the statements in two Delphi rounds. Statements were graded by the strength of "
    "the evidence. Results: The panel agreed on 22 statements. Pelvic floor training should be "
    "offered first. Conclusions: This guideline should help teams give the same advice."
)
# a guideline that says its panel recommends, never "we recommend" nor how it was agreed
PANEL_RECOMMENDS = (
    "Guideline on managing falls in multiple sclerosis. An expert panel reviewed the evidence "
    "published up to 2024. The panel recommends balance training for people who have fallen "
    "in the past year. Home visits may help some people. The panel found little evidence on "
    "walking aids."
)
CULTURE = (
    "Blood samples were taken from 24 patients with relapsing MS and 10 healthy controls. "
    "Immune cells were isolated and incubated with compound AB-12 or with the solvent alone "
    "for two days, and the signalling proteins they released were measured. Cells from "
    "patients released more interleukin-6, and AB-12 lowered its release by a third."
)
# no "semi-structured" or "thematic analysis": people interviewed, their answers read for themes
INTERVIEWED = (
    "Objective: To explore why people with MS stop their exercise programme. Methods: We "
    "interviewed 16 adults with MS who had left a gym programme within a year. Answers were "
    "analysed thematically. Results: Three themes emerged: tiredness, cost and feeling out of "
    "place. Conclusions: Programmes should plan for tiredness."
)
# what each must not become: a trial with interviews about taking part stays a trial
TRIAL_WITH_INTERVIEWS = (
    "We randomised 120 adults with MS to an exercise programme or usual care in a controlled "
    "trial. After 12 weeks, walking speed improved more in the exercise group than with usual "
    "care. A few participants were also interviewed about taking part."
)
CELLS_WITH_PATIENT_URINE = (
    "Kidney cells were cultured in vitro and exposed to urine samples from 30 patients with "
    "kidney stones. Protein levels in the cultured cells were measured and compared with "
    "untreated cells."
)


@pytest.mark.parametrize(
    ("text", "design"),
    [
        (INTERVIEWS, StudyDesign.QUALITATIVE),
        (INTERVIEWED, StudyDesign.QUALITATIVE),
        (FOCUS_GROUPS, StudyDesign.QUALITATIVE),
        (GUIDELINE, StudyDesign.GUIDELINE),
        (PANEL_RECOMMENDS, StudyDesign.GUIDELINE),
        (CULTURE, StudyDesign.LAB),
        (TRIAL_WITH_INTERVIEWS, StudyDesign.TRIAL),
        (CELLS_WITH_PATIENT_URINE, StudyDesign.OBSERVATIONAL),
    ],
)
def test_the_design_is_read_from_what_the_study_did(text: str, design: StudyDesign) -> None:
    assert detect_design(parse(text)).design == design


def test_a_qualitative_study_is_framed_as_what_people_said() -> None:
    sentence = design_sentence(StudyDesign.QUALITATIVE)
    assert sentence is not None and "experiences" in sentence
    (caveat,) = caveats(StudyDesign.QUALITATIVE)
    assert "how common" in caveat
    # the frame is said only of a paper that says it asked people
    assert DESIGN_NAMED[StudyDesign.QUALITATIVE].search(INTERVIEWS)
    assert detect_design(parse(INTERVIEWS)).in_people


def test_a_qualitative_draft_names_its_design_and_no_link_or_cause() -> None:
    from plainsum.api import draft
    from plainsum.settings import Settings

    result = draft(INTERVIEWS, Settings(backend="offline"))
    body = result.summary.what_the_study_did
    assert body.startswith(design_sentence(StudyDesign.QUALITATIVE) or "")
    assert "cause and effect" not in result.summary.limitations
    assert "how common" in result.summary.limitations
