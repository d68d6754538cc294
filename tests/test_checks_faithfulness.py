import pytest
from gate_texts import LAB_SOURCE, LAB_SUMMARY, edit

from plainsum.checks.faithfulness import (
    check_faithfulness,
    name_candidates,
    number_mentions,
    numbers_in,
    unsupported_names,
    unsupported_numbers,
)
from plainsum.schemas import Severity

SOURCE = (
    "Twenty-six trials with 1,000 participants were included. Relapse rates fell by 3·5 per "
    "cent over 12 months with ocrelizumab. IL-17 levels and COVID-19 infections were recorded. "
    "40% of patients reported fatigue. A phase III trial gave 20 mg daily for 72 h; doses of "
    "10-20 mg were safe. Anti-CD20 antibodies and HRP-2 tests were used, and type 2 diabetes "
    "and polymerase chain reaction results were noted in two hundred and six people. All "
    "RCTs were small."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("26 trials were included.", []),
        ("twenty-six trials", []),
        ("1000 people took part.", []),
        ("It fell by 3.5 percent.", []),
        ("About 40 percent said they were tired.", []),
        ("Over 12 months.", []),
        ("IL-17 was measured.", []),  # a number inside a name is part of the name
        ("About 45% were tired.", ["45"]),
        ("The study lasted 18 months.", ["18"]),
        ("Nine trials were included.", ["9"]),
        ("One or two studies.", []),
        ("A phase 3 trial.", []),  # 'phase III' in the paper
        ("They took 20mg a day for 72h.", []),  # units stay numbers
        ("They took 25mg a day.", ["25"]),
        ("Doses of 10 to 20 mg were safe.", []),
        ("Doses of 10-30 mg were safe.", ["30"]),  # a range's second number counts
        ("In 206 people.", []),
        ("In two hundred and six people.", []),
        ("In 1990s studies.", ["1990"]),
        ("Thirty-one sites.", ["31"]),
        ("In 12.0 months.", []),
        ("COVID-19 and IL-17 cases.", []),
        ("Anti-CD20 drugs and HHV-6A.", []),  # names, not numbers
        ("Seen on day-9.", ["9"]),  # a word and a number
    ],
)
def test_numbers_must_be_in_source(text, expected):
    assert unsupported_numbers(SOURCE, text) == expected


def test_numbers_in_normalises():
    assert numbers_in("1,204 people, 3·5 years, thirty-one sites") == {"1204", "3.5", "31"}
    assert numbers_in("40% = 40 percent = 40 per cent = forty per cent") == {"40"}


def test_number_mentions_keep_where_and_how():
    assert number_mentions("Eight trials; 28 people") == [("8", 0, "Eight"), ("28", 14, "28")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("People took ocrelizumab.", []),
        ("People took Ocrelizumab.", []),
        ("People took natalizumab.", ["natalizumab"]),
        ("IL-17 and IL-6 were measured.", ["IL-6"]),
        ("Levels of BDNF rose.", ["BDNF"]),
        ("People with MS took part in the study.", []),
        ("IL-1 was measured.", ["IL-1"]),  # 'IL-17' in the paper is another name
        ("Anti-CD20 drugs were used.", []),
        ("HRP-2-based tests were used.", []),
        ("Type-2 diabetes was noted.", []),
        ("A test called polymerase chain reaction (PCR) was used.", []),  # long form in paper
        # the paper names it in full: the short form names the same test (whether a reader
        # is told what it means is the shape check's concern)
        ("A test called PCR was used.", []),
        ("A test called reverse transcription (RT) was used.", ["RT"]),
        ("People took fingolimod and siponimod.", ["fingolimod", "siponimod"]),
        ("Work in Sardinia found it.", ["Sardinia"]),  # a rare capitalised word
        ("Work in Canada found it.", []),
        ("CD20s and IL-17 rose.", []),
        ("On day-7 we saw it.", []),  # a word and a number, not a name
        ("See https://example.org/results-0331c for more.", []),
        ("Each RCT was small.", []),  # the paper has the plural, 'RCTs'
    ],
)
def test_names_must_be_in_source(text, expected):
    assert unsupported_names(SOURCE, text) == expected


def test_everyday_capitalised_words_are_not_names():
    assert name_candidates("Scientists in Canada and People with MS met in June.") <= {"Canada"}


def test_invented_number_finding_points_at_its_sentence():
    text = "Scientists grew cells in 28 dishes. Eight dishes were infected with HHV-6A in the lab."
    summary = edit(LAB_SUMMARY, what_the_study_did=text)
    numbers = [f for f in check_faithfulness(LAB_SOURCE, summary) if "number" in f.message]
    assert {f.message for f in numbers} == {
        "The number 28 is not in the source.",
        "The number 8 ('Eight') is not in the source.",
    }
    by_value = {f.message.split()[2]: f for f in numbers}
    assert by_value["28"].span == "Scientists grew cells in 28 dishes."
    assert by_value["8"].span.startswith("Eight dishes")
    assert all(f.severity == Severity.ERROR and f.section == "what_the_study_did" for f in numbers)


def test_invented_name_finding():
    text = LAB_SUMMARY.what_the_study_did.replace("ganciclovir", "valaciclovir")
    findings = check_faithfulness(LAB_SOURCE, edit(LAB_SUMMARY, what_the_study_did=text))
    (name,) = [f for f in findings if "name" in f.message]
    assert "'valaciclovir'" in name.message and name.severity == Severity.ERROR
    assert "valaciclovir" in name.span and name.hint


@pytest.mark.parametrize(
    "source_text,text",
    [
        # the paper's long form ends its sentence: the full stop is no part of it
        ("Bone damage resembled skeletal tuberculosis. Mice were infected.", "tuberculosis (TB)"),
        ("Levels of IL-1β, a cytokine, rose.", "Signals such as IL-1β rose."),  # a Greek letter
        ("Levels of TNF-α rose.", "TNF-α rose."),
    ],
)
def test_names_the_paper_writes_with_marks_or_greek_letters_are_supported(source_text, text):
    assert unsupported_names(source_text, text) == []


def test_a_greek_letter_keeps_a_name_apart():
    assert unsupported_names("Levels of IL-1β rose.", "IL-1α rose.") == ["IL-1α"]


@pytest.mark.parametrize(
    "source_text,text,unsupported",
    [
        # the paper names in full what the short form stands for
        ("Eight randomised controlled trials were found.", "All the RCTs were small.", []),
        ("Protein in cerebrospinal fluid was raised.", "Protein in the CSF was raised.", []),
        ("Disability was scored on the expanded disability status scale.", "The EDSS rose.", []),
        # two letters are too few to read off any two words in a row
        ("The treatment was given for six months.", "The TM group did better.", ["TM"]),
        # initials that do not follow in a row
        ("Trials that were randomised and controlled were found.", "All RCTs were small.", ["RCT"]),
    ],
)
def test_a_short_form_the_paper_names_in_full_is_supported(source_text, text, unsupported):
    assert unsupported_names(source_text, text) == unsupported


def test_abbreviation_defined_in_another_section_is_supported():
    # (the paper's words do not spell EDSS: a paper that names the scale in full supports it)
    source_text = "Disability was scored on the Kurtzke disability scale in 40 people."
    text = "The EDSS rose."
    assert unsupported_names(source_text, text) == ["EDSS"]
    context = "They used the Kurtzke disability scale (EDSS). " + text
    assert unsupported_names(source_text, text, defined_in=context) == []


def test_clean_summary_is_faithful():
    assert check_faithfulness(LAB_SOURCE, LAB_SUMMARY) == []


@pytest.mark.parametrize(
    "source,summary,unsupported",
    [
        # thousands grouped with a space are the same number
        ("A cohort of 12 305 adults was followed.", "The study followed 12,305 adults.", []),
        # a decimal rounded, whole or to one place, is the same number said plainly
        ("The half-life was 27.64 hours.", "It halved about every 28 hours.", []),
        ("The mean score rose by 3.46 points.", "Scores rose by about 3.5 points.", []),
        # a number near the paper's is still not the paper's
        ("The half-life was 27.64 hours.", "It halved about every 26 hours.", ["26"]),
        ("A cohort of 12 305 adults was followed.", "The study followed 12,350 adults.", ["12350"]),
    ],
)
def test_numbers_written_another_way_are_the_papers(source, summary, unsupported):
    assert unsupported_numbers(source, summary) == unsupported
