"""A case report's draft (issue 9): the case told under an inline heading the parser does not
know ("Case presentation: ...") is the body's story, not background left out; the authors'
lesson ("This case highlights the importance of X") heads as "A case report highlights ...",
never "A case report reports its findings". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from composed_draft import drafted

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.case_story import case_sentences
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import headline_forms
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import measured
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign

CASE = (
    "Blurred vision from swelling at the back of the eye on fingolimod in a man with MS\n\n"
    "Background: Swelling at the back of the eye is a known harm of fingolimod, a daily tablet "
    "for relapsing multiple sclerosis. It is most common in the first months of treatment.\n"
    "Case presentation: We describe a 52-year-old man with relapsing MS who started fingolimod "
    "three months before. He noticed blurred vision in his right eye over two weeks. An eye "
    "scan showed swelling at the back of the right eye. Fingolimod was stopped and eye drops "
    "were given. His vision was back to normal after four months.\n"
    "Conclusions: This case highlights the importance of eye checks three to four months after "
    "people with MS start fingolimod. Blurred vision in these patients should prompt an eye "
    "examination.\n"
)


def _sentences(*pairs: tuple[str, Role]) -> list[SourceSentence]:
    return [SourceSentence(i, text, role, 0, 0) for i, (text, role) in enumerate(pairs)]


def test_the_case_under_its_own_heading_is_the_case_reports_story() -> None:
    sentences = _sentences(
        ("Eye swelling is a known harm of the tablet.", Role.BACKGROUND),
        ("Case presentation: We describe a man of 52 with MS.", Role.BACKGROUND),
        ("He noticed blurred vision.", Role.BACKGROUND),
        ("This case highlights the need for eye checks.", Role.CONCLUSION),
    )
    assert case_sentences(sentences) == frozenset({1, 2})
    # no case heading: the background stays background
    assert case_sentences(sentences[:1] + sentences[2:]) == frozenset()


@pytest.mark.parametrize(
    "opening",
    [
        "We report a 29-year-old man with MS who lost the sight of one eye on a new drug.",
        "Here we describe the case of a 61-year-old woman who developed a skin rash.",
        "We present a six-year-old boy with a first attack of optic neuritis.",
        "The authors report an 8-month-old girl with a rare white matter disease.",
    ],
)
def test_an_unheaded_case_report_opening_on_its_case_tells_it(opening: str) -> None:
    """Without a case heading, the opening "We report a 29-year-old man ..." is the case:
    read as background by its place, it would be left out of the draft."""
    sentences = _sentences(
        (opening, Role.BACKGROUND),
        ("Blood tests were normal.", Role.RESULTS),
        ("Doctors should know this harm.", Role.CONCLUSION),
    )
    assert case_sentences(sentences) == frozenset({0})


@pytest.mark.parametrize(
    "background",
    [
        "We report the results of a survey of 300 people with MS.",
        "Optic neuritis is common in young adults with MS.",
        "We describe how a 12-week programme was set up in three clinics.",
    ],
)
def test_a_background_that_opens_on_no_case_stays_background(background: str) -> None:
    sentences = _sentences((background, Role.BACKGROUND), ("It helped.", Role.RESULTS))
    assert case_sentences(sentences) == frozenset()


UNHEADED_CASE = (
    "We report a 47-year-old woman with relapsing MS who developed widespread itching and hives "
    "two weeks after starting a new tablet. Allergy tests were negative. The itching settled "
    "within a month of stopping the tablet. Doctors should ask about itching in the first weeks "
    "of treatment."
)


def test_an_unheaded_case_reports_draft_says_what_happened_to_the_patient() -> None:
    summary = drafted(UNHEADED_CASE)
    told = f"{summary.headline} {summary.what_the_study_did}"
    assert "47-year-old woman" in told and "itching and hives" in told


@pytest.mark.parametrize(
    ("design", "sentence", "expected"),
    [
        (
            StudyDesign.CASE_REPORT,
            "This case highlights the importance of eye checks after starting fingolimod.",
            "A case report highlights the importance of eye checks after starting fingolimod",
        ),
        (
            StudyDesign.CASE_REPORT,
            "Our report shows that eye swelling can come late on fingolimod.",
            "A case report shows that eye swelling can come late on fingolimod",
        ),
        # another design's "this report" is no case report
        (
            StudyDesign.OBSERVATIONAL,
            "This report shows that eye swelling can come late on fingolimod.",
            "This report shows that eye swelling can come late on fingolimod",
        ),
    ],
)
def test_a_case_reports_lesson_names_the_report(
    design: StudyDesign, sentence: str, expected: str
) -> None:
    assert headline_forms(measured(sentence, (1,)), design, "animals")[0][1] == expected


def test_a_case_report_draft_tells_the_case_and_heads_with_its_lesson() -> None:
    summary = drafted(CASE)
    assert summary.headline.startswith("A case report highlights the importance of eye checks")
    assert "blurred vision in his right eye" in summary.what_the_study_did
    assert "vision was back to normal" in summary.what_the_study_did
    # the advice, its "these patients" said as the people the lesson names
    assert "Blurred vision in people with MS" in summary.why_it_matters or (
        "Blurred vision in people" in summary.why_it_matters
    )


def test_a_case_reports_conclusion_heads_over_what_happened_to_the_patient() -> None:
    results = [
        measured("An eye scan showed swelling at the back of the right eye.", (3,), 0),
        measured("His vision was back to normal after four months.", (4,), 1),
    ]
    conclusions = [
        measured(
            "Swelling at the back of the eye can come late on fingolimod, months after "
            "treatment starts, and is easily missed without a careful eye examination by a "
            "trained eye doctor.",
            (5,),
            2,
        )
    ]
    head = choose_headline(conclusions, results, StudyDesign.CASE_REPORT)
    assert head.origin == conclusions[0].text
    # ... and with no conclusion that can head, what happened still does
    head = choose_headline([], results, StudyDesign.CASE_REPORT)
    assert head.origin == results[0].text


def test_after_an_opening_on_the_case_its_course_is_the_case_to_the_conclusions() -> None:
    """An unheaded case report's course ("She presented with ...", "The drug was stopped") is
    read as methods by its cues: it is the case, up to the authors' conclusions."""
    sentences = _sentences(
        (
            "We report a 39-year-old woman with MS who developed a rare brain infection.",
            Role.BACKGROUND,
        ),
        ("She presented with weakness of one arm.", Role.METHODS),
        ("The drug was stopped and plasma exchange was performed.", Role.METHODS),
        ("Blood tests were normal.", Role.RESULTS),
        ("This case shows the need for regular checks.", Role.CONCLUSION),
        ("Further cases were collected by telephone.", Role.METHODS),
    )
    assert case_sentences(sentences) == frozenset({0, 1, 2})


UNHEADED_COURSE = (
    "We describe a 51-year-old man with relapsing multiple sclerosis who developed progressive "
    "multifocal leukoencephalopathy after four years of treatment with a monthly infusion. He "
    "presented with clumsiness of the left hand and trouble reading. The infusion was stopped "
    "and plasma exchange was performed. This case shows that the risk of this infection remains "
    "after several years of treatment."
)


def test_an_unheaded_case_reports_headline_says_what_happened_to_the_patient() -> None:
    summary = drafted(UNHEADED_COURSE)
    # what happened to him, in plain words, heads; his course is told in the body
    assert summary.headline.startswith("A 51-year-old man with relapsing MS developed a rare brain")
    assert "infusion was stopped" in summary.what_the_study_did
    assert "leukoencephalopathy" not in f"{summary.headline} {summary.what_the_study_did}"


def test_a_case_series_told_of_its_patients_heads_with_what_happened_to_them() -> None:
    said = "The researchers describe three men who developed hair loss while taking the drug."
    forms = [text for _, text in headline_forms(measured(said, (0,)), StudyDesign.CASE_REPORT, "")]
    assert "Three men developed hair loss while taking the drug" in forms
    # never the count of something other than patients described
    said = "The researchers describe three clinics that set up a hair loss service."
    forms = [text for _, text in headline_forms(measured(said, (0,)), StudyDesign.CASE_REPORT, "")]
    assert not any(text.startswith("Three clinics") for text in forms)


@pytest.mark.parametrize(
    "sentence",
    [
        # no patient: a description of how something was done
        "The researchers describe a programme that was set up in three clinics.",
        # the patient, but nothing that happened to them
        "The researchers describe a 40-year-old woman with relapsing MS.",
    ],
)
def test_a_description_that_tells_no_case_gives_no_case_headline(sentence: str) -> None:
    forms = [
        text for _, text in headline_forms(measured(sentence, (0,)), StudyDesign.CASE_REPORT, "")
    ]
    assert not any(text.startswith(("A programme", "A 40-year-old")) for text in forms)


def test_an_unheaded_case_reports_lesson_is_why_it_matters_when_what_happened_heads() -> None:
    """'This case shows X' points at the case the body tells: under why it matters it reads as
    'The case shows X', never left out for pointing back (the section was empty)."""
    summary = drafted(UNHEADED_COURSE)
    assert summary.why_it_matters.startswith(
        "The case shows that the risk of this infection remains after several years"
    )


# A case report that opens on its patient with no reporter ("A 61-year-old woman presented
# with ..."): the opening is the case, not background the body leaves out (the body began at
# the biopsy and said "he was treated" of a patient it never introduced).
BARE_CASE = (
    "A 61-year-old woman presented with three days of sudden weakness in both legs and numbness "
    "below the chest after a mild chest infection. She had no earlier neurological symptoms. "
    "A spinal scan showed a long area of swelling in the spinal cord. Tests for infection and "
    "for antibodies linked to other conditions were negative. She was treated with high-dose "
    "steroids and then plasma exchange. She walked with a stick after six weeks and without "
    "help after six months. A long area of spinal cord swelling after an infection can recover "
    "well with early treatment."
)


@pytest.mark.parametrize(
    "opening",
    [
        "A 61-year-old woman presented with three days of weakness in both legs.",
        "A 7-year-old boy was admitted with fever and a stiff neck.",
        "A 34-year-old pregnant woman developed double vision in her second trimester.",
    ],
)
def test_an_opening_on_the_patient_opens_on_the_case(opening: str) -> None:
    sentences = _sentences((opening, Role.BACKGROUND), ("She was treated.", Role.METHODS))
    assert case_sentences(sentences) == frozenset({0, 1})


@pytest.mark.parametrize(
    "opening",
    [
        # the scene, not a patient
        "A 10-year-old vaccine programme was reviewed in two regions.",
        "Weakness in both legs is a common reason for a visit to the emergency room.",
    ],
)
def test_other_openings_are_no_case(opening: str) -> None:
    sentences = _sentences((opening, Role.BACKGROUND), ("Most recover.", Role.METHODS))
    assert case_sentences(sentences) == frozenset()


def test_the_body_tells_the_patient_a_report_opens_on() -> None:
    source = parse(BARE_CASE)
    assert detect_design(source).design == StudyDesign.CASE_REPORT
    did = drafted(BARE_CASE).what_the_study_did
    assert "61-year-old woman" in did


def test_a_case_presented_as_a_case_of_someone_heads_with_that_person() -> None:
    # "A case of a 29-year-old man ... developed" said that a case developed it
    sentence = (
        "The researchers present a case of a 29-year-old man with relapsing MS who developed "
        "a large brain lesion after stopping his infusions."
    )
    forms = [
        text for _, text in headline_forms(measured(sentence, (0,)), StudyDesign.CASE_REPORT, "")
    ]
    assert forms[1].startswith("A 29-year-old man with relapsing MS developed a large brain")
    assert not any(text.startswith("A case of") for text in forms)


SERIES = (
    "Statins are taken by many people with MS who have high cholesterol. We describe three men "
    "with relapsing MS who developed painful muscle cramps within two months of starting a "
    "statin. None had kidney or thyroid disease. In all three, the cramps were worst at night "
    "and affected both legs. Two men got better after switching to another statin, and one "
    "stopped statins, after which his cramps went away within six weeks. Muscle cramps may be "
    "mistaken for MS spasms. Muscle problems are a known harm of statins, but cramps are "
    "rarely listed. Doctors should ask about cramps when a statin is started."
)


def test_a_case_series_heads_with_its_people_and_the_body_still_says_whom_it_is_about() -> None:
    told = measured(
        "The researchers describe three men with MS who developed cramps after starting a statin.",
        (0,),
    )
    forms = [text for _, text in headline_forms(told, StudyDesign.CASE_REPORT, "")]
    assert "Three men with MS developed cramps after starting a statin" in forms
    # the opening on the three men stays in the body: never a body that opens "None had"
    summary = drafted(SERIES)
    assert summary.what_the_study_did.startswith("The researchers describe three men")


@pytest.mark.parametrize(
    "headline",
    [
        "In all four, symptoms began in the dominant hand",
        "All three improved after the drug was stopped",
    ],
)
def test_a_count_with_no_noun_leans_on_a_sentence_not_seen(headline: str) -> None:
    from plainsum.plain.standalone import leans_back

    assert leans_back(headline)
    assert not leans_back("All three men improved after the drug was stopped")
