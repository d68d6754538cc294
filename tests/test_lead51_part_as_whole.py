"""Three false statements the lead's start reading found (issue 9), each in its general kind:
one group's count said as the whole study ("The control group included 207 patients" read as
"The study included 207 patients."), one trial's comparison said as what a review studied
("in the single trial comparing A to B, ... the use of A compared to B" read as "The review
authors looked at A compared to B ..."), and a rating verb swapped for a checking one ("we
assessed blinding at high risk of bias" read as "checked blinding at high risk"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.abbreviations import find_definitions
from plainsum.plain.aim import studied_from
from plainsum.plain.anchored import unanchored
from plainsum.plain.facts import study_facts
from plainsum.plain.glossary import plain_words
from plainsum.plain.headline.choose import _WHERE_WHEN_DONE
from plainsum.plain.limits import states_a_limit
from plainsum.plain.material import gather
from plainsum.plain.simplify import plain_sentences
from plainsum.plain.slashes import slash_words
from plainsum.plain.source import source_sentences
from plainsum.plain.tidy import tidy
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Objective: To describe stroke after a flu jab.\n"
        f"Results: {results} Most recovered within a month.\n"
        "Conclusions: Stroke after a flu jab was rare."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.OBSERVATIONAL)
    return [f.text for f in facts if f.text.startswith("The study included")]


@pytest.mark.parametrize(
    "group",
    [
        "The control group included 310 patients with stroke before the jab was offered.",
        "The placebo arm enrolled 88 adults.",
        "The comparison cohort comprised 412 people from the same towns.",
    ],
)
def test_one_group_s_count_is_not_the_study_s_size(group: str) -> None:
    assert _sizes(f"Of 95 patients with stroke after the jab, 60 were women. {group}") == []


def test_the_study_group_is_still_the_whole() -> None:
    assert _sizes("The study group included 240 patients with stroke.") == [
        "The study included 240 patients."
    ]


def _studied(results: str) -> str | None:
    built = studied_from(source_sentences(parse(results)), review=True)
    return built[0] if built else None


@pytest.mark.parametrize(
    "one",
    [
        "In the single trial comparing cream A to cream B, there was no clear difference with "
        "the use of cream A compared to cream B in healing rates.",
        "Another trial of 60 people found a benefit of the use of cream A in leg ulcers.",
    ],
)
def test_one_trial_s_comparison_is_not_what_the_review_studied(one: str) -> None:
    results = "We included nine studies with 700 people with leg ulcers. " + one
    assert _studied(results) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "We assessed blinding of the outcome assessors at high risk of bias for all trials.",
            "assessed blinding",
        ),
        ("We assessed the trials as at low risk of bias.", "assessed the trials"),
        ("We assessed pain with a diary.", "checked pain"),
    ],
)
def test_a_rating_verb_keeps_its_sense(text: str, want: str) -> None:
    assert want in plain_words(text)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("A similar result was seen in trials looking at reminder devices at four weeks.", True),
        ("The similar benefit was found in studies of spacer devices.", True),
        ("A similar rise was seen in both groups.", False),
        ("A similar result was seen with the spray as with the tablets.", False),
    ],
)
def test_a_similar_result_leans_on_the_one_before(text: str, leans: bool) -> None:
    assert unanchored(text) is leans


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        (
            "Because people chose whether to answer, these counts may not represent all people "
            "with gout.",
            True,
        ),
        ("Our sample may not reflect the wider population of people with gout.", True),
        ("The new pill may not represent a safe choice for people with gout.", False),
    ],
)
def test_a_sample_that_may_not_stand_for_everyone_is_a_stated_limit(text: str, limit: bool) -> None:
    assert states_a_limit(text) is limit


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The results did not exclude no effect when the random-effects model was used.", True),
        ("The difference was no longer clear in the sensitivity analysis.", True),
        ("These results held with a fixed-effect model.", True),
        ("The results showed that the cream eased itching.", False),
        ("Itching eased in the sensitivity analysis as well as in the main one.", False),
    ],
)
def test_a_result_analysed_again_leans_on_the_one_before(text: str, leans: bool) -> None:
    assert unanchored(text) is leans


def test_in_in_vitro_keeps_both_words() -> None:
    assert tidy("Growth hormone in in vitro fertilisation helped.") == (
        "Growth hormone in in vitro fertilisation helped."
    )
    assert tidy("The effect of of the cream was small.") == "The effect of the cream was small."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Smokers had a higher LDL/HDL ratio than others.", "a higher LDL to HDL ratio"),
        ("The n-6/n-3 ratios fell.", "n-6 to n-3 ratios fell"),
        ("They took 5 mg/kg a day.", "5 mg/kg a day"),
    ],
)
def test_a_ratio_of_two_measures_is_said_in_words(text: str, want: str) -> None:
    assert want in slash_words(text)


def test_a_result_with_a_ratio_is_shown() -> None:
    text = "At the start, smokers had a higher LDL/HDL ratio than non-smokers."
    assert [p.text for p in plain_sentences(text)] == [
        "At the start, smokers had a higher LDL to HDL ratio than non-smokers."
    ]


def test_a_long_form_inside_another_code_is_no_definition() -> None:
    text = (
        "Scarring was lower in those given ABCRT with added bandage therapy (ABCT) than in "
        "those given ABCT alone. People with HIV-associated neurocognitive disorder (HAND) "
        "were seen. The CFTR-Associated Ligand (CAL) was measured. MRI-guided focused "
        "ultrasound (MRgFUS) was used."
    )
    found = find_definitions(text)
    assert "ABCT" not in found
    assert found["HAND"] == "HIV-associated neurocognitive disorder"
    assert found["CAL"] == "CFTR-Associated Ligand"
    assert found["MRgFUS"] == "MRI-guided focused ultrasound"


def _review_sizes(results: str) -> list[str]:
    text = (
        "Objectives: To assess cooling caps for hair loss during chemotherapy.\n"
        f"Main results: {results}\n"
        "Authors' conclusions: Cooling caps may reduce hair loss."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if f.text.startswith("The review included")]


def test_a_count_in_each_group_is_no_total() -> None:
    results = "Four trials were included with a total of 90 women in each of the two groups."
    assert _review_sizes(results) == ["The review included four trials."]


def test_each_part_s_count_is_not_the_review_s() -> None:
    results = (
        "For breast cancer three RCTs were identified, enrolling a total of 400 women. "
        "In bowel cancer, two RCTs enrolling 210 people found less hair loss."
    )
    assert _review_sizes(results) == []


def test_one_count_opening_on_its_setting_is_still_the_size() -> None:
    results = "In this review, five trials with 612 women were included. Hair loss was less."
    assert _review_sizes(results) == ["The review included five trials with 612 women."]


def test_small_trials_are_counted() -> None:
    assert _review_sizes("We included one small trial (involving 30 women). Hair loss fell.") == [
        "The review included one trial with 30 women."
    ]
    assert _review_sizes("We included nine small trials (944 women) from five countries.") == [
        "The review included nine trials with 944 women."
    ]


def test_a_review_of_one_trial_says_its_limits_of_that_trial() -> None:
    text = (
        "Objectives: To assess cooling caps for hair loss during chemotherapy.\n"
        "Main results: We included one small study (involving 24 women). The study was a "
        "single-centre trial with a high risk of bias. Hair loss was less with the cap.\n"
        "Authors' conclusions: Cooling caps may reduce hair loss."
    )
    source = parse(text)
    limits = [x.text for x in gather(source, detect_design(source)).limits]
    assert "The authors say the study was done in one centre." in limits
    assert not any("some trials" in x or "the studies" in x for x in limits)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The studies were done in Norway between 1990 and 2001, by one team.", True),
        ("Both trials were carried out in Kenya.", True),
        ("Cooling caps were done in a way that cut hair loss.", False),
        ("Hair loss fell between the first and the third cycle.", False),
    ],
)
def test_where_and_when_studies_were_done_is_never_a_last_resort_headline(
    text: str, said: bool
) -> None:
    assert bool(_WHERE_WHEN_DONE.search(text)) is said


@pytest.mark.parametrize(
    "text", ["Neither showed any change in hearing.", "Either improved sleep a little."]
)
def test_neither_or_either_as_the_subject_leans_back(text: str) -> None:
    assert unanchored(text)
