"""A result said under one of several population headings is said with its group of people."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.populations import populations, with_population
from plainsum.plain.source import source_sentences

REVIEW = (
    "Background: Tiredness is common in MS.\n\n"
    "Objectives: To assess cooling vests for tiredness in people with MS.\n\n"
    "Main results: We included six trials with 400 people.\n"
    "Cooling vests for relapsing MS\n"
    "Three trials compared cooling vests with no vest. Cooling vests may reduce tiredness "
    "(OR 0.50, 95% CI 0.30 to 0.80; 200 participants; low-certainty evidence).\n"
    "Cooling vests for progressive MS\n"
    "Three trials compared cooling vests with no vest. Cooling vests may make little or no "
    "difference to tiredness (OR 0.90, 95% CI 0.60 to 1.30; 200 participants). The trials did "
    "not measure mood.\n\n"
    "Authors' conclusions: Cooling vests may help some people with MS."
)


def _texts(text: str) -> list[str]:
    source = parse(text)
    material = gather(source, detect_design(source))
    return [p.text for ps in material.by_role.values() for p in ps]


def test_each_result_knows_the_population_heading_it_stands_under() -> None:
    source = parse(REVIEW)
    sentences = source_sentences(source)
    found = populations(source.text, sentences)
    by_text = {s.text: found.get(s.index) for s in sentences}
    helps = next(t for t in by_text if t.startswith("Cooling vests may reduce"))
    no_help = next(t for t in by_text if t.startswith("Cooling vests may make little"))
    assert by_text[helps] == "relapsing MS"
    assert by_text[no_help] == "progressive MS"
    assert all(found.get(s.index) is None for s in sentences if s.role.value != "results")


def test_a_result_for_one_group_is_never_shown_as_a_general_effect() -> None:
    texts = _texts(REVIEW)
    assert not any(t.startswith("Cooling vests may make little") for t in texts)
    assert any(
        t.startswith("In people with progressive MS, cooling vests may make little") for t in texts
    )
    assert any(t.startswith("In people with relapsing MS, cooling vests may reduce") for t in texts)


def test_one_population_heading_alone_adds_nothing() -> None:
    one = REVIEW.split("Cooling vests for progressive MS")[0] + "\nAuthors' conclusions: Fine."
    source = parse(one)
    assert populations(source.text, source_sentences(source)) == {}


@pytest.mark.parametrize(
    ("text", "group", "said"),
    [
        (
            "Cooling vests may reduce tiredness.",
            "relapsing MS",
            "In people with relapsing MS, cooling vests may reduce tiredness.",
        ),
        (
            "The pill probably lowers the risk of early birth.",
            "women with a short cervix",
            "In women with a short cervix, the pill probably lowers the risk of early birth.",
        ),
        # statistics in brackets name no group of the sentence's own
        (
            "MRI scans showed fewer new areas (120 participants).",
            "children",
            "In children, MRI scans showed fewer new areas (120 participants).",
        ),
        # the number of participants is an outcome, not a group
        (
            "It made no difference to the number of participants who relapsed.",
            "progressive MS",
            "In people with progressive MS, it made no difference to the number of participants "
            "who relapsed.",
        ),
    ],
)
def test_a_result_is_said_with_its_group(text: str, group: str, said: str) -> None:
    assert with_population(text, group) == said


@pytest.mark.parametrize(
    "text",
    [
        "Three trials in relapsing MS compared cooling vests with no vest.",
        "Among older adults, cooling vests reduced tiredness.",
        "Cooling vests versus fans: no trials met the entry rules.",
    ],
)
def test_a_sentence_with_its_own_group_or_heading_is_left_as_written(text: str) -> None:
    assert with_population(text, "progressive MS") == text


USES = (
    "Background: Tiredness is common in MS.\n\n"
    "Objectives: To assess cooling vests as 'first choice' and as 'add-on' for people with MS.\n\n"
    "Main results: We included five trials with 500 people.\n"
    "Cooling vests as 'first choice' for relapsing MS\n"
    "One trial compared cooling vests with fans. Cooling vests may make little or no "
    "difference to tiredness compared with fans (OR 0.90, 95% CI 0.60 to 1.30; 90 "
    "participants). Nobody died during the trial.\n"
    "Cooling vests as 'add-on' for relapsing MS\n"
    "Two trials compared cooling vests with fans. Cooling vests probably reduce tiredness "
    "compared with fans (OR 0.40, 95% CI 0.20 to 0.70; 210 participants).\n"
    "Cooling vests as 'first choice' for progressive MS\n"
    "Two trials compared cooling vests with no vest. Cooling vests may reduce tiredness a "
    "little (OR 0.70, 95% CI 0.50 to 0.95; 200 participants).\n\n"
    "Authors' conclusions: Cooling vests may help some people with MS."
)


def test_a_group_under_two_uses_of_the_treatment_is_said_with_its_use() -> None:
    source = parse(USES)
    sentences = source_sentences(source)
    found = populations(source.text, sentences)
    by_text = {s.text: found.get(s.index) for s in sentences}
    first = next(t for t in by_text if t.startswith("Cooling vests may make little"))
    added = next(t for t in by_text if t.startswith("Cooling vests probably reduce"))
    progressive = next(t for t in by_text if t.startswith("Cooling vests may reduce"))
    assert by_text[first] == "relapsing MS given cooling vests as 'first choice'"
    assert by_text[added] == "relapsing MS given cooling vests as 'add-on'"
    assert by_text[progressive] == "progressive MS"  # one use only: the group tells it apart


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the treatment is the subject: its use goes with it
        (
            "Cooling vests may make little or no difference to tiredness.",
            "As 'first choice' in relapsing MS, cooling vests may make little or no difference "
            "to tiredness.",
        ),
        (
            "It may make little or no difference to tiredness.",
            "As 'first choice' in relapsing MS, it may make little or no difference to tiredness.",
        ),
        (
            "Nobody died during the trial.",
            "In people with relapsing MS given cooling vests as 'first choice', nobody died "
            "during the trial.",
        ),
    ],
)
def test_a_result_under_a_use_is_said_with_it(text: str, said: str) -> None:
    group = "relapsing MS given cooling vests as 'first choice'"
    assert with_population(text, group) == said
