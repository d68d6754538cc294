"""Abbreviations a paper uses but never defines, written out with a vetted standard long form
(plain/standard_forms.py, data/standard_abbreviations.tsv) only where the sense is certain; the
paper's own definition always wins. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import Expander
from plainsum.plain.standard_forms import parse, standard_definitions, standard_forms


@pytest.mark.parametrize(
    ("definitions", "text", "want"),
    [
        # one meaning in medical writing: written out, plural kept
        ({}, "Both TCAs and SSRIs eased low mood in general practice.",
         "Both tricyclic antidepressants and selective serotonin reuptake inhibitors eased"),
        ({}, "Cooling did not help adults with TBI after a head injury.",
         "adults with traumatic brain injury after"),
        ({}, "An RCT of exercise found less fatigue.", "A randomised controlled trial of"),
        ({}, "SARS-CoV-2 infection was rare among staff.", "COVID-19 virus infection was rare"),
        # a short form with a second meaning: only beside the words of its sense
        ({}, "Survival was longer, and OS rose with the new chemotherapy.",
         "and overall survival rose with"),
        ({}, "OS was slower on the old laptops.", "OS was slower"),
        ({}, "Worry scores fell in people with GAD after therapy.",
         "people with generalised anxiety disorder after"),
        ({}, "Fewer sera were positive for GAD than for insulin.", "positive for GAD than"),
        # "CBT score" is no therapy, "TBI" in a transplant no brain injury, "MI" two things
        # beside "cardiac": never written out
        ({}, "Vests lowered the CBT score in two trials.", "Vests lowered the CBT score"),
        ({}, "Marrow grafts were safe when TBI was given.", "safe when TBI was given."),
        ({}, "Cooling did not help people with severe TBI.", "people with severe traumatic brain"),
        ({}, "MI improved cardiac rehabilitation attendance.", "MI improved cardiac"),
        ({}, "CBT sessions eased low mood.", "cognitive behavioural therapy sessions eased"),
        # the paper's own definition beats the standard one
        ({"CBT": "computer-based training"}, "CBT improved typing speed in therapy.",
         "computer-based training improved"),
        # a sentence that defines the short form in its own words keeps them
        ({}, "Talking therapy (CBT) was offered.", "Talking therapy (CBT) was offered."),
        # long forms that would lengthen a long sentence by more than three words: none
        ({}, "In this small review, women with SUI who used weighted cones every day did about as "
             "well as women who did PFMT or electrical stimulation at home.",
         "women with SUI who used weighted cones every day did about as well as women who did "
         "PFMT or"),
        ({}, "COPD was common.", "chronic obstructive pulmonary disease was common."),
        # a statistic keeps its short form
        ({}, "Median OS 14 months with chemotherapy.", "Median OS 14 months"),
        # never inside another code or a compound with a number
        ({}, "The CNS-4 score was read.", "The CNS-4 score"),
        # a results-only extract that never defines its condition or its test
        ({}, "Early proning in adults with ARDS lowered deaths.",
         "adults with acute respiratory distress syndrome lowered deaths"),
        ({}, "Two trials tested needles for CVS before 14 weeks of pregnancy.",
         "needles for chorionic villus sampling before"),
        ({}, "The CVS findings were normal in heart failure.", "The CVS findings"),
        ({}, "RDTs missed few cases of falciparum malaria.", "rapid diagnostic tests missed"),
        ({}, "The RDT results were stored on the server.", "The RDT results"),
        # MS papers' own short forms, never defined there: PML beside natalizumab is the brain
        # infection, in a cell nucleus a protein
        ({}, "No case of PML was seen with natalizumab.",
         "No case of progressive multifocal leukoencephalopathy was seen"),
        ({}, "PML bodies were seen in the nucleus.", "PML bodies were seen"),
        ({}, "Higher sNfL predicted worsening in MS.", "Higher serum neurofilament light chain"),
    ],
)  # fmt: skip
def test_standard_long_forms(definitions: dict[str, str], text: str, want: str) -> None:
    assert want in Expander(definitions)(text)


def test_no_standard_forms_when_asked() -> None:
    assert Expander({}, standard={})("Adults with TBI.") == "Adults with TBI."


@pytest.mark.parametrize(
    "line",
    [
        "XY\t\t",  # no long form
        "XY\tone thing\nXY\tanother thing",  # one short form, two long forms: ambiguous
    ],
)
def test_bad_lines_are_refused(line: str) -> None:
    with pytest.raises(ValueError):
        parse(line)


def test_shipped_list_holds_no_known_or_statistical_short_form() -> None:
    from plainsum.plain.abbreviations import known_abbreviations

    shipped = standard_forms()
    assert not set(shipped) & set(known_abbreviations())
    assert not set(shipped) & {"RR", "HR", "OR", "CI", "SD", "MD", "MS", "PD", "AD", "PE"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a short sentence takes the long forms
        ("Both TCAs and SSRIs eased low mood.",
         "Both tricyclic antidepressants and selective serotonin reuptake inhibitors eased"),
        # long forms would make the finding too long to read: the short forms stay
        ("No difference was seen between rTMS and sham rTMS on the walking scores and the muscle "
         "testing scores at 12 months in this small trial.",
         "between rTMS and sham rTMS"),
    ],
)  # fmt: skip
def test_a_long_form_never_costs_a_finding(text: str, want: str) -> None:
    from plainsum.plain.simplify import plain_sentences

    pieces = plain_sentences(text, review=True, expand=Expander({}))
    assert pieces and want in pieces[0].text


def test_international_units_after_a_dose() -> None:
    from plainsum.plain.abbreviations import Expander

    expand = Expander({})
    assert expand("They took 50,000 IU of the vitamin a week.") == (
        "They took 50,000 international units of the vitamin a week."
    )
    assert expand("The IU group did better.") == "The IU group did better."  # no dose: no sense


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a chest infection where the sentence shows it
        ("Zinc did not lower the rate of acute LRTI in toddlers.", {"LRTI": True}),
        ("Children with LRTI and a cough were given the syrup.", {"LRTI": True}),
        ("We included 8 trials of antibiotics to prevent LRTIs in frail adults.", {"LRTI": True}),
        # a paper on radiation injury means late radiation tissue injury: never written out
        ("Oxygen under pressure may help people with LRTI of the jaw after radiotherapy.", {}),
        ("No data were reported on the use of HBOT for other kinds of LRTI.", {}),
        ("Hyperbaric oxygen may prevent LRTI of the jaw after tooth removal.", {}),
    ],
)
def test_lrti_is_written_out_only_where_the_sentence_shows_an_infection(
    text: str, want: dict[str, bool]
) -> None:
    assert ("LRTI" in standard_definitions(text, {})) == bool(want)
