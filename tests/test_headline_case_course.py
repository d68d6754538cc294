"""A case report's headline that retells the case's story, where the report's conclusions draw
a lesson from it, is the case's course, not the main finding (issue 8; offline drafts of case
reports were headlined "Diagnosis was confirmed on CT scan, ..."). Abstracts written for these
tests."""

from __future__ import annotations

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

LESSON_CASE = parse(
    "A Littre hernia is a groin hernia that holds a small pouch of the bowel wall. Fewer than "
    "a hundred cases have been written up. We report the case of a 61 year old man who came "
    "to the clinic with a painful lump in his right groin. The lump was removed at surgery and "
    "the pouch was cut out with the hernia sac. He went home two days later. Littre hernias are "
    "rare and easily mistaken for other groin lumps. Surgeons should look for a bowel pouch "
    "whenever a groin hernia holds bowel."
)
STORY_ONLY_CASE = parse(
    "We report the case of a 61 year old man who came to the clinic with a painful lump in "
    "his right groin. The lump was removed at surgery and the pouch was cut out with the "
    "hernia sac. He went home two days later."
)
BODY = {
    "what_the_study_did": "Doctors describe one man with a rare groin hernia and how it was "
    "treated. The hernia held a small pouch of the bowel wall.",
    "why_it_matters": "This report is not about MS. If you have a new lump in the groin, show "
    "it to your doctor.",
    "limitations": "This is a report of one man, so others may not have the same signs.",
}


def _headline_errors(source, headline: str) -> list[str]:
    summary = PlainSummary(headline=headline, **BODY)
    return [f.message for f in check_headline(source, summary)]


def test_a_retold_step_of_the_case_is_its_course():
    errors = _headline_errors(
        LESSON_CASE, "The lump was removed at surgery and the pouch was cut out with the sac"
    )
    assert errors and "course" in errors[0]


def test_the_lesson_is_the_headline():
    assert not _headline_errors(
        LESSON_CASE, "Littre hernias are rare and easily mistaken for other groin lumps"
    )


def test_a_report_with_no_lesson_may_retell_its_case():
    assert not [
        m
        for m in _headline_errors(
            STORY_ONLY_CASE,
            "The lump was removed at surgery and the pouch was cut out with the sac",
        )
        if "course" in m
    ]
