"""Fluency rules for what a cut or a half-done swap leaves: a passive without its 'been', a
range across two scales, a first sentence pointing back to nothing. Sentences written for these
tests."""

import pytest

from plainsum.checks.fluency import check_fluency, text_problems
from plainsum.schemas import PlainSummary


def rules(text: str, reference_rule: bool = True) -> set[str]:
    return {p.rule for p in text_problems(text, reference_rule=reference_rule)}


@pytest.mark.parametrize(
    "sentence,broken",
    [
        ("Cooling has shown to be safe for people with MS.", True),
        ("Exercise have not demonstrated to improve walking.", True),
        ("The drug had also found to lower relapses.", True),
        ("Cooling has been shown to be safe for people with MS.", False),
        ("Cooling has proven to be safe for people with MS.", False),  # 'prove': turn out
        ("The trial has shown that cooling is safe.", False),
        ("Earlier work has shown lower relapse rates.", False),
        # an active perfect: "to" names who was told (a clean leaflet-voice summary failed)
        ("Nurses had suggested to parents that they keep a diary.", False),
        ("The team has reported to the ethics board every year.", False),
    ],
)
def test_a_passive_needs_its_been(sentence, broken):
    assert ("missing_been" in rules(sentence)) is broken


@pytest.mark.parametrize(
    "sentence,broken",
    [
        ("The evidence was rated as low to very weak.", True),
        ("The evidence was rated strong to very low.", True),
        ("The evidence was rated as low to very low.", False),
        ("The evidence was weak to very weak.", False),
        ("Scores went from low to high over the year.", False),  # one scale
        ("The evidence was moderate to very weak.", False),
    ],
)
def test_a_range_keeps_to_one_scale(sentence, broken):
    assert ("mixed_scale" in rules(sentence)) is broken


@pytest.mark.parametrize(
    "text,broken",
    [
        ("These patients had fewer relapses on the drug.", True),
        ("Such changes were seen in all the mice.", True),
        ("His symptoms eased after the new treatment.", True),
        ("They also had less pain after six weeks.", True),
        ("Researchers also found less fatigue in the group that exercised.", True),
        ("The drug cut relapses by a third. These people also had less fatigue.", False),
        ("The drug cut relapses and also eased fatigue.", False),  # its own earlier clause
        ("Vitamin D, also called the sunshine vitamin, was measured.", False),
        ("This study followed 300 people with MS for two years.", False),
        ("Theseus cells were counted.", False),  # a word that only starts like one
    ],
)
def test_a_first_sentence_does_not_point_back_to_nothing(text, broken):
    assert ("leans_back" in rules(text)) is broken


def test_the_rule_is_asked_for():
    assert "leans_back" not in {p.rule for p in text_problems("These patients had fewer relapses.")}
    assert "leans_back" not in rules("These patients had fewer relapses.", reference_rule=False)


def test_only_sections_read_first_are_held_to_it():
    summary = PlainSummary(
        headline="They also had fewer relapses on the new drug",
        what_the_study_did=(
            "Such patients took the drug for a year. Relapses fell by a third compared with "
            "the dummy pill. Side effects were mild."
        ),
        why_it_matters=(
            "These results suggest the drug may help people with relapsing MS. Talk with your "
            "doctor or care team about your own care."
        ),
        limitations="This was one small trial of 60 people that lasted a year.",
    )
    sections = {f.section for f in check_fluency(summary) if "(leans_back)" in f.message}
    assert sections == {"headline", "what_the_study_did"}


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        ("This small crossover study suggests that cooling vests help people walk further", False),
        ("This large randomised controlled trial shows that the drug lowers relapses", False),
        ("This 12-month open-label study found fewer relapses on the drug", False),
        ("These three new drugs lowered relapses", True),
        ("This small effect was not seen in women", True),
        ("This approach may help people with MS", True),
    ],
)
def test_the_paper_named_with_its_kind_of_study_points_at_nothing_before(text, leaning):
    from plainsum.plain.standalone import leans_back

    assert leans_back(text) is leaning
