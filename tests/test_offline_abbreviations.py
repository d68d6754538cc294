"""Abbreviations an offline draft writes out with the paper's own definition
(plain/abbreviations.py): the case a long form keeps and the compounds a short form opens.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import expand, find_definitions, plausible


def test_a_definition_inside_a_sentence_keeps_the_capital_of_a_name() -> None:
    text = (
        "Some children have Gaucher disease (GD). Children with GD grow slowly. "
        "Parkinson's disease (PD) is common in old age. PD slows walking. "
        "Short-arm casts (SAC) were used. SAC were light."
    )
    out = expand(text, find_definitions(text))
    assert "Children with Gaucher disease grow slowly." in out
    assert "Parkinson's disease slows walking." in out
    assert "short-arm casts were light." in out  # a sentence's capital, lowered


def test_a_code_defined_in_the_plural_is_written_out_in_the_singular_too() -> None:
    text = (
        "Flu vaccines (FVs) were given in winter. Each FV cut fever. Both FVs were safe. "
        "Trials of nasal sprays (NSs) were few."
    )
    out = expand(text, find_definitions(text))
    assert "Each flu vaccine cut fever." in out
    assert "Both flu vaccines were safe." in out
    # a plural code whose singular is defined otherwise keeps that definition
    defs = {"FVs": "flu vaccines", "FV": "forced vital capacity"}
    assert expand("One FV was low.", defs) == "One forced vital capacity was low."


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("An ectopic pregnancy (EP) is rare. Most EPs were treated early.", "ectopic pregnancies"),
        (
            "A urinary tract infection (UTI) recurred. Few UTIs followed.",
            "urinary tract infections",
        ),
        ("A herpes virus (HV) was found. Two HVs were active.", "herpes viruses"),
        ("One research day (RD) was held. Both RDs were busy.", "research days"),
    ],
)
def test_a_code_in_the_plural_gets_the_plural_of_its_long_form(text: str, plural: str) -> None:
    assert plural in expand(text, find_definitions(text))


def test_a_code_before_a_number_is_a_statistic_only_where_the_number_stands_alone() -> None:
    text = (
        "The folate helper gene (FHG) was read. People with the FHG 677TT form "
        "took part. The risk ratio (RR) was low: RR 0.52. Falls fell (RR 0.6, 95% CI 0.4 to 0.9)."
    )
    out = expand(text, find_definitions(text))
    assert "with the folate helper gene 677TT form" in out  # a code of its own after it
    assert "RR 0.52." in out  # a statistic, whatever else RR stands for


def test_an_abbreviation_opening_a_compound_with_a_word_is_written_out() -> None:
    text = (
        "Worms had reached the central nervous system (CNS) in half of the mice. "
        "The new drug cleared CNS-stage worms. Parkinson's disease (PD) was not studied. "
        "PD-related falls and PD-1 levels were not measured."
    )
    out = expand(text, find_definitions(text))
    assert "cleared central nervous system-stage worms" in out
    assert "Parkinson's disease-related falls" in out
    assert "PD-1 levels" in out  # a number after the hyphen: another name, left as it is


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        # a drug named in one word that opens the sentence: its capital is the sentence's
        (
            "Cyclophosphamide (CFX) is a strong drug. CFX was given monthly.",
            "CFX",
            "cyclophosphamide",
        ),
        # a code with one capital, in brackets after the one word it stands for
        ("Some drugs raise blood homocysteine (Hcy) levels. Hcy fell.", "Hcy", "homocysteine"),
        # the paper's own name in capitals, though the code holds a letter more ("human")
        (
            "Children got Recombinant Growth Hormone (rhGH) for a year. rhGH was safe.",
            "rhGH",
            "Recombinant Growth Hormone",
        ),
        # a letter from inside the last word, every word giving one
        (
            "Blood alanine aminotransferase (ALT) rose. ALT fell later.",
            "ALT",
            "alanine aminotransferase",
        ),
        (
            "Some got intravenous immunoglobulin (IVIg). IVIg was safe.",
            "IVIg",
            "intravenous immunoglobulin",
        ),
        # small joining words lend a letter but need not
        ("We measured quality of life (QoL) yearly. QoL improved.", "QoL", "quality of life"),
        # a head noun the short form spells by its first letter, a middle word that gives none
        (
            "Homes got insecticide-treated mosquito nets (ITNs). ITNs cut malaria.",
            "ITNs",
            "insecticide-treated mosquito nets",
        ),
        # a definition in brackets starts after the inner bracket, keeping its words' case
        (
            "More people had less pain (risk difference (RD) 0.12). The RD was small.",
            "RD",
            "risk difference",
        ),
        (
            "It used the scale (Positive and Negative Syndrome Scale (PANSS)). PANSS fell.",
            "PANSS",
            "Positive and Negative Syndrome Scale",
        ),
        # a name mostly in capitals is the paper's own, its last words too
        (
            "We used the Alzheimer's Disease Assessment Scale - cognitive subscale (ADAS-Cog). "
            "ADAS-Cog scores fell.",
            "ADAS-Cog",
            "Alzheimer's Disease Assessment Scale - cognitive subscale",
        ),
        # the paper's own words without the head noun, where it uses them alone elsewhere
        (
            "Women with no macroscopic residual disease lived longest. We studied the size of "
            "residual disease nodules (RD) after surgery. Any RD after surgery was a risk.",
            "RD",
            "residual disease",
        ),
        # a joining word never opens a long form: the search goes on to the word before it
        (
            "Skin was treated with psoralen plus ultraviolet A (PUVA). PUVA cleared plaques.",
            "PUVA",
            "psoralen plus ultraviolet A",
        ),
        (
            "We searched the Allied and Complementary Medicine Database (AMED). AMED gave 3.",
            "AMED",
            "Allied and Complementary Medicine Database",
        ),
        (
            "Eggs were made by in vitro fertilisation (IVF). IVF worked.",
            "IVF",
            "in vitro fertilisation",
        ),
        # one word gives two letters in a row where the second starts a part of it
        ("We sampled cerebrospinal fluid (CSF). CSF was clear.", "CSF", "cerebrospinal fluid"),
        ("Bones had less alkaline phosphatase (ALP). ALP fell.", "ALP", "alkaline phosphatase"),
        ("Babies with low birthweight (LBW) grew. LBW was rare.", "LBW", "low birthweight"),
        (
            "We scored total pain relief (TOTPAR) at 6 hours. TOTPAR rose.",
            "TOTPAR",
            "total pain relief",
        ),
    ],
)
def test_the_paper_s_own_definition_is_found(text: str, short: str, long_form: str) -> None:
    definitions = find_definitions(text)
    assert definitions[short] == long_form
    assert short not in expand(text, definitions)


@pytest.mark.parametrize(
    "text",
    [
        "The results are in the first table (Table) and figure (Fig).",  # words, not codes
        "Children got growth hormone (rhGH) for a year.",  # no capital G or H before it
        "Patients at the Royal Infirmary (RVI) were seen weekly.",  # V: not in the name
        # a guess from words around a code, and no single word guessed after it
        "We used an IFT20 construct to measure intraflagellar (IFT) transport.",
        # one plain word gives no two letters in a row ("mumps" is not MM), and the order of the
        # words does not spell the code
        "Children got vaccines with measles, rubella, mumps strains (MMR) in one shot.",
        # a long form opened by a joining word is none, and no word before it spells the code
        "Pills were given with ultraviolet A light, or plus ultraviolet A (PUVA) alone.",
    ],
)
def test_no_definition_is_guessed(text: str) -> None:
    assert find_definitions(text) == {}


@pytest.mark.parametrize(
    ("short", "long_form", "expected"),
    [
        ("AMED", "and Complementary Medicine Database", False),
        ("PUVA", "plus ultraviolet A", False),
        ("VA", "versus active drug", False),
        ("PUVA", "psoralen plus ultraviolet A", True),
        ("IVF", "in vitro fertilisation", True),
    ],
)
def test_a_joining_word_does_not_open_a_long_form(
    short: str, long_form: str, expected: bool
) -> None:
    assert plausible(short, long_form) is expected


def test_a_long_form_that_opens_a_sentence_with_a_short_form_inside_is_no_name():
    """ "Circular RNAs (circRNAs) have ..." opens its sentence: "two Circular RNAs" mid-sentence
    read as a name; "RNAs" is a short form inside the long form, not a capitalised word."""
    text = "Background: Circular RNAs (circRNAs) are stable. We found two circRNAs in blood."
    assert find_definitions(text)["circRNAs"] == "circular RNAs"
    named = "Patients joined the Multiple Sclerosis Society (MSS) register."
    assert find_definitions(named)["MSS"] == "Multiple Sclerosis Society"
