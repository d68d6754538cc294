"""The headline of a study of people with a condition other than MS says whose result it is
(plain/headline/name_ms.py `name_condition`): "... can trigger attacks in a subset of patients
with migraine", never attacks of no condition. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.headline import Headline, name_condition
from plainsum.plain.headline.name_ms import has_it
from plainsum.schemas import StudyDesign

PAPER = [
    "Gout is a painful form of arthritis caused by crystals in the joints.",
    "We randomised 120 adults with gout to a low-purine diet or usual advice.",
]


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        # the people it ends on have the condition
        (
            "A low-purine diet reduced flares in most patients",
            "A low-purine diet reduced flares in most patients with gout",
        ),
        # no people named: the flares are the condition's
        (
            "A low-purine diet reduced the number of flares",
            "A low-purine diet reduced the number of gout flares",
        ),
        (
            "Fasting and alcohol can trigger attacks",
            "Fasting and alcohol can trigger gout attacks",
        ),
        # never "in people with X" added after another phrase: it would read as said of it
        (
            "The new studies did not change the conclusions of the first review",
            "The new studies did not change the conclusions of the first review",
        ),
        # "heart attacks" are no attacks of the condition
        (
            "The diet did not change the number of heart attacks",
            "The diet did not change the number of heart attacks",
        ),
        # the condition is named already
        ("A low-purine diet reduced gout flares", "A low-purine diet reduced gout flares"),
        # a place of its own ("in patients taking X"): left as it is
        (
            "Flares were fewer in patients taking the diet",
            "Flares were fewer in patients taking the diet",
        ),
        # no room: a long headline is not made longer
        (
            "The number of painful flares that needed a visit to the doctor was lower in the "
            "diet group after one year",
            "The number of painful flares that needed a visit to the doctor was lower in the "
            "diet group after one year",
        ),
    ],
)
def test_the_people_with_the_condition_are_named(headline: str, named: str) -> None:
    head = Headline(headline, (5,))
    out = name_condition(head, StudyDesign.TRIAL, "gout", 1, PAPER)
    assert out.text == named
    assert (out.sources == (5, 1)) is (named != headline)


def test_never_a_template_nor_an_animal_study() -> None:
    template = Headline("A review found no clear evidence about diet", (1,), True)
    assert name_condition(template, StudyDesign.REVIEW, "gout", 1, PAPER) == template
    animal = Headline("The diet reduced swelling of the joints", (5,))
    assert name_condition(animal, StudyDesign.ANIMAL, "gout", 1, PAPER) == animal


@pytest.mark.parametrize(
    ("paper", "had"),
    [
        (["We enrolled 300 women with pre-eclampsia at 30 weeks."], True),
        (["Migraine is a common disorder of recurrent headache."], True),
        (["Asthma patients kept a diary of their symptoms."], True),
        (["Children who have asthma were seen twice a year."], True),
        # a condition prevented, or one of the outcomes, is not what the people had
        (["Pregnant women took aspirin to prevent pre-eclampsia."], False),
        (["We counted how many women developed pre-eclampsia."], False),
        (["Adults who had received an asthma vaccine were enrolled."], False),
        (["Adults with no history of asthma were enrolled."], False),
        (["Adults with severe asthma were enrolled."], True),
    ],
)
def test_only_a_condition_the_people_have(paper: list[str], had: bool) -> None:
    name = "migraine" if "Migraine" in paper[0] else "asthma" if "sthma" in paper[0] else None
    assert has_it(name or "pre-eclampsia", paper) is had


def test_a_condition_prevented_is_never_said_as_what_the_people_had() -> None:
    head = Headline("Aspirin lowered the risk of early birth", (2,))
    paper = ["Pregnant women took low-dose aspirin to prevent pre-eclampsia in this trial."]
    assert name_condition(head, StudyDesign.TRIAL, "pre-eclampsia", 0, paper) == head


NARRATIVE = (
    "Migraine is a common neurological disorder with recurrent attacks of headache and "
    "nausea. Many patients report that stress, lack of sleep or skipped meals come before "
    "their attacks. In this narrative review, we summarise what is known about food triggers "
    "in migraine. Observational studies suggest that fasting can trigger attacks in a "
    "subset of patients. Evidence for chocolate and cheese is weak and comes from small "
    "studies. A headache diary can help patients find their own triggers."
)


def test_a_narrative_reviews_headline_names_its_condition() -> None:
    source = parse(NARRATIVE)
    head, _ = compose(gather(source, detect_design(source)))
    assert "migraine" in head.text.lower()
    assert "suggest" in head.text  # the authors' hedge is kept


@pytest.mark.parametrize(
    ("design", "template", "named"),
    [
        (StudyDesign.NARRATIVE_REVIEW, "A review reports its findings", "A review looked at gout"),
        (StudyDesign.LAB, "A study reports its findings", "A study looked at gout"),
    ],
)
def test_a_template_that_names_no_news_names_the_condition_studied(design, template, named):
    """ "A review reports its findings" says there is news but not of what: the condition the
    paper studied names it, linked to the sentence that names it."""
    head = Headline(template, (), from_template=True)
    out = name_condition(head, design, "gout", 1, PAPER)
    assert out.text == named
    assert 1 in out.sources


def test_a_template_that_says_what_was_found_is_left_as_it_is():
    head = Headline("A review found no clear evidence about diets", (3,), from_template=True)
    assert name_condition(head, StudyDesign.REVIEW, "gout", 1, PAPER).text == head.text


@pytest.mark.parametrize(
    ("name", "sentence", "said"),
    [
        ("asthma", "Adults with severe asthma took part.", True),
        ("asthma", "ASTHMA PATIENTS rested at home.", True),  # its patients, any case
        ("HIV", "People living with HIV were asked about sleep.", True),
        ("type 2 diabetes", "Men diagnosed with early type 2 diabetes took part.", True),
        ("asthma", "Adults with asthmatic cough took part.", False),  # another word
        ("stroke", "Patients with no stroke were left out.", False),  # "no": not what they had
        ("stroke", "Women who had received a stroke drug were seen.", False),
        ("asthma", "Aspirin was given to prevent asthma.", False),
        ("asthma", "Children in Zürich with mild asthma took part.", True),  # past ASCII
    ],
)
def test_whether_the_paper_says_its_people_have_the_condition(
    name: str, sentence: str, said: bool
) -> None:
    assert has_it(name, ["This review looked at a treatment.", sentence]) is said
