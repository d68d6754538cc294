"""Two false alarms of the jargon check on human lay summaries: a medicine's name in a list of
medicines read as an unknown word (an error, where a medicine's name is a warning), and a common
word misspelt read as a technical term. Sentences written for these tests."""

import pytest

from plainsum.checks.drug_names import in_medicine_slot
from plainsum.checks.jargon import check_jargon
from plainsum.checks.jargon_words import misspelt
from plainsum.schemas import PlainSummary, Severity


def _summary(body: str) -> PlainSummary:
    return PlainSummary(
        headline="Newer drugs worked about as well as older ones",
        what_the_study_did=body,
        why_it_matters="This review is not about MS. Ask your care team about your own medicines.",
        limitations="The trials were small and short, so rare harms could have been missed.",
    )


def _errors(body: str) -> set[str]:
    return {
        f.span or ""
        for f in check_jargon(_summary(body))
        if f.severity == Severity.ERROR and f.span
    }


@pytest.mark.parametrize(
    "text, word",
    [
        # a list that holds a medicine by its ending (aripiprazole: -azole)
        ("The trials compared lurasidone with aripiprazole, zotepine and sertindole.", "zotepine"),
        (
            "The trials compared lurasidone with aripiprazole, zotepine and sertindole.",
            "sertindole",
        ),
        # a list that a kind of medicine opens
        ("Two anti-seizure drugs are used for this: tiagabine and stiripentol.", "stiripentol"),
        (
            "Antibiotics such as fosfomycin, nitrofurantoin and pivmecillinam were tried.",
            "fosfomycin",
        ),
    ],
)
def test_a_word_in_a_list_of_medicines_stands_where_a_medicine_stands(text, word):
    at = text.index(word)
    assert in_medicine_slot(text, at, at + len(word))


@pytest.mark.parametrize(
    "text, word",
    [
        # procedures listed beside each other, no medicine in the list
        ("People had either a cholecystectomy or an appendicectomy.", "cholecystectomy"),
        ("Side effects were pyrexia, dyspnoea and pruritus.", "pyrexia"),
    ],
)
def test_a_list_without_a_medicine_is_no_medicine_slot(text, word):
    at = text.index(word)
    assert not in_medicine_slot(text, at, at + len(word))


def test_a_medicine_named_in_a_list_is_no_jargon_error():
    body = (
        "The review found twelve trials with 3100 adults. Olanzapine was compared with "
        "aripiprazole, zotepine and sertindole. People stayed in the trials for about as long "
        "on each medicine."
    )
    assert not {"zotepine", "sertindole"} & _errors(body)


@pytest.mark.parametrize("word", ["similarily", "recommed", "thryoid", "signficantly"])
def test_a_common_word_misspelt_is_no_technical_term(word):
    assert misspelt(word)


@pytest.mark.parametrize(
    "word", ["rotarod", "histiocytes", "iontophoresis", "cholecystectomy", "guttate", "ileus"]
)
def test_a_technical_word_is_not_read_as_a_slip(word):
    assert not misspelt(word)


def test_a_misspelt_word_is_no_jargon_error_but_a_rare_term_still_is():
    body = (
        "The review found nine trials with 800 people. Similarily, most trials found that "
        "iontophoresis eased pain for a few weeks."
    )
    errors = _errors(body)
    assert "Similarily" not in errors
    assert "iontophoresis" in errors


def test_a_word_the_paper_uses_is_its_term_not_a_slip():
    # "resectable" is one slip from "respectable", but a paper on surgery uses it
    summary = _summary(
        "The review found six trials with 900 people whose tumours were resectable. Surgery "
        "after chemotherapy helped people live longer."
    )
    paper = "Adults with resectable tumours were randomised to surgery alone or chemotherapy."
    spans = {f.span for f in check_jargon(summary, paper) if f.severity == Severity.ERROR}
    assert "resectable" in spans
