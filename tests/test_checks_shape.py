import pytest
from gate_texts import LAB_SUMMARY, edit

from plainsum.checks.shape import abbreviations, check_shape
from plainsum.checks.text import known_abbreviations
from plainsum.schemas import Severity


def shape_errors(summary):
    return [f for f in check_shape(summary) if f.severity.value == "error"]


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("Mice with EAE were treated.", True),
        ("Mice with experimental autoimmune encephalomyelitis (EAE) were treated.", False),
        ("Mice with EAE (a mouse model of MS) were treated.", False),
        ("The EDSS, a scale of disability, was used.", False),
        ("Each RCT was checked.", True),
        ("RCTs were checked.", True),
        ("An MRI scan was done.", False),  # known to lay readers
        ("They used a protein called TREM2.", False),
        ("Levels of IL-17 rose.", True),
        ("IL-17 (a signal between immune cells) rose.", False),
        ("The Epstein-Barr virus (EBV) is common.", False),
        ("People had EBV (a common virus).", False),
        ("People had a virus (EBV - a common virus).", False),
        ("EAE-induced damage was seen.", True),  # inside a compound
        # (gate37: "anti-CD20 drugs" is the kind of drug readers meet, known in its phrase)
        ("They counted CD20-positive cells.", True),
        ("GM-CSF levels rose.", True),
        ("The COVID-19 pandemic slowed the work.", False),
        ("The team used mRNAs.", True),
        ("A third dose of an mRNA vaccine gave more protection.", False),  # a household name
        ("An mRNA vaccine was given, and mRNA levels rose.", True),  # the second use is not
        ("It comes from one of two genes, PKD1 or PKD2.", False),  # named as genes
        ("The gene TRPV4 was changed.", False),
        ("PKD1 was changed.", True),
        # named as what it is: a receptor, a growth factor, a hormone
        ("Mice lacking the receptor TREM2 did worse.", False),
        ("The growth factor CTGF-b was made at the injury.", False),
        ("Levels of the hormone FGF23 rose.", False),
        ("TREM2 was changed.", True),
        # named before what it is
        ("Variants in the HLA-DRB1 gene raised the risk.", False),
        ("Mice lacking the TREM2 protein did worse.", False),
        ("Blocking the IL-10 receptor made it worse.", True),  # the receptor of IL-10
        ("The TREM2 level was changed.", True),
        ("Risk factors, TNF and IL6 were measured.", True),  # risk factors name no kind
        ("IMPORTANCE Fatigue is common.", False),  # a heading in capitals is not one
        ("Your GP can help.", False),
        ("Each RCT, a randomised controlled trial, was checked.", False),
        # a Roman numeral that counts is a number; alone, IV may be 'intravenous'
        ("Most people had stage III cancer.", False),
        ("The phase II and III trials were small.", False),
        ("The drug was given by IV.", True),
        ("People in group XII were older.", False),
    ],
)
def test_unexplained_abbreviations(sentence, flagged):
    text = LAB_SUMMARY.what_the_study_did + " " + sentence
    summary = edit(LAB_SUMMARY, what_the_study_did=text)
    assert bool(shape_errors(summary)) is flagged


def test_plural_abbreviation_read_as_singular():
    assert abbreviations("Two RCTs and one RCT.") == ["RCT"]


def test_abbreviations_in_order_each_once():
    text = "EAE-induced damage, anti-CD20, IL-17, HHV-6A, McDonald, IgG and MS; EAE again."
    assert abbreviations(text) == ["EAE", "CD20", "IL-17", "HHV-6A", "IgG", "MS"]


def test_abbreviation_finding_is_concrete():
    why = LAB_SUMMARY.why_it_matters.replace("in MS.", "in MS and EBV.")
    (finding,) = shape_errors(edit(LAB_SUMMARY, why_it_matters=why))
    assert finding.section == "why_it_matters" and finding.span == "EBV"
    assert "EBV is not explained" in finding.message and "in MS and EBV" in finding.message
    assert "EBV" in finding.hint


def test_known_abbreviations_are_short_and_shipped():
    known = known_abbreviations()
    assert {"MS", "MRI", "DNA", "HIV", "COVID-19", "UK", "US", "NHS"} <= known
    assert len(known) < 40


def test_headline_and_section_lengths_warn():
    short = edit(LAB_SUMMARY, headline="Virus grows", limitations="Cells only.")
    messages = [f for f in check_shape(short) if f.severity.value == "warning"]
    assert {f.section for f in messages} >= {"headline", "limitations"}


def test_lengths_a_little_outside_the_range_are_notes():
    """A warning means an editor must change the draft: a headline of 4 or of 24 words, a
    section a little short or long, is a note (info), and alone the draft passes."""
    near = edit(
        LAB_SUMMARY,
        headline="Virus grows in cells",
        limitations="This lab work was done in cells only.",
    )
    found = [f for f in check_shape(near) if f.section in {"headline", "limitations"}]
    assert {f.section for f in found} == {"headline", "limitations"}
    assert {f.severity for f in found} == {Severity.INFO}
    long_headline = " ".join(["cells"] * 24)
    (note,) = check_shape(edit(LAB_SUMMARY, headline=long_headline))
    assert note.severity == Severity.INFO
    (warning,) = check_shape(edit(LAB_SUMMARY, headline=long_headline + " grew"))
    assert warning.severity == Severity.WARNING


def test_long_sections_warn_with_a_target():
    long = " ".join(["The cells grew in the lab."] * 31)
    found = [
        f for f in check_shape(edit(LAB_SUMMARY, limitations=long)) if f.section == "limitations"
    ]
    assert found and found[0].severity == Severity.WARNING
    assert "186 words" in found[0].message and "120" in found[0].hint
    longish = " ".join(["The cells grew in the lab."] * 25)
    (note,) = [
        f for f in check_shape(edit(LAB_SUMMARY, limitations=longish)) if f.section == "limitations"
    ]
    assert note.severity == Severity.INFO


def test_headline_with_full_stop_is_fine():
    summary = edit(LAB_SUMMARY, headline=LAB_SUMMARY.headline + ".")
    assert check_shape(summary) == []


def test_question_headline_warns():
    q = edit(LAB_SUMMARY, headline="Could a common herpes virus play a part in MS?")
    assert any("question" in f.message for f in check_shape(q))


def test_clean_summary_has_no_shape_findings():
    assert check_shape(LAB_SUMMARY) == []


def test_two_sentence_headline_is_a_shape_warning():
    two = edit(LAB_SUMMARY, headline="A virus grew in cells. It may matter for MS.")
    found = [f for f in check_shape(two) if "more than one sentence" in f.message]
    assert found and found[0].severity == Severity.WARNING and found[0].section == "headline"
