"""A result said under one of several population headings is said with its group of people."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.material import gather
from plainsum.plain.populations import populations, scope_comparators, with_population
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
    # ... nor against anything but what the heading's trials compared it with
    assert any(
        t.startswith("In people with progressive MS, compared with no vest, cooling vests may make")
        for t in texts
    )
    assert any(
        t.startswith("In people with relapsing MS, compared with no vest, cooling vests may reduce")
        for t in texts
    )


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


# The heading names the wider group; its trials were done in a narrower one, against one thing.
NARROWER = (
    "Background: Fatigue is common in MS.\n\n"
    "Objectives: To assess drug Q for fatigue in adults with MS.\n\n"
    "Main results: We included four trials with 900 people.\n"
    "Drug Q for relapsing MS\n"
    "Two trials compared drug Q with usual care in relapsing-remitting MS. Drug Q may reduce "
    "fatigue (OR 0.60, 95% CI 0.40 to 0.90; 500 participants; low-certainty evidence).\n"
    "Drug Q for progressive MS\n"
    "One trial compared drug Q with placebo in secondary progressive MS over two years. Drug Q "
    "may make little or no difference to fatigue, falls and deaths (OR 0.90, 95% CI 0.50 to "
    "1.60; 300 participants). The trial did not measure mood.\n"
    "One trial compared drug Q with exercise or rest in progressive MS. Drug Q may reduce "
    "falls (OR 0.70, 95% CI 0.50 to 0.98; 100 participants).\n\n"
    "Authors' conclusions: Drug Q may reduce fatigue in relapsing MS."
)


def _by_text(text: str) -> tuple[dict[str, str | None], dict[str, tuple[str, str] | None]]:
    source = parse(text)
    sentences = source_sentences(source)
    groups = populations(source.text, sentences)
    compared = scope_comparators(source.text, sentences)
    return (
        {s.text: groups.get(s.index) for s in sentences},
        {s.text: compared.get(s.index) for s in sentences},
    )


def test_a_heading_group_narrows_to_the_group_its_trials_were_in() -> None:
    groups, _ = _by_text(NARROWER)
    little = next(t for t in groups if t.startswith("Drug Q may make little"))
    fatigue = next(t for t in groups if t.startswith("Drug Q may reduce fatigue"))
    falls = next(t for t in groups if t.startswith("Drug Q may reduce falls"))
    assert groups[little] == "secondary progressive MS"  # never "progressive MS" widened
    assert groups[fatigue] == "relapsing-remitting MS"
    assert groups[falls] == "progressive MS"  # the next trials' own group: the heading's


def test_a_result_is_said_against_the_one_thing_its_trials_compared() -> None:
    _, compared = _by_text(NARROWER)
    little = next(t for t in compared if t.startswith("Drug Q may make little"))
    unmeasured = next(t for t in compared if t.startswith("The trial did not measure"))
    falls = next(t for t in compared if t.startswith("Drug Q may reduce falls"))
    assert compared[little] == ("drug Q", "placebo")
    assert compared[unmeasured] == ("drug Q", "placebo")
    # "exercise or rest" is not one thing: no comparison is said for it
    assert compared[falls] is None
    texts = _texts(NARROWER)
    assert any(
        t.startswith(
            "In people with secondary progressive MS, compared with placebo, drug Q may make"
        )
        for t in texts
    )
    # a sentence that is not about the treatment keeps its words, with its group only
    assert "In people with secondary progressive MS, the trial did not measure mood." in texts


def test_no_comparison_is_added_without_population_headings() -> None:
    one = NARROWER.split("Drug Q for progressive MS")[0] + "\nAuthors' conclusions: Fine."
    source = parse(one)
    assert scope_comparators(source.text, source_sentences(source)) == {}
