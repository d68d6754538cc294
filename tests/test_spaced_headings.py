"""A structured abstract whose headings lost their colons ("Objective To compare ... Methods We
searched ... Results Forty trials ... Conclusions X ...") is read with its sections, and an aim
said with "We aimed to" in the background is the study's aim (lead, stop 54, hand-written s7)."""

from plainsum.ingest import parse
from plainsum.ingest.headings import colon_after_spaced_headings, split_spaced_headings
from plainsum.plain.aim import own_aim

_FLAT = (
    "Objective To compare exercise programmes for fatigue in multiple sclerosis. Methods We "
    "searched four databases to May 2024 for randomised trials. Results Twenty trials with 1,100 "
    "people were included. Fatigue fell more with aerobic training than with stretching. Fewer "
    "trials reported sleep, and effects on it were uncertain. Conclusions Aerobic training "
    "reduces fatigue in people with MS, but evidence on sleep is weak."
)


def test_spaced_headings_are_sections():
    names = [s.name for s in parse(_FLAT).sections]
    assert names == ["objective", "methods", "results", "conclusions"]
    assert parse(_FLAT).sections[2].text.endswith("effects on it were uncertain.")


def test_colons_are_added_only_after_the_headings():
    text = colon_after_spaced_headings(_FLAT)
    assert text.startswith("Objective: To compare")
    assert "Results: Twenty trials" in text
    assert "Fewer trials reported sleep" in text  # no heading inside a sentence


def test_one_heading_word_is_no_structure():
    plain = "Results were mixed. Methods differed between the trials. Background noise was high."
    assert split_spaced_headings(plain) is None
    assert colon_after_spaced_headings(plain) == plain


def test_we_aimed_to_in_a_background_is_the_aim():
    assert own_aim("We aimed to test whether cooling helps walking.", False) == (
        "The researchers wanted to test whether cooling helps walking."
    )
    assert own_aim("Here, we sought to find out if X helps.", True) == (
        "The review authors wanted to find out if X helps."
    )
    assert own_aim("We found that X helps.", False) is None


# A journal page copied with its headings in capitals opening each line, colons lost (JAMA's
# style; the lead's hand-written v8 had its conclusion read as a result and a side result head).
_CAPS_LINES = (
    "IMPORTANCE Falls are common in people with multiple sclerosis.\n"
    "OBJECTIVE To test whether a home balance programme prevents falls.\n"
    "DESIGN, SETTING, AND PARTICIPANTS This trial at 6 clinics enrolled 210 adults with MS.\n"
    "RESULTS Of 210 participants, 96 fell at least once. Falls were 31% fewer with the programme.\n"
    "CONCLUSIONS AND RELEVANCE A home balance programme reduced falls in people with MS."
)


def test_capital_headings_opening_lines_are_sections():
    sections = parse(_CAPS_LINES).sections
    assert [s.name for s in sections] == [
        "background",
        "objective",
        "methods",
        "results",
        "conclusions",
    ]
    assert sections[3].text.startswith("Of 210 participants")
    assert sections[4].text == "A home balance programme reduced falls in people with MS."


def test_a_capital_word_after_a_heading_is_text():
    text = colon_after_spaced_headings(_CAPS_LINES.replace("RESULTS Of", "RESULTS MRI showed"))
    assert "RESULTS: MRI showed" in text


def test_names_in_capitals_opening_lines_are_no_headings():
    text = (
        "NICE GUIDANCE Was updated in 2020 for adults.\n"
        "RESULTS Of the trials, two were large.\n"
        "The rest of the text follows here without headings."
    )
    assert colon_after_spaced_headings(text) == text
