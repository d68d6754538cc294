"""Issue 9 (stop 59): general medical words of any field that the offline drafts left as jargon.

- A vetted term of data/explanations.tsv whose bracket made its sentence too long to show was
  kept bare; once the body is chosen it gets the bracket (`explain_after`).
- Conditions, procedures and measures with one plain meaning in any paper are explained where
  the chosen body first uses them (data/body_explanations.tsv); adjectives with one plain
  reading, or a phrase where the bare word has two, are swapped (data/glossary.tsv); short forms
  of one medical meaning are written out (data/standard_abbreviations.tsv), with a context where
  they have a second one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.jargon import unexplained_terms
from plainsum.plain.abbreviations import Expander
from plainsum.plain.explain import explain_terms
from plainsum.plain.explained_after import explain_after
from plainsum.plain.glossary import load_glossary


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The trial counted kidney injury in children admitted with a relapse of nephrotic "
            "syndrome and its outcome over the following weeks in three hospitals.",
            "nephrotic syndrome (a kidney disease in which protein leaks into the urine)",
        ),
        (
            "Recovery was timed in depressed adults having electroconvulsive treatment.",
            "electroconvulsive treatment (a treatment that passes a brief electric current",
        ),
    ],
)
def test_a_term_left_bare_as_its_sentence_was_edited_is_explained_once_chosen(
    text: str, said: str
) -> None:
    (explained,) = explain_after([text])
    assert said in explained
    assert not unexplained_terms(explained)


def test_a_term_explained_in_a_later_sentence_keeps_its_bracket_there() -> None:
    """A bracket moved to an earlier use changes the sentences a repair compares and keeps."""
    body = [
        "The review looked at methotrexate for keeping remission.",
        "Methotrexate (a medicine that dampens the immune system) was better than placebo.",
    ]
    assert explain_after(body) == body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Drugs were given to adults with schizophrenia-like psychoses.", "psychoses (mental"),
        ("The pump was tested in people with cardiogenic shock.", "shock (a life-threatening"),
        ("Fewer babies had hypoxaemia after the second suction.", "hypoxaemia (a low level of"),
        ("The drug raised haematocrit in the treated group.", "haematocrit (the share of the"),
        ("Bleeding after haemostasis was less common with two methods.", "(the stopping of"),
        ("Two patients had acute pancreatitis.", "pancreatitis (inflammation of the pancreas)"),
        ("Women were offered a screening hysteroscopy before IVF.", "(a look inside the womb"),
        ("Recurrent pneumothorax was common in the cohort.", "(air leaking into the chest"),
        ("Fewer women had ovarian hyperstimulation syndrome.", "(a harmful over-reaction of"),
        ("Breastfeeding was measured at 40 weeks' postmenstrual age.", "(a baby's age counted"),
        ("Morning peak expiratory flow was higher with the nebuliser.", "(how fast a person can"),
        ("The serum hCG fell by half within two days.", "hCG (a hormone made in pregnancy)"),
    ],
)
def test_a_general_medical_term_is_explained_where_the_body_first_uses_it(
    text: str, said: str
) -> None:
    (explained,) = explain_after([text])
    assert said in explained
    assert explain_terms(text) == text  # not while the sentences are chosen


@pytest.mark.parametrize(
    "text",
    [
        "The hypoxaemia threshold was lowered in the second phase.",  # inside a noun phrase
        "Serum IgA nephropathy markers were measured.",  # names the kidney disease, not IgA
        "The ratio of PaO2/FiO2 was kept above the target.",  # one measure of two codes
    ],
)
def test_a_term_inside_a_phrase_is_left_for_the_gate(text: str) -> None:
    assert explain_after([text]) == [text]


def test_a_pair_of_rare_terms_never_shares_one_bracket() -> None:
    """ "hypoxaemia" is explained only once the body is chosen: while sentences are edited it is
    no explained partner, so "thrombocytopenia" gets no bracket that would read as both terms'."""
    text = "Side effects were hypoxaemia and thrombocytopenia in three people."
    assert explain_terms(text) == text
    (explained,) = explain_after([text])
    assert explained.startswith("Side effects were hypoxaemia (a low level of oxygen in the blood)")
    assert explained.endswith("and thrombocytopenia in three people.")  # (a rare word before it)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Vaccines were safe in patients with haematological malignancies.",
            "Vaccines were safe in patients with blood cancers.",
        ),
        (
            "Herbs showed a hypoglycaemic effect in type 2 diabetes.",
            "Herbs showed a blood sugar-lowering effect in type 2 diabetes.",
        ),
        (
            "The risk of haemorrhagic stroke was lower with the new drug.",
            "The risk of stroke caused by bleeding was lower with the new drug.",
        ),
        (
            "Stockings reduced thromboembolic events after surgery.",
            "Stockings reduced blood clot events after surgery.",
        ),
        (
            "Intranasal corticosteroids eased the blocked nose.",
            "Nasal corticosteroids eased the blocked nose.",
        ),
    ],
)
def test_a_general_medical_word_is_swapped_for_its_plain_words(text: str, plain: str) -> None:
    assert load_glossary().plain(text) == plain


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Tea had no clear effect on the primary prevention of CVD.", "cardiovascular disease"),
        ("Opioids seem to ease RLS symptoms.", "restless legs syndrome"),
        ("Dressings may reduce the risk of SSI.", "surgical site infection"),
        ("The electronic TB lab system cut errors.", "tuberculosis lab system"),
        ("Treatments to prevent VTE were compared.", "venous thromboembolism"),
        ("Remission was longer in AML after the second course of chemotherapy.", "myeloid"),
    ],
)
def test_a_standard_short_form_is_written_out(text: str, written: str) -> None:
    assert written in Expander({})(text)


@pytest.mark.parametrize(
    "text",
    [
        "CVD rose after the new guideline on stroke care.",  # cerebrovascular disease too
        "Total bilirubin (TB) and TcB agreed in most babies.",  # the paper's own meaning
        "SMA flow was lower after the meal.",  # the superior mesenteric artery
    ],
)
def test_a_short_form_with_a_second_sense_keeps_it_where_the_sentence_shows_none(
    text: str,
) -> None:
    written = Expander({})(text)
    assert "cardiovascular" not in written
    assert "tuberculosis" not in written
    assert "spinal muscular" not in written


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Heart damage was more common with anthracyclines.", "(a group of cancer drugs)"),
        ("Hair loss was common with taxanes.", "taxanes (a group of cancer drugs)"),
        ("Fibrates reduced the rate of heart attacks.", "Fibrates (drugs that lower fats in"),
        ("Men were given antiandrogens or had castration.", "(drugs that block male sex"),
        ("Older people took more anticholinergics.", "(drugs that block a chemical messenger"),
        ("Fewer people had tophi after a year of treatment.", "tophi (lumps of crystals under"),
        ("Injections cleared the telangiectasias in most legs.", "(small widened blood vessels)"),
        ("Women had open colposuspension or a sling.", "(an operation that lifts the neck of"),
        ("Vision was better after the keratoplasty.", "keratoplasty (a cornea transplant)"),
        ("Rebleeding after a traumatic hyphema was rare.", "(bleeding into the front of the eye)"),
        ("Pain was worse after chemoradiotherapy.", "(chemotherapy and radiotherapy given"),
    ],
)
def test_a_drug_class_or_procedure_is_explained_where_the_body_first_uses_it(
    text: str, said: str
) -> None:
    (explained,) = explain_after([text])
    assert said in explained
    assert explain_terms(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The anthracycline dose was lowered in older women.",  # inside a noun phrase
        "Anticholinergic side effects were common.",  # an adjective, not the drugs
    ],
)
def test_a_class_name_inside_a_phrase_is_left_for_the_gate(text: str) -> None:
    assert explain_after([text]) == [text]
