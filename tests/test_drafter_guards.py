"""The drafter skips a slow pattern only where it cannot match (issue 9's speed, same output):
the long-heading pattern where no count or "A single" opens a sentence after a space, the
appositive pattern where no ", a" follows a word, the counted-observational-studies pattern
where none of its study kinds is named. Every text is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain import labels, noun_stacks, observed_studies, own_explanations
from plainsum.plain.labels import strip_label
from plainsum.plain.own_explanations import own_explanations as explanations
from plainsum.prefilter import may_match

_TEXTS = [
    "Diet in adults Three trials compared a low-salt diet with usual food.",
    "Fluoroquinolones added to standard regimens A single trial (174 participants) added them.",
    "Exercise for fatigue Twenty studies (1200 people) looked at walking.",
    "Exercise for fatigue twenty studies looked at walking.",
    "Splints at night Two trials of splints, and one of gloves, found less pain.",
    "The drug, a statin, lowered cholesterol; Three trials agreed.",
    "Sumatriptan, a drug for migraine, eased pain, an effect seen in One trial.",
    "Six cohort studies and two case-control studies were included.",
    "Two were case-control studies; one was a prospective cohort study.",
    "We found no studies of yoga.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_long_heading_is_matched_only_before_an_opener_it_needs(text: str) -> None:
    if labels._LONG_HEADING.match(text):
        assert any(opener in text for opener in labels._LONG_HEADING_NEXT)


@pytest.mark.parametrize("text", _TEXTS)
def test_an_appositive_always_holds_a_comma_and_an_article(text: str) -> None:
    for m in own_explanations._APPOSITIVE.finditer(text):
        assert ", a" in text[m.start() : m.end()]


@pytest.mark.parametrize("text", _TEXTS)
def test_counted_observational_studies_are_never_in_a_text_ruled_out(text: str) -> None:
    if not may_match(observed_studies._COUNTED, text):
        assert observed_studies._COUNTED.search(text) is None


def test_the_guarded_readings_still_find_what_is_there() -> None:
    assert strip_label(_TEXTS[0]) == "Three trials compared a low-salt diet with usual food."
    assert strip_label(_TEXTS[2]).startswith("Twenty studies")
    assert explanations(["Patients took clemastine, an antihistamine, daily."]) == {
        "clemastine": "an antihistamine"
    }
    assert may_match(observed_studies._COUNTED, _TEXTS[7])


@pytest.mark.parametrize(
    "before",
    [
        "It changed the results of the ",
        "It changed the results of the \n",
        "It changed the results of the  ",
        "The score of a ",
        "The size of an ",
        "of the ",
        "The results of these ",
        "",
    ],
)
def test_the_word_before_of_the_is_read_only_from_a_text_ending_so(before: str) -> None:
    if noun_stacks._OF_THE.search(before):
        assert before.endswith(noun_stacks._OF_THE_ENDS)
