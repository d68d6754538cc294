"""Issue 8's jargon families: explanations in ordinary words, codes in mixed case, sentences
dense with terms of art made of everyday words, and words a lay reader knows in another
spelling or form. Sentences written for these tests."""

import pytest
from gate_texts import OBS_SUMMARY, edit

from plainsum.checks.jargon import check_jargon, find_terms, unexplained_terms
from plainsum.checks.jargon_words import coded, forms, is_lay, is_learned, very_rare


def flagged(text: str) -> list[str]:
    return [t.text for t in unexplained_terms(text)]


def severities(text: str) -> dict[str, str]:
    summary = edit(OBS_SUMMARY, what_the_study_did=f"{OBS_SUMMARY.what_the_study_did} {text}")
    return {f.span: f.severity.value for f in check_jargon(summary)}


# (1) what the thing is, said in ordinary words, explains it where it is first used
@pytest.mark.parametrize(
    "text",
    [
        "Histone deacetylases are enzymes that switch genes off in the cells.",
        "Histiocytes are immune cells.",
        "Histiocytes are types of white blood cell.",
        "Levels of histiocytes, immune cells that clear up debris, rose in the skin.",
        "Levels of histiocytes, cells of the immune system, rose in the skin.",
        "Levels of histiocytes (a kind of white blood cell) rose in the skin.",
        "Levels of histiocytes, which are cells that eat debris, rose in the skin.",
        "Some had a test known as iontophoresis on the arm.",
        "Some people took sufentanil, used to treat severe pain, after surgery.",
        "Histone deacetylase blockers are drugs that switch genes back on.",
    ],
)
def test_plain_explanations_count(text):
    assert flagged(text) == []


# a bracket explains by what it holds alone, whatever hard word the sentence goes on to
@pytest.mark.parametrize(
    "text",
    [
        "Rates of lymphoedema (arm swelling) or haematoma (bruising) did not differ.",
        "Some had arthralgias (joint pain) and myalgias (muscle pain) after the drug.",
        "Interstitial cystitis is also known as painful bladder syndrome.",
    ],
)
def test_a_bracket_or_another_name_explains(text):
    assert flagged(text) == []


# a bracket that counts or grades the evidence says nothing of what the term is
@pytest.mark.parametrize(
    "text,term",
    [
        ("Others took sulphonylureas (seven studies) for a year.", "sulphonylureas"),
        ("The risk of parastomal herniation (11 studies, 924 people) was unclear.", "parastomal"),
        ("Stents cut restenosis (low-certainty evidence) in two trials.", "restenosis"),
    ],
)
def test_a_bracket_that_counts_explains_nothing(text, term):
    assert term in flagged(text)


# ... but what happened to it, or a list that goes on, says nothing of what it is
@pytest.mark.parametrize(
    "text,term",
    [
        ("Histiocytes were seen in many tissues of the skin.", "Histiocytes"),
        ("Histiocytes were higher in tissues from the skin.", "Histiocytes"),
        ("Sufentanil was given with other drugs after surgery.", "Sufentanil"),
        ("Sufentanil was better than other treatments for pain.", "Sufentanil"),
        ("The histiocytes rose, cells that were under stress.", "histiocytes"),
        ("Levels of ceramide, sugar, and fat rose in the blood.", "ceramide"),
        ("Histiocytes are proinflammatory cells that clear debris.", "Histiocytes"),
    ],
)
def test_what_happened_or_a_list_explains_nothing(text, term):
    assert term in flagged(text)


# (2) codes in mixed case are errors; names, units and run-together words are not codes
@pytest.mark.parametrize(
    "text,term",
    [
        ("Cmax was higher when the tablet was taken with food.", "Cmax"),
        ("The Tmax came later in older people.", "Tmax"),
        ("The AUClast was larger with the new tablet.", "AUClast"),
        ("HbA1c fell by a small amount over the year.", "HbA1c"),
        ("Levels of sNfL were lower in the treated group.", "sNfL"),
        ("Levels of proBNP rose in the first week.", "proBNP"),
    ],
)
def test_mixed_case_codes_are_errors(text, term):
    assert severities(text).get(term) == "error"


@pytest.mark.parametrize(
    "token,is_code",
    [
        ("Cmax", True),
        ("Ctrough", True),
        ("AUCinf", True),
        ("HbA1c", True),
        ("sNfL", True),
        ("PubMed", False),  # a name in camel case
        ("BioNTech", False),
        ("McMaster", False),
        ("mL", False),  # a unit
        ("mmHg", False),
        ("iPhone", False),  # a brand, or two words run together
        ("effectiveThis", False),
        ("Knee", False),  # an ordinary word at a sentence's start
        ("Psalm", False),
        ("Smith", False),
    ],
)
def test_what_counts_as_a_code(token, is_code):
    assert coded(token) is is_code


def test_codes_in_an_abbreviation_are_left_to_the_abbreviation_check():
    text = "The SARS-CoV-2 virus and the mRNA-1273 vaccine were studied; HbA1c fell."
    assert [t.text for t in find_terms(text)] == ["HbA1c"]


def test_a_code_explained_where_it_is_first_used_passes():
    assert flagged("The peak level of the drug in the blood (Cmax) was higher.") == []


# (3) terms of art made of everyday words are jargon; a sentence with two or more unexplained
# terms is closed to a lay reader, so each of them is an error
@pytest.mark.parametrize(
    "text,term",
    [
        ("Men with lower urinary tract symptoms took part.", "lower urinary tract symptoms"),
        ("The area under the curve was larger with food.", "area under the curve"),
        ("The number needed to treat was eight.", "number needed to treat"),
        ("It was an open-label trial of two doses.", "open-label"),
        ("Volume of distribution was larger in heavier people.", "Volume of distribution"),
    ],
)
def test_terms_of_art_of_everyday_words_are_found(text, term):
    assert term in flagged(text)


def test_a_sentence_dense_with_terms_makes_each_an_error():
    dense = (
        "Men with lower urinary tract symptoms had a larger area under the curve in the "
        "intention to treat analysis."
    )
    assert set(severities(dense).items()) >= {
        ("lower urinary tract symptoms", "error"),
        ("area under the curve", "error"),
        ("intention to treat", "error"),
    }
    alone = "Men with lower urinary tract symptoms took part in the study."
    assert severities(alone)["lower urinary tract symptoms"] == "warning"


def test_two_learned_words_without_a_phrase_stay_warnings():
    assert severities("The assessors knew the comparator.") == {
        "assessors": "warning",
        "comparator": "warning",
    }


def test_several_medicine_names_in_one_sentence_stay_warnings():
    found = severities("Some took leflunomide or mycophenolate for two years.")
    assert found == {"leflunomide": "warning", "mycophenolate": "warning"}


# (4) a word is on the lay or the learned list in any of its forms: a plural or a British
# spelling is the word itself
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The x-rays showed no broken bones.", []),  # 'x-ray' is on the lay list
        ("A T-cell count was taken.", []),
        ("The randomisation was done by computer.", ["randomisation"]),  # as 'randomization'
        ("The mice ran on a rotarod.", ["rotarod"]),
    ],
)
def test_the_lists_hold_every_form_of_a_word(text, expected):
    assert flagged(text) == expected


def test_both_lists_are_read_in_every_form():
    assert is_learned("randomisation") and is_lay("x-rays") and not very_rare("x-rays")
    assert not is_lay("rotarods") and not is_learned("x-rays")


@pytest.mark.parametrize(
    "word,form",
    [
        ("randomisation", "randomization"),
        ("ischaemia", "ischemia"),
        ("oedema", "edema"),
        ("tumours", "tumor"),
        ("enrolment", "enrollment"),
        ("neuropathies", "neuropathy"),
        ("x-rays", "x-ray"),
    ],
)
def test_forms_of_a_word(word, form):
    assert form in forms(word)
