"""Issue 9 (stop 56): lab, genetics and review terms the lab, animal and PLABA drafts kept
unexplained get a plain explanation where the chosen body first uses them (data/
body_explanations.tsv, `explained_after`), never while sentences are still being chosen (a
bracket there cost drafts their main result); "PCR" a paper never defines is written out where
the sentence shows the lab test; a word with a second sense ("cilia", eyelashes too; "agonist",
a muscle too) is left for the gate. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.checks.jargon import unexplained_terms
from plainsum.plain.abbreviations import Expander
from plainsum.plain.explain import explain_terms
from plainsum.plain.explained_after import explain_after
from plainsum.plain.simplify import plain_sentences


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Carriers of both alleles had lower iron.", "alleles (different forms of a gene)"),
        ("The count of reticulocytes fell after the transfusion.", "reticulocytes (young"),
        ("Most bacteria stayed inside the phagosome.", "phagosome (a pocket inside a cell"),
        ("The germ is a strict anaerobe.", "anaerobe (an organism that lives without oxygen)"),
        ("Treated rats had less malondialdehyde.", "malondialdehyde (a chemical that shows"),
        ("Two kinases were switched off by the drug.", "kinases (enzymes that add a chemical"),
        ("The swabs were tested by RT-PCR.", "RT-PCR (a lab test that finds tiny amounts"),
        ("Cells were counted by flow cytometry.", "flow cytometry (a lab method that counts"),
        ("Mice were killed before randomisation.", "randomisation (putting people into groups"),
        ("Concerns about applicability were low.", "applicability (how well the results apply"),
        (
            "The child had an autosomal recessive disorder.",
            "disorder (a condition passed on only when a child gets the changed gene from both",
        ),
    ],
)
def test_a_lab_or_review_term_is_explained_where_the_body_first_uses_it(
    text: str, said: str
) -> None:
    (explained,) = explain_after([text])
    assert said in explained
    assert not unexplained_terms(explained)
    assert explain_terms(text) == text  # not while the sentences are chosen


@pytest.mark.parametrize(
    "text",
    [
        "Lashes and cilia were trimmed before the eyelid surgery.",  # eyelashes
        "The agonist muscle fired first in every jump.",  # a muscle
        "The allele frequency was higher in the north.",  # inside a noun phrase
    ],
)
def test_a_term_with_a_second_sense_or_inside_a_phrase_is_left_alone(text: str) -> None:
    assert explain_after([text]) == [text]


def test_a_term_is_explained_once_in_either_form() -> None:
    body = ["Carriers of the rare allele were older.", "Both alleles were common in the north."]
    explained = explain_after(body)
    assert (
        explained[0]
        == "Carriers of the rare allele (one of the different forms of a gene) were older."
    )
    assert explained[1] == body[1]


def test_a_first_use_inside_a_phrase_is_not_explained_later() -> None:
    body = ["The allele frequency rose.", "Each allele was counted."]
    assert explain_after(body) == body  # the gate names the first use


def _drafted(text: str) -> str:
    return " ".join(p.text for p in plain_sentences(text, expand=Expander({})))


def test_pcr_the_paper_never_defines_is_the_lab_test_where_the_sentence_shows_it() -> None:
    (said,) = explain_after([_drafted("Spinal fluid PCR was positive for a herpes virus.")])
    assert "polymerase chain reaction (a lab test that finds tiny amounts" in said
    assert not unexplained_terms(said)


@pytest.mark.parametrize(
    "text",
    [
        "The urine PCR fell by half in the treated children.",  # protein to creatinine ratio
        "A PCR was seen in one in three tumours after the drug.",  # a complete response
    ],
)
def test_pcr_in_another_sense_is_left_for_the_gate(text: str) -> None:
    assert "polymerase" not in _drafted(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bracket after the phrase would read as explaining the rare word before the term too
        "The team bred glucocerebrosidase mutant medaka for the work.",
        "Exposure of transduced patient fibroblasts to the drug raised its activity.",
    ],
)
def test_no_bracket_after_a_phrase_a_rare_word_opens(text: str) -> None:
    assert explain_after([text]) == [text]


def test_a_body_gloss_term_is_in_no_other_list() -> None:
    from plainsum.plain.explain import _entries, body_gloss
    from plainsum.plain.glossary import load_glossary

    swapped = load_glossary().entries
    for term, said in body_gloss().items():
        # (a glossary swap its grammar refuses may be explained in the same plain words:
        # "All-cause mortality (deaths from any cause) was higher ...")
        assert term not in _entries() and swapped.get(term, said) == said, term
