"""Issue 9 (whole sentences): a list set out after a colon, its items parted by semicolons, is
never cut in two (the lead's hand-written v6, a qualitative study: "Four themes were found:
A, B." in the body and "C, and D" heading the draft, a list with no head). Themes named in
plain words are said a theme a sentence; other such lists lose their semicolons for commas.
A study said to be done in one country is a limitation, not why it matters. Sentences written
for these tests (plain/semicolons.py, plain/themes.py, plain/sentences.py)."""

from __future__ import annotations

from plainsum.ingest import parse
from plainsum.plain.semicolons import join_list_semicolons
from plainsum.plain.sentences import Role, classify
from plainsum.plain.splits import split_long
from plainsum.plain.themes import theme_sentences

_THEMES = (
    "Three themes were identified: keeping track of every appointment; feeling alone at night; "
    "and services that look after the patient but not the partner."
)


def test_themes_named_in_plain_words_are_a_sentence_each():
    assert theme_sentences(_THEMES) == [
        "One theme was keeping track of every appointment.",
        "Another theme was feeling alone at night.",
        "Another theme was services that look after the patient but not the partner.",
    ]


def test_a_list_of_themes_keeps_its_semicolons_until_it_is_said_a_theme_a_sentence():
    assert join_list_semicolons(_THEMES) == _THEMES
    assert split_long(_THEMES)[0] == "One theme was keeping track of every appointment."


def test_a_counted_list_after_a_colon_is_one_list():
    text = (
        "Three barriers were reported: the cost of travel to the clinic; the distance that "
        "people had to drive; and fatigue that made every trip hard to face."
    )
    joined = join_list_semicolons(text)
    assert ";" not in joined
    assert split_long(joined) == [joined]


def test_clauses_parted_by_semicolons_without_a_colon_stay_clauses():
    text = "Relapses fell; disability did not change; and MRI lesions were fewer."
    assert join_list_semicolons(text) == text


def test_a_study_done_in_one_country_is_a_limitation():
    abstract = (
        "Aims: To explore what partners of people with MS need. Methods: We interviewed 20 "
        "partners. Findings: Partners felt unseen. Conclusion: Clinics should ask partners how "
        "they are coping. The study was conducted in one country and partners who had stopped "
        "caring were not included."
    )
    roles = {s.text[:25]: s.role for s in classify(parse(abstract))}
    assert roles["The study was conducted i"] == Role.LIMITATION
    assert roles["Clinics should ask partne"] == Role.CONCLUSION


def test_observational_data_named_as_the_reason_is_a_limitation():
    # the lead's hand-written v2 had this sentence as why it matters, and the authors' own
    # "These findings can inform family planning discussions." left out
    abstract = (
        "Objective: To study relapses in pregnancy. Methods: We followed 300 women with MS. "
        "Results: Relapses rose after stopping treatment. Conclusions: Relapse risk depends on "
        "the treatment before pregnancy. These findings can inform family planning. Because the "
        "data are observational, the link may reflect other differences between women."
    )
    roles = {s.text[:25]: s.role for s in classify(parse(abstract))}
    assert roles["Because the data are obse"] == Role.LIMITATION
    assert roles["These findings can inform"] == Role.CONCLUSION
