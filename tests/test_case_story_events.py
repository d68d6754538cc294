"""A case report's body tells its case (issue 9): who the patient was, what happened to them and
what was done, from the report's own sentences. A long sentence that says what happened ("...,
each had a severe attack ...; two needed ...") is the case's main event, never left out for its
length; a case under an inline "Case presentation:" heading inside an "Objectives:" section is the
case too; a unit's last letter ("2,400 IU/L.") ends a sentence. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
from composed_draft import drafted

from plainsum.plain.case_events import said_in_case
from plainsum.plain.case_story import case_sentences, opens_on_case, with_case_opening
from plainsum.plain.lines import Line
from plainsum.plain.sentences import Role, split_sentences
from plainsum.plain.simplify import PlainSentence, measured
from plainsum.plain.source import SourceSentence

# A small case series whose main event is one long sentence joined by a semicolon.
SERIES = (
    "We report four men with relapsing multiple sclerosis who stopped fingolimod on their own "
    "after a year of stable disease. None had had an attack in the two years before stopping. "
    "Between 6 and 12 weeks after the last tablet, each had a severe attack with many new "
    "lesions on the brain scan; three needed steroid infusions and one spent a week in "
    "hospital. All four slowly regained their walking over the next six months. Later, two "
    "men went back on fingolimod and two moved to another drug. These cases show that "
    "stopping fingolimod can be followed by a severe return of disease activity within weeks. "
    "People on fingolimod who wish to stop should plan it with their neurologist."
)


def test_a_case_series_body_says_what_happened_to_the_patients() -> None:
    summary = drafted(SERIES)
    body = summary.what_the_study_did
    assert "four men with relapsing" in body  # who
    assert "each had a severe attack" in body  # what happened, whatever its length


def _sentences(*pairs: tuple[str, Role]) -> list[SourceSentence]:
    return [SourceSentence(i, text, role, 0, 0) for i, (text, role) in enumerate(pairs)]


def test_a_case_heading_inside_an_objectives_section_opens_the_case() -> None:
    sentences = _sentences(
        ("Tick bites need early care to avoid a spreading infection.", Role.AIM),
        ("Case presentation: A 41-year-old farmer was admitted with fever.", Role.AIM),
        ("He had a red ring on his leg.", Role.AIM),
        ("Early antibiotics can prevent harm.", Role.CONCLUSION),
    )
    assert case_sentences(sentences) == frozenset({1, 2})


def test_an_opening_that_says_the_patient_was_diagnosed_is_the_case() -> None:
    assert opens_on_case(
        "A 29-year-old woman who had a sore throat was diagnosed with a rare heart infection."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her enzyme level was 2,400 IU/L. Her liver scan was normal.",
            ["Her enzyme level was 2,400 IU/L.", "Her liver scan was normal."],
        ),
        (
            "Sodium was 128 mmol/L. It rose to 135 mmol/L within two days.",
            ["Sodium was 128 mmol/L.", "It rose to 135 mmol/L within two days."],
        ),
        # an initial is no sentence end
        (
            "The scale of J. Smith was used. It has ten items.",
            ["The scale of J. Smith was used.", "It has ten items."],
        ),
    ],
)
def test_a_units_last_letter_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_the_researchers_reporting_a_patient_open_the_case() -> None:
    # (the drafted form of "We present the case of ...")
    assert opens_on_case("The researchers present the case of a 58-year-old man with gout.")


def test_the_design_frame_linked_to_the_opening_stays() -> None:
    """The design's frame ("This paper reports on one patient ...") is linked to the sentence
    that names the design, often the opening itself: keeping the opening over the grade never
    takes the frame's place."""
    frame = Line("This paper reports on one patient or a small group of patients.", (0,))
    opening_text = "We report three cases of a rash in women on a new tablet."
    opening = Line(opening_text, (0,))
    result = Line("She was treated with a cream.", (2,))
    results = [measured(opening_text, (0,), 0), measured("She was treated with a cream.", (2,), 1)]
    did, _ = with_case_opening([frame, opening, result], [opening, result], results, set(), True)
    assert [x.text for x in did][:2] == [frame.text, opening_text]


CARED_FOR = (
    "We present the case of a 58-year-old man with long-standing gout who came in with a "
    "swollen, hot right knee. Fluid drawn from the knee held crystals and no germs. He was "
    "treated with a short course of steroid tablets and rest. After two weeks his knee was "
    "back to normal. Gout can flare in a large joint and look like an infection."
)


def test_a_case_body_says_what_was_done_for_the_patient() -> None:
    body = drafted(CARED_FOR).what_the_study_did
    assert "58-year-old man" in body
    assert "treated with a short course of steroid tablets" in body


def test_a_care_sentence_that_points_only_at_the_patient_may_be_told() -> None:
    """ "He was treated with ..." leans on no more than the patient the opening names."""
    told = measured("He was treated with compression stockings and bandages.", (7,), 7)
    leaning = PlainSentence(**{**told.__dict__, "leans": True})
    assert said_in_case(leaning, opened=True) is not None
    assert said_in_case(leaning, opened=False) is None  # no opening names him


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("We encountered an elderly male patient who had swollen legs after heart surgery.", True),
        ("We treated a young woman with MS whose walking got worse after a fever.", True),
        # patients in general, no one patient: no case
        ("We treated older patients with two kinds of water tablets.", False),
    ],
)
def test_a_patient_the_authors_met_aged_in_words_opens_the_case(text: str, opens: bool) -> None:
    assert opens_on_case(text) is opens
