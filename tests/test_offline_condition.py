"""The condition a paper not about MS studied, named in its own words for why it matters
(plain/condition.py), and the one sentence that says it. Every sentence is written for these
tests."""

from __future__ import annotations

import re

import pytest

from plainsum.evidence import frame_kind
from plainsum.plain import condition
from plainsum.plain.condition import Condition, conditions_in, conditions_of, mentions
from plainsum.plain.frames import DOCTOR, NOT_ABOUT_MS, NOT_MS
from plainsum.plain.headline import Headline
from plainsum.plain.pick import pick
from plainsum.plain.relevance import why_it_matters
from plainsum.plain.sentences import Role
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign
from plainsum.word_start import by_first_letter


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Children with cystic fibrosis often cough at night.", ["cystic fibrosis"]),
        ("The drug had no effect on depression nor on anxiety.", ["depression", "anxiety"]),
        ("Adults with a history of diabetes were left out.", ["diabetes"]),
        ("Nausea and constipation were the main side effects.", ["constipation"]),
        ("We studied adults with chronic kidney disease on dialysis.", ["chronic kidney disease"]),
        ("Malaria kills many young children each year.", ["Malaria"]),
        ("Infants with Down syndrome took part.", ["Down syndrome"]),
        ("Adults with stable HIV took part.", ["HIV"]),  # how it stands, not which
        ("Families with von Hippel-Lindau disease.", ["von Hippel-Lindau disease"]),
        (
            "We treated a man with post-traumatic trigeminal neuralgia.",
            ["post-traumatic trigeminal neuralgia"],
        ),
        # "and" joins two body parts inside one name: never "neck cancer"
        ("Radiotherapy for head and neck cancer can harm the jaw.", ["head and neck cancer"]),
        ("People with neck cancer and diabetes took part.", ["neck cancer", "diabetes"]),
    ],
)
def test_a_condition_is_named_as_the_sentence_names_it(text: str, names: list[str]) -> None:
    assert conditions_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "People with multiple sclerosis took part.",  # MS is never the other condition
        "The diagnosis was made by a doctor.",  # an ending like a condition's, no condition
        "The disease got worse in half of them.",  # a head noun with no name before it
        "Results were reported for all the trials in the review.",
        "Nostalgia for the old clinic was common among the nurses.",  # an -algia, no condition
    ],
)
def test_no_condition_where_the_sentence_names_none(text: str) -> None:
    assert conditions_in(text) == []


def test_the_condition_named_most_and_in_the_aim_comes_first() -> None:
    sentences = [
        ("Asthma is common in children who live in cities.", 0, Role.BACKGROUND),
        ("To find out whether air filters at home ease asthma in children.", 1, Role.AIM),
        ("Two children had a skin rash and one had pneumonia.", 5, Role.RESULTS),
        ("Air filters may ease asthma in children.", 7, Role.CONCLUSION),
    ]
    found = conditions_of(sentences)
    # the sentence's capital goes ("Asthma is ..."); the evidence is the paper's own aim;
    # pneumonia, said once among the results, is a side outcome and never named
    assert found == [Condition("asthma", 1)]


def test_a_name_keeps_its_capital_and_the_form_the_paper_uses_most() -> None:
    sentences = [
        ("Parkinson's disease makes walking slow.", 0, Role.BACKGROUND),
        ("We tested dance classes for people with Parkinson's disease.", 1, Role.AIM),
        ("Dance classes helped people with early Parkinson's disease walk.", 6, Role.RESULTS),
    ]
    assert conditions_of(sentences)[0].name == "Parkinson's disease"


def test_a_paper_that_names_no_condition_gets_none() -> None:
    sentences = [
        ("Cells divide in two steps.", 0, Role.BACKGROUND),
        ("We show how one protein links the two copies of a chromosome.", 3, Role.RESULTS),
    ]
    assert conditions_of(sentences) == []


def _why(conclusions, head, conditions, topic=None, design=StudyDesign.REVIEW):
    lines = why_it_matters(
        conclusions,
        head,
        {head.origin} if head.origin else set(),
        pick,
        about_ms=False,
        design=design,
        limit=2,
        topic=topic,
        topic_source=2 if topic else None,
        conditions=conditions,
    )
    return lines


HEAD = Headline("Air filters did not ease coughing at night", (9,), origin="")


def test_a_paper_not_about_ms_says_in_one_sentence_what_condition_it_studied() -> None:
    lines = _why([], HEAD, [Condition("cystic fibrosis", 3)])
    assert [x.text for x in lines] == [
        "This review was about cystic fibrosis.",
        NOT_ABOUT_MS,
        DOCTOR,
    ]
    assert lines[0].sources == (3,)  # linked to where the paper names it
    assert lines[0].kind == "frame"  # a frame: a repair for the grade never drops it
    assert frame_kind(lines[1].text) == "not_about_ms"  # and the gate reads it as one


def test_a_condition_with_a_name_a_reader_would_not_know_is_not_given() -> None:
    hard = Condition("hyperhomocysteinaemia", 3)
    lines = _why([], HEAD, [hard, Condition("heart disease", 4)])
    assert lines[0].text.startswith("This review was about heart disease.")
    assert [x.text for x in _why([], HEAD, [hard])] == [NOT_MS, DOCTOR]


def test_a_short_topic_of_the_aim_comes_before_the_condition() -> None:
    lines = _why([], HEAD, [Condition("asthma", 3)], topic="filters for asthma")
    assert lines[0].text.startswith("This review looked at filters for asthma;")
    assert len(lines) == 2


def test_a_topic_too_long_for_one_sentence_gives_way_to_the_condition() -> None:
    topic = "high versus low doses of a daily thyroid hormone pill for babies born with goitre"
    lines = _why([], HEAD, [Condition("goitre", 3)], topic=topic)
    assert [x.text for x in lines] == ["This review was about goitre.", NOT_ABOUT_MS, DOCTOR]


def test_the_condition_is_said_instead_of_a_conclusion_lifted_beside_the_frame() -> None:
    # the headline names the air filters already: the condition says what the paper was about,
    # and no conclusion of the authors is lifted beside it (a side point, a call for research)
    for said in (
        measured("Air filters at home may ease asthma in children.", (8,)),
        measured("Air filters at home may help children sleep better.", (8,)),
    ):
        texts = [x.text for x in _why([said], HEAD, [Condition("asthma", 3)])]
        assert texts == ["This review was about asthma.", NOT_ABOUT_MS, DOCTOR]


def test_with_no_aim_nor_condition_the_subject_of_the_conclusion_names_what_was_studied() -> None:
    said = measured("Air filters at home may ease asthma in children.", (8,))
    head = Headline("Coughing at night was no less with the filters", (9,), origin="")
    texts = [x.text for x in _why([said], head, [])]
    assert texts == ["This review looked at air filters at home.", NOT_ABOUT_MS, DOCTOR]
    # the headline names it already: not said again, the conclusion is kept as before
    head = Headline("Air filters at home did not ease coughing at night", (9,), origin="")
    texts = [x.text for x in _why([said], head, [])]
    assert texts == [said.text, NOT_MS, DOCTOR]


def test_a_condition_met_only_as_an_outcome_is_not_what_the_paper_studied() -> None:
    sentences = [
        ("Drug X caused more movement disorders than drug Y.", 4, Role.RESULTS),
        ("Drug X produced more movement disorders.", 9, Role.CONCLUSION),
        ("Fewer people on drug X left the study early.", 5, Role.RESULTS),
    ]
    assert conditions_of(sentences) == []
    studied = [*sentences, ("Drug X is used for schizophrenia in adults.", 8, Role.CONCLUSION)]
    # said once after "for" in the conclusion, twice as an outcome: only the studied one
    assert [c.name for c in conditions_of(studied)] == ["schizophrenia"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the virus is named after the syndrome: never "severe acute respiratory syndrome"
        ("Adults with severe acute respiratory syndrome coronavirus 2 infection.", []),
        ("Adults with irritable bowel syndrome took part.", ["irritable bowel syndrome"]),
        ("Air filters may ease asthma in children.", ["asthma"]),  # a verb is no part of it
    ],
)
def test_the_words_a_name_runs_over(text: str, names: list[str]) -> None:
    assert conditions_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Fewer children in the zinc group had severe disease.",  # how bad, not which
        "Rates of author-defined infection did not differ.",  # who judged it, not which
        "Mice with sub-lethal infection were treated.",  # how bad, not which
        "Women with intermediate-risk disease took part.",
    ],
)
def test_a_head_noun_with_no_name_before_it_is_no_condition(text: str) -> None:
    assert conditions_in(text) == []


def test_a_tool_the_paper_only_used_is_never_said_as_what_it_studied() -> None:
    from plainsum.design import detect_design
    from plainsum.ingest import parse
    from plainsum.plain.compose import compose
    from plainsum.plain.material import gather

    text = (
        "Bacteria switch genes on and off as they grow. The use of a glowing reporter in "
        "single cells showed that gene activity varied widely between cells. Cells that "
        "switched the gene on early grew more slowly. These results suggest that bacteria "
        "hedge their bets when food runs short."
    )
    source = parse(text)
    material = gather(source, detect_design(source))
    assert material.topic_is_means  # "use of a glowing reporter": a means, not the topic
    _, sections = compose(material)
    said = " ".join(x.text for lines in sections.values() for x in lines)
    assert "looked at a glowing reporter" not in said


def test_a_condition_a_few_words_after_for_is_what_was_studied() -> None:
    said = [("Treatments for the very common chronic kidney disease helped.", 9, Role.CONCLUSION)]
    assert [c.name for c in conditions_of(said)] == ["chronic kidney disease"]
    outcome = [("The very common chronic kidney disease got worse on both drugs.", 9, Role.RESULTS)]
    assert conditions_of(outcome * 2) == []  # an outcome, however often it is said


def test_a_name_after_a_slash_keeps_its_words() -> None:
    text = "Adults with lateral sclerosis/motor neuron disease took part."
    assert conditions_in(text) == ["motor neuron disease"]


def test_only_a_condition_the_aim_names_is_what_the_paper_studied() -> None:
    # the background names an earlier operation's condition and a complication; the aim names
    # what the paper is about: only that one is said
    sentences = [
        ("Surgery for snoring is common in adults.", 0, Role.BACKGROUND),
        (
            "Diabetes can follow years of lung infection in adults with lung disease.",
            1,
            Role.BACKGROUND,
        ),
        ("To compare two diets for people with chronic kidney disease.", 2, Role.AIM),
        ("Snoring was less common with both diets.", 5, Role.RESULTS),
    ]
    assert [c.name for c in conditions_of(sentences)] == ["chronic kidney disease"]


def test_a_condition_the_aim_does_not_name_is_never_guessed() -> None:
    # the aim names no condition the picker knows; one the background gives is no statement
    # of what was studied, so nothing is said rather than a guess
    sentences = [
        (
            "Some children had a heart operation for mitral stenosis years before.",
            0,
            Role.BACKGROUND,
        ),
        ("We describe a child whose hands and feet swelled after a cold.", 1, Role.AIM),
        ("The swelling went down with a short course of tablets.", 4, Role.RESULTS),
    ]
    assert conditions_of(sentences) == []


def test_with_no_aim_the_conclusions_say_what_was_studied() -> None:
    sentences = [
        ("Gout is common in older men.", 0, Role.BACKGROUND),
        ("A heart attack was seen in one man.", 3, Role.RESULTS),
        ("Infusions every two weeks eased gout in one trial.", 6, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(sentences)] == ["gout"]


@pytest.mark.parametrize(
    "text",
    [
        "More trials are needed in children with co-occurring disorders.",
        "Adults with comorbid disorders were left out.",
        "No one had an underlying disease.",
    ],
)
def test_a_head_noun_after_a_word_of_company_names_no_condition(text: str) -> None:
    assert conditions_in(text) == []


def test_a_lasting_cough_the_aim_names_is_what_was_studied_not_a_cause_the_results_find() -> None:
    # a study of chronic cough finds rhinitis among its causes: the paper is about the cough
    sentences = [
        ("To find the causes of chronic cough in adults.", 0, Role.AIM),
        ("Rhinitis was the most common cause.", 3, Role.RESULTS),
        ("Rhinitis and asthma explained most cases.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(sentences)][:1] == ["chronic cough"]


@pytest.mark.parametrize(
    "text", ["Children with cystic fibrosis often cough at night.", "They had a cough vaccine."]
)
def test_a_cough_is_a_condition_only_when_named_as_one_that_lasts(text: str) -> None:
    assert not any("cough" in name for name in conditions_in(text))


def test_a_case_report_is_a_report_about_its_condition() -> None:
    head = Headline("Nerve blocks ended a man's face pain", (3,))
    said = why_it_matters(
        [],
        head,
        set(),
        pick,
        about_ms=False,
        design=StudyDesign.CASE_REPORT,
        limit=2,
        conditions=[Condition("trigeminal neuralgia", 1)],
    )
    assert said[0].text == "This report was about trigeminal neuralgia."


def test_a_condition_the_aim_names_as_an_outcome_gives_way_to_the_one_people_had() -> None:
    # a review of a drug after a brain bleed measures swelling of the brain and fluid on the
    # brain: the bleed is what the people had, the rest are outcomes
    sentences = [
        ("A bleed around the brain, a subarachnoid haemorrhage, often leaves people disabled.", 0,
         Role.BACKGROUND),
        ("To assess the effect of the drug on the risk of cerebral oedema, vasospasm, and "
         "hydrocephalus following subarachnoid haemorrhage.", 2, Role.AIM),
        ("The drug made little or no difference to hydrocephalus.", 9, Role.RESULTS),
        ("The drug probably reduces the risk of hydrocephalus and poor recovery.", 12,
         Role.CONCLUSION),
    ]  # fmt: skip
    assert [c.name for c in conditions_of(sentences)] == ["subarachnoid haemorrhage"]


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("We looked at the incidence of dementia over ten years.", "outcome"),
        ("Fewer people developed pneumonia on the new feed.", "outcome"),
        ("Blood pressure drugs may delay the development of dementia.", "outcome"),
        ("Asthma at 6 months was rare in both groups.", "outcome"),
        ("Pain eased in a subgroup of patients with gout.", "scoped"),
        ("Adults with no prior stroke took part.", "scoped"),
        ("Results did not differ between sepsis and other subgroups.", "scoped"),
        ("We followed 40 heart failure patients for a year.", "studied"),
        ("Recovery after stroke was slow in older adults.", "studied"),
        ("Children with asthma took part.", "studied"),
    ],
)
def test_how_a_sentence_names_a_condition(text: str, how: str) -> None:
    assert [h for _, h in mentions(text)] == [how]


def test_an_outcome_a_prevention_review_measured_is_not_what_it_was_about() -> None:
    # people with mild memory problems took vitamins; dementia is what the review counted
    sentences = [
        ("Vitamins might delay the onset of dementia.", 0, Role.BACKGROUND),
        ("To assess vitamins for the incidence of dementia in people with mild cognitive "
         "impairment.", 2, Role.AIM),
        ("Vitamins did not lower the incidence of dementia.", 8, Role.RESULTS),
        ("Vitamins probably do not help people with mild cognitive impairment.", 11,
         Role.CONCLUSION),
    ]  # fmt: skip
    assert [c.name for c in conditions_of(sentences)] == ["mild cognitive impairment"]


def test_a_condition_only_a_subgroup_had_is_not_what_the_review_was_about() -> None:
    sentences = [
        ("In a subgroup of head injury patients with subarachnoid haemorrhage, the drug "
         "lowered the risk of death.", 4, Role.RESULTS),
        ("This review of a drug in acute head injury patients leaves much in doubt.", 6,
         Role.CONCLUSION),
        ("The drug helped a subgroup of brain injury patients with subarachnoid haemorrhage.",
         7, Role.CONCLUSION),
    ]  # fmt: skip
    assert [c.name for c in conditions_of(sentences)] == ["acute head injury"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zinc may prevent otitis media in children.", ["otitis media"]),  # named whole
        ("Mood was rated on the Edinburgh Postnatal Depression Scale.", []),  # a scale
        ("Results were alike in non-sepsis patients.", []),  # its absence
        ("Because diabetes is common, screening matters.", ["diabetes"]),
    ],
)
def test_what_a_name_is_and_is_not(text: str, names: list[str]) -> None:
    assert conditions_in(text) == names


# The anchor pattern as first written: every one-word condition tried in turn at every place.
# The grouped pattern must find exactly the same words.
_FIRST_ANCHOR = re.compile(
    rf"\b(?i:{condition._ONE_WORD})\b|\b{condition._ENDING}\b"
    rf"|(?<=\S )\b(?:{condition._HEADS})\b(?! (?:coronavirus|virus))"
)


@pytest.mark.parametrize(
    "text",
    [
        "Children with cystic fibrosis and ASTHMA often cough at night.",
        "COVID-19 and Covid-19 and covid-19 were one illness; so was coronavirus disease.",
        "People with cataract or cataracts, and those with Cataracts, had surgery.",
        "Ulcerative colitis, Crohn's disease and chronic pain were outcomes.",
        "Pre-eclampsia, preeclampsia and eclampsia were counted in 2,000 women.",
        "A melanoma, two lymphomas and neuropathies in diabetes12 and diabetes_x.",
        "Back pain, neck pain, chronic cough and heart failure; hay fever; otitis media.",
        "The virus disease and Virus infection (the coronavirus disease) spread.",
        "Sepsis and Kidney failure were rarer than ſtroke in the older group.",
        "Xoma and Aoma are no words; soma, aroma and stroma are not conditions.",
        "Disease was common. Injury rates fell. Tumours shrank in 3 of 10 mice.",
        "",
    ],
)
def test_the_grouped_anchor_finds_what_the_first_pattern_found(text: str) -> None:
    assert [m.span() for m in condition._ANCHOR.finditer(text)] == [
        m.span() for m in _FIRST_ANCHOR.finditer(text)
    ]


def test_grouping_by_first_letter_keeps_each_groups_order() -> None:
    grouped = by_first_letter("stroke|asthma|sepsis|COVID-19|cancer|smoking")
    assert grouped == "s(?:troke|epsis|moking)|a(?:sthma)|c(?:OVID-19|ancer)"
    assert by_first_letter("shows?|showed|analy[sz]es") == "s(?:hows?|howed)|a(?:naly[sz]es)"
    for bad in ("(?:binds|drives)", r"\w{3,}ed", "s?how"):
        with pytest.raises(ValueError):
            by_first_letter(f"is|{bad}")
