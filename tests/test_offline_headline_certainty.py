"""The headline keeps the authors' grade of the evidence and points at nothing it does not
name. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.certainty import (
    bracket_grades,
    concludes_nothing,
    grade_of,
    results_ceiling,
    with_grade,
)
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

STATS = "MD -1.2, 95% CI -2.0 to -0.4; 3 trials, 210 participants"


@pytest.mark.parametrize(
    ("edited", "grade", "expected"),
    [
        # a claim that does not hedge itself: the grade goes in front
        (
            "Daily stretching lowered muscle stiffness in adults with MS",
            "low-certainty evidence",
            "Weak evidence suggests daily stretching lowered muscle stiffness in adults with MS",
        ),
        (
            "Daily stretching lowered muscle stiffness in adults with MS",
            "very low quality evidence",
            "Very weak evidence suggests daily stretching lowered muscle stiffness in adults with "
            "MS",
        ),
        (
            "Daily stretching lowered muscle stiffness in adults with MS",
            "moderate-certainty evidence",
            "Moderate evidence suggests daily stretching lowered muscle stiffness in adults with "
            "MS",
        ),
        # a high grade adds nothing
        (
            "Daily stretching lowered muscle stiffness in adults with MS",
            "high-certainty evidence",
            "Daily stretching lowered muscle stiffness in adults with MS",
        ),
        # no difference found: the grade follows ("weak evidence suggests there was no ..."
        # would read as a finding)
        (
            "There was no clear difference in walking speed between the groups",
            "very low-certainty evidence",
            "There was no clear difference in walking speed between the groups, but the evidence "
            "is very weak",
        ),
        # a claim that hedges itself is not hedged twice in front
        (
            "Cooling vests may ease tiredness on hot days",
            "GRADE: low",
            "Cooling vests may ease tiredness on hot days, but the evidence is weak",
        ),
        (
            "Cooling vests may ease tiredness on hot days",
            "moderate-quality evidence",
            "Cooling vests may ease tiredness on hot days",
        ),
        # what a trial reported, then what it found
        (
            "One trial reported walking scores; no clear difference was seen",
            "very low-quality evidence",
            "One trial reported walking scores; no clear difference was seen, but the evidence "
            "is very weak",
        ),
        # a claim that opens before its subject keeps its order
        (
            "Compared with usual care, balance classes reduced falls",
            "low-quality evidence",
            "Compared with usual care, balance classes reduced falls, but the evidence is weak",
        ),
        # the sentence already says how sure it is
        (
            "Cooling vests may ease tiredness, but the evidence is very uncertain",
            "very low-certainty evidence",
            "Cooling vests may ease tiredness, but the evidence is very uncertain",
        ),
    ],
)
def test_a_bracketed_grade_stays_beside_the_claim(edited: str, grade: str, expected: str) -> None:
    said = f"{edited} ({STATS}; {grade})."
    assert with_grade(edited, grade_of(edited, said), said) == expected


@pytest.mark.parametrize(
    ("said", "grades"),
    [
        ("Balance classes reduced falls (RR 0.7; 2 trials; low-certainty evidence).", ["low"]),
        ("Falls went down (2 trials; very low‐quality evidence).", ["very low"]),  # noqa: RUF001
        ("Falls went down (RR 0.7 (0.5 to 0.9); certainty of evidence: moderate).", ["moderate"]),
        ("Falls went down (low to moderate certainty).", ["low"]),
        ("Falls went down (RR 0.7, 95% CI 0.5 to 0.9).", []),
        ("Falls went down with low-certainty evidence from two trials.", []),  # no bracket
    ],
)
def test_grades_are_read_from_brackets(said: str, grades: list[str]) -> None:
    assert [g for _, g in bracket_grades(said)] == grades


def test_a_whole_sentence_takes_its_weakest_grade_and_a_cut_the_grade_of_what_it_keeps() -> None:
    said = (
        "Yoga improved balance (2 trials; moderate-certainty evidence) and may ease tiredness "
        "(1 trial; very low-certainty evidence)."
    )
    assert grade_of("Yoga improved balance and may ease tiredness", said) == "very low"
    assert grade_of("Yoga improved balance", said) == "moderate"


def test_a_piece_of_a_split_sentence_takes_the_grades_from_where_it_begins() -> None:
    said = (
        "Walking speed improved (2 trials; high-certainty evidence); there was no difference "
        "in fatigue (1 trial; low-certainty evidence)."
    )
    assert grade_of("There was no difference in fatigue", said) == "low"


def test_a_piece_split_from_a_later_clause_takes_only_its_own_grade() -> None:
    said = (
        "Yoga probably improves balance more than stretching, including standing balance "
        "(moderate-certainty evidence), although it is unclear in older adults (very "
        "low-certainty evidence)."
    )
    assert grade_of("Yoga probably improves balance more than stretching", said) == "moderate"


@pytest.mark.parametrize(
    ("result", "said", "expected"),
    [
        (
            "Early feeding shortened hospital stays in premature infants.",
            "Early feeding shortened hospital stays in premature infants (MD -2.1 days; 4 trials; "
            "low-certainty evidence).",
            "Weak evidence suggests early feeding shortened hospital stays in premature infants",
        ),
        # the paper writes the name with a capital inside a sentence too: it keeps it
        (
            "Ketogenic diets lowered seizure counts in Dravet syndrome.",
            "Ketogenic diets lowered seizure counts in Dravet syndrome (2 trials; low-quality "
            "evidence).",
            "Weak evidence suggests ketogenic diets lowered seizure counts in Dravet syndrome",
        ),
        # no grade given: the headline is the claim as it was
        (
            "Early feeding shortened hospital stays in premature infants.",
            "Early feeding shortened hospital stays in premature infants (MD -2.1 days).",
            "Early feeding shortened hospital stays in premature infants",
        ),
    ],
)
def test_a_graded_result_heads_with_its_grade(result: str, said: str, expected: str) -> None:
    s = measured(result, (7,))
    head = choose_headline([], [s], StudyDesign.REVIEW, said={7: said})
    assert head.text == expected
    assert head.origin == s.text


def test_a_graded_headline_a_repair_left_out_does_not_come_back() -> None:
    s = measured("Early feeding shortened hospital stays in premature infants.", (7,))
    other = measured("Early feeding reduced the number of infants readmitted to hospital.", (8,))
    said = {
        7: "Early feeding shortened hospital stays in premature infants (low-certainty evidence)."
    }
    first = choose_headline([], [s, other], StudyDesign.REVIEW, said=said)
    assert first.text.startswith("Weak evidence suggests")
    again = choose_headline(
        [], [s, other], StudyDesign.REVIEW, drop=frozenset({first.text}), said=said
    )
    assert again.origin == other.text


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Another study found no change in tiredness", True),
        ("The other trial found no difference in falls", True),
        ("One showed more weight gain with the implant", True),
        ("He was diagnosed with a rare kidney disease", True),
        ("It is unclear whether they spread the virus", True),
        ("There were no clear differences in the other comparisons", True),
        ("The evidence for other cooling garments is unclear", True),
        ("Cooling vests eased tiredness more than other garments did", False),
        ("One study found less tiredness with cooling vests", False),
        ("Four altered the share of sugary drinks on offer", True),
        ("Both improved walking speed", True),
        ("Four trials altered the share of sugary drinks on offer", False),
        ("Four randomised trials found less pain with acupuncture", False),
        ("Both cooling vests and fans improved walking speed", False),
        ("One in five people with MS reported poor sleep", False),
        ("Adults with MS said they slept better after the course", False),
        ("A woman with MS regained her walking after the treatment", False),
        ("It is unclear whether cooling vests ease tiredness", False),
        # "identified" or "tested" where, the headline does not say
        ("The identified proteins point to several ways the disease harms nerves", True),
        ("The tested compounds slowed the growth of tumours in mice", True),
        ("The selected studies found less pain with acupuncture", False),
    ],
)
def test_a_headline_that_points_at_what_it_does_not_name(headline: str, expected: bool) -> None:
    assert dangles(headline) is expected


def test_a_dangling_conclusion_gives_way_to_a_result_that_names_its_subject() -> None:
    conclusion = measured("Another study found no change in tiredness in adults with MS.")
    result = measured("Cooling vests eased heat-related tiredness in adults with MS.")
    head = choose_headline([conclusion], [result], StudyDesign.REVIEW)
    assert head.text == "Cooling vests eased heat-related tiredness in adults with MS"


def test_a_one_word_heading_run_into_the_sentence_is_dropped() -> None:
    result = measured("Effectiveness Vaccine protection against measles was high after two doses.")
    head = choose_headline([], [result], StudyDesign.REVIEW)
    assert head.text == "Vaccine protection against measles was high after two doses"


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [
        # every grade the conclusions state is low: a result heads no stronger than the weakest
        (
            [
                "There is low-quality evidence that cooling vests ease tiredness.",
                "Only the longer course helped balance, but the quality of the evidence was very "
                "low.",
            ],
            "very low",
        ),
        (["The certainty of the evidence for falls was judged as low."], "low"),
        # a higher grade anywhere: each result's own bracket must say it
        (
            [
                "There is moderate-certainty evidence that cooling vests ease tiredness.",
                "Evidence for balance is of very low certainty.",
            ],
            None,
        ),
        # "studies of high quality are needed" grades no evidence
        (
            [
                "There is low-quality evidence that cooling vests ease tiredness.",
                "New studies of high quality are needed.",
            ],
            "low",
        ),
        (["Cooling vests eased tiredness."], None),
    ],
)
def test_a_reviews_conclusions_cap_how_sure_its_results_are(
    said: list[str], ceiling: str | None
) -> None:
    conclusions = [measured(text, (i,)) for i, text in enumerate(said)]
    assert results_ceiling(conclusions, dict(enumerate(said))) == ceiling


def test_a_result_heads_with_the_grade_the_conclusions_give() -> None:
    conclusion = "More trials are needed, as the quality of the evidence was very low."
    result = "Only the longer course of balance classes reduced falls over one year."
    head = choose_headline(
        [measured(conclusion, (1,))],
        [measured(result, (2,))],
        StudyDesign.REVIEW,
        said={1: conclusion, 2: result},
    )
    assert head.text == (
        "Very weak evidence suggests only the longer course of balance classes reduced falls "
        "over one year"
    )


@pytest.mark.parametrize(
    "edited",
    [
        "The trial compared a cooling vest with a cotton vest in adults with MS",
        "All the studies allowed the use of walking aids during the tests",
        "Seven studies reported pain scores that could not be pooled",
        "Many of the walking data were not suitable for pooling",
    ],
)
def test_what_was_done_is_never_said_with_a_grade(edited: str) -> None:
    said = f"{edited} ({STATS}; low-certainty evidence)."
    assert with_grade(edited, grade_of(edited, said), said) == edited


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("The trials were poor, and reliable conclusions could not be drawn from the data.", True),
        ("No firm conclusions can be made because of the scarcity of the data.", True),
        ("The review authors were unable to draw any firm conclusions.", True),
        # the gate's words for the verdict (checks/no_conclusion): the drafter reads them too
        ("Given the few small trials, it is difficult to draw clear conclusions.", True),
        ("No conclusions could be drawn because the trials were so different.", True),
        # not enough evidence for one thing is no verdict on all of them
        ("There is insufficient evidence to judge the effect on sleep.", False),
        # one question only: the other results keep their own grades
        ("No firm conclusions can be drawn about the effect on pain.", False),
        ("It was not possible to draw conclusions on quality of life or costs.", False),
        (
            "It is not possible to draw firm conclusions from this review with respect to pain.",
            False,
        ),
        ("Definite conclusions cannot be made for differences in pain between the groups.", False),
        ("Cooling vests eased tiredness in two trials.", False),
    ],
)
def test_a_verdict_of_no_conclusion_at_all(said: str, expected: bool) -> None:
    assert concludes_nothing(said) is expected


_CALL = "Good and large trials are needed."
_RESULT = "Cooling vests were linked with a clear drop in tiredness."


def _headed_beside(doubt: str) -> str:
    """The headline of a review whose only result is `_RESULT`, whose conclusion calls for
    more trials and whose limitation sentence is `doubt`."""
    head = choose_headline(
        [measured(_CALL, (3,))],
        [measured(_RESULT, (2,))],
        StudyDesign.REVIEW,
        said={1: doubt, 2: _RESULT, 3: _CALL},
        doubts=[measured(doubt, (1,))],
    )
    return head.text


def test_a_result_heads_with_doubt_when_the_authors_say_no_conclusion_can_be_drawn() -> None:
    # the doubt stands in a limitation sentence of the authors' conclusions: the result heads
    # no surer than the authors (issue 9: a headline stated a clear increase as fact where the
    # authors said reliable conclusions could not be drawn)
    doubt = "The trials were poor, and reliable conclusions could not be drawn from the data."
    assert _headed_beside(doubt) == (
        "Very weak evidence suggests cooling vests were linked with a clear drop in tiredness"
    )


@pytest.mark.parametrize(
    "doubt",
    [
        "No firm conclusions can be drawn about the effect on pain.",  # one question only
        # only the authors' verdict of no conclusion at all caps the results: a low grade in a
        # limitation sentence may be about one question
        "The quality of the evidence for falls was low.",
    ],
)
def test_a_doubt_about_one_question_does_not_cap_the_others(doubt: str) -> None:
    assert _headed_beside(doubt) == _RESULT.rstrip(".")


def test_what_evidence_there_is_gets_no_grade() -> None:
    from plainsum.plain.headline.certainty import with_grade

    none = "The review authors found no study looking at the effects of cooling on sleep"
    said = "We found no study looking at the effects of cooling on sleep (low-quality evidence)."
    assert with_grade(none, "very low", said) == none
    assert with_grade("No trial measured sleep", "low", "No trial measured sleep.") == (
        "No trial measured sleep"
    )
