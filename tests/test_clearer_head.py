"""Issue 9 (the main finding heads, and clearly): a result that does not name what the authors'
one conclusion credits with the effect never heads in the conclusion's place (plain/named_agent.py,
result_head.conclusion_clearer), and a planned trial heads with what its aim says it will
compare (plain/headline/planned_test.py), which the gate reads as no aim given as news
(checks/headline.py). Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.frames import DOCTOR
from plainsum.plain.headline.planned_test import planned_test
from plainsum.plain.lines import Line
from plainsum.plain.material import gather
from plainsum.plain.named_agent import agent_words, names_the_agent
from plainsum.plain.result_head import conclusion_clearer
from plainsum.plain.simplify import PlainSentence
from plainsum.schemas import StudyDesign

FALLS = """Home balance training and falls in progressive MS: a randomised crossover trial

Background: Falls are common in people with progressive multiple sclerosis. Methods: In a \
randomised crossover trial, 40 people with progressive MS did 10 weeks of home-based balance \
training and 10 weeks of usual care, in random order. Falls were counted in daily diaries. \
Results: People had 58 falls during the training period and 97 falls during usual care. Balance \
scores improved during training. Conclusion: Home-based balance training reduced falls in people \
with progressive MS.
"""


def _draft(text: str) -> tuple[str, dict[str, list[Line]]]:
    source = parse(text)
    head, sections = compose(gather(source, detect_design(source)))
    return head.text, sections


def test_the_conclusion_heads_over_a_result_that_names_no_training() -> None:
    head, sections = _draft(FALLS)
    assert head == "Home-based balance training reduced falls in people with progressive MS"
    why = " ".join(line.text for line in sections["why_it_matters"])
    assert "Home-based balance training" not in why  # never the headline again
    assert any(line.text != DOCTOR for line in sections["why_it_matters"])  # never empty
    body = " ".join(line.text for line in sections["what_the_study_did"])
    assert "58 falls during the training period" in body  # the result it rests on


@pytest.mark.parametrize(
    ("conclusion", "agent"),
    [
        (
            "Home-based balance training reduced falls in people with MS.",
            {"home-based", "balance", "training"},
        ),
        ("Drug Q at 15 and 30 mg shortened walking time.", {"drug", "q", "15", "30", "mg"}),
        ("Cooling did not improve fatigue.", {"cooling"}),
    ],
)
def test_what_a_conclusion_credits(conclusion: str, agent: set[str]) -> None:
    assert agent_words(conclusion) == agent


@pytest.mark.parametrize(
    "conclusion",
    [
        "People taking fingolimod mount a weaker antibody response.",  # no verb of effect
        "In this trial, yoga reduced fatigue.",  # a subject after a comma: not looked for
    ],
)
def test_no_agent_where_none_is_clear(conclusion: str) -> None:
    assert agent_words(conclusion) is None


def test_a_result_names_the_agent_or_not() -> None:
    conclusion = "Home-based balance training reduced falls in people with MS."
    assert not names_the_agent("People had fewer falls during the training period.", conclusion)
    assert names_the_agent("Balance training at home cut falls by a third.", conclusion)
    # the dose-ranging case: the doses are named, the drug is not
    dosed = "Drug Q at 15 and 30 mg shortened walking time compared with placebo."
    assert not names_the_agent("The difference from placebo was clear for 15 mg and 30 mg.", dosed)


def test_the_conclusion_heads_only_when_why_it_matters_keeps_something() -> None:
    conclusion = "Home-based balance training reduced falls in people with MS."
    result = "People had fewer falls during the training period."
    frame = Line("The study's summary does not say more about this.", kind="frame")
    pointer = Line(DOCTOR, kind="frame")
    assert conclusion_clearer(result, conclusion, [frame, pointer])
    assert not conclusion_clearer(result, conclusion, [pointer])  # empty: the result heads
    named = "Balance training at home cut falls by a third."
    assert not conclusion_clearer(named, conclusion, [frame, pointer])


def _p(text: str) -> PlainSentence:
    return PlainSentence(text, len(text.split()), 0, 0, 0.0, (2,), 0)


@pytest.mark.parametrize(
    ("aim", "head"),
    [
        (
            "The aim of this trial is to compare an active cooling vest with a sham vest for "
            "fatigue in people with MS.",
            "A planned study will compare an active cooling vest with a sham vest for fatigue in "
            "people with MS",
        ),
        (
            "The researchers wanted to test daily vitamin K against placebo for bone loss in MS.",
            "A planned study will test daily vitamin K against placebo for bone loss in MS",
        ),
    ],
)
def test_a_planned_trial_heads_with_what_it_will_compare(aim: str, head: str) -> None:
    planned = planned_test([_p(aim)])
    assert planned is not None
    assert planned.text == head
    assert planned.sources == (2,)


@pytest.mark.parametrize(
    "aim",
    [
        "The researchers wanted to compare how often relapses happened with what people reported.",
        "The trial will compare a very long programme of supervised aerobic cycling at home with "
        "weekly video calls against usual care for thinking speed, fatigue and mood in MS.",
    ],
)
def test_no_comparison_headline_for_a_clause_or_a_long_aim(aim: str) -> None:
    assert planned_test([_p(aim)]) is None


PLANNED = """Background: Many people with multiple sclerosis feel more tired when they are \
warm. Aims: The aim of this trial is to compare an active cooling vest with a sham vest for \
fatigue in heat-sensitive people with MS. Methods: We will recruit 120 adults with MS who \
report heat sensitivity. The primary outcome will be fatigue at eight weeks. Results: \
Recruitment began in 2024 and results are expected in 2026.
"""


def test_a_protocol_heads_with_its_comparison_and_the_gate_takes_it() -> None:
    from plainsum.api import draft

    d = draft(PLANNED)
    assert d.design == StudyDesign.PROTOCOL.value
    assert d.summary.headline.startswith("A planned study will compare an active cooling vest")
    assert not [f for f in d.findings if f.check == "headline" and f.severity == "error"]
