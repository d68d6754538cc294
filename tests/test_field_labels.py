"""Labelled fields of a BMJ/JAMA-style abstract ("Participants: ...", "Main outcome: ...") are
said as whole sentences or left out, never as fragments (lead, stop 54)."""

from plainsum.api import draft
from plainsum.plain.field_labels import field_label, said_as_sentence
from plainsum.plain.standalone import leans_back
from plainsum.settings import Settings

_ABSTRACT = (
    "Background: Whether coffee changes fatigue in multiple sclerosis is unclear. "
    "Design: Cohort study. Setting: two MS clinics, 2012-2020. "
    "Participants: 1,120 adults with relapsing MS, of whom 410 drank three or more cups a day. "
    "Exposure: daily coffee (self-reported). Main outcome: change in fatigue score over two "
    "years. Results: Over two years, fatigue scores rose by 2.1 points on average. Coffee intake "
    "was not associated with the change in fatigue (difference 0.2 points, 95% CI -0.5 to 0.9). "
    "People who slept less than six hours had larger rises in fatigue. Conclusion: In this "
    "cohort, coffee did not change fatigue in people with relapsing MS."
)


def test_people_field_is_said_as_who_took_part():
    said = said_as_sentence("Participants", "1,120 adults with relapsing MS, of whom 410 drank.")
    assert said == "The study included 1,120 adults with relapsing MS, of whom 410 drank."


def test_outcome_fields_name_the_outcome():
    assert said_as_sentence("Main outcome", "Change in fatigue score.") == (
        "The main outcome was change in fatigue score."
    )
    assert said_as_sentence("Main outcome measures", "fatigue, sleep and mood.") == (
        "The main outcomes were fatigue, sleep and mood."
    )


def test_design_setting_and_exposure_fragments_are_left_out():
    assert said_as_sentence("Design", "Cohort study.") == ""
    assert said_as_sentence("Setting", "two MS clinics, 2012-2020.") == ""
    assert said_as_sentence("Exposure", "daily coffee (self-reported).") == ""


def test_a_field_written_as_a_sentence_is_kept():
    assert said_as_sentence("Participants", "We enrolled 300 adults with MS.") is None
    assert said_as_sentence("Results", "fatigue rose") is None  # not a field of its own


def test_label_is_read_before_the_sentence_or_inline():
    assert field_label("Results: x. Participants: ", "300 adults.") == (
        "Participants",
        "300 adults.",
    )
    assert field_label("", "Main outcome: fatigue.") == ("Main outcome", "fatigue.")
    assert field_label("We saw that ", "300 adults.") is None


def test_drafted_body_has_no_field_fragments():
    summary = draft(_ABSTRACT, Settings(backend="offline")).summary
    body = summary.what_the_study_did
    assert "The study included 1,120 adults with relapsing MS" in body
    assert "The main outcome was change in fatigue score over two years." in body
    assert "Cohort study." not in body and "two MS clinics" not in body
    assert "coffee did not change fatigue" in (summary.why_it_matters + body).lower()


def test_in_this_cohort_is_the_studys_own():
    assert not leans_back("In this cohort, coffee did not change fatigue in people with MS.")
    assert not leans_back("In this registry, pregnancy did not change disability.")
    assert leans_back("In this group, coffee did not change fatigue.")
