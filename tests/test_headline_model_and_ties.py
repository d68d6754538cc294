"""A headline names the model only where it is known, and drops the words that only tie a
result to the sentence before it (issue 9: an animal study headed "... in mice" by a result of
its lab work on cell lines would be false; "Delightedly, X also reduced Y" was refused as a
headline, so a side result headed instead; "at both 3 mg/kg and 15 mg/kg" was cut to "at
both"). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import _place, headline_forms
from plainsum.plain.shorten.scope import without_scope
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


def _forms(sentence: str, design: StudyDesign = StudyDesign.ANIMAL) -> list[str]:
    return [text for _, text in headline_forms(measured(sentence, (1,)), design, "mice")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A western blot assay showed that the compound blocked the signal protein.",
        "The compound slowed the growth of two breast cancer cell lines.",
        "In vitro, the extract lowered the release of the inflammatory signal.",
        "The drug protected cultured nerve cells from oxidative damage.",
    ],
)
def test_a_lab_result_in_an_animal_study_gets_no_animal_named(sentence: str) -> None:
    forms = _forms(sentence)
    assert forms and not any(text.endswith("in mice") for text in forms)


@pytest.mark.parametrize(
    "sentence",
    [
        "The compound reduced tumour growth without weight loss.",
        "Treatment with the extract lowered the number of T cells in the spinal cord.",
    ],
)
def test_a_result_of_the_animal_work_names_the_animal(sentence: str) -> None:
    assert _forms(sentence)[0].endswith("in mice")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Delightedly, the compound also reduced tumour growth in mice.",
            "The compound reduced tumour growth in mice",
        ),
        (
            "Surprisingly, the vaccine could also raise antibody levels in the gut of mice.",
            "The vaccine could raise antibody levels in the gut of mice",
        ),
        (
            "The higher dose was also linked with fewer relapses in adults.",
            "The higher dose was linked with fewer relapses in adults",
        ),
    ],
)
def test_a_feeling_or_an_also_that_ties_back_goes(sentence: str, expected: str) -> None:
    assert _forms(sentence, StudyDesign.TRIAL)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "also" inside "not only ... but also" is part of the claim's grammar
        "The drug not only reduced relapses but also slowed disability in adults.",
        # "Also," opening a sentence is not the tie this drops, and "also known as" names
        "The protein also known as the master switch was raised in the blood of adults.",
    ],
)
def test_an_also_that_carries_the_grammar_stays(sentence: str) -> None:
    assert " also " in _forms(sentence, StudyDesign.TRIAL)[0]


def test_both_doses_named_go_together_with_their_both() -> None:
    cut = without_scope("The drug reduced tumour growth at both 3 mg/kg and 15 mg/kg in mice.")
    assert "The drug reduced tumour growth in mice." in cut
    assert not any("at both" in text for text in cut)


def test_one_dose_stays() -> None:
    assert without_scope("The drug reduced tumour growth at 15 mg/kg in mice.") == []


def _ordered(first: int, *texts: str):
    return [measured(t, (first + i,), first + i) for i, t in enumerate(texts)]


def test_the_animal_result_heads_over_the_lab_result_before_it() -> None:
    conclusions = _ordered(
        5,
        "Results of a western blot assay showed that the compound XR-9 blocked the growth signal.",
        "Surprisingly, the compound XR-9 also reduced tumour growth in mice without weight loss.",
    )
    head = choose_headline(conclusions, [], StudyDesign.ANIMAL, "mice")
    # (named: "The compound reduced ..." names nothing a headline reader has met, `_UNNAMED_KIND`)
    assert head.text == "The compound XR-9 reduced tumour growth in mice without weight loss"
    assert head.sources == (6,)


def test_an_also_result_heads_only_where_no_other_finding_can() -> None:
    results = _ordered(
        3,
        "The drug lowered the yearly relapse rate compared with a dummy pill.",
        "The drug also reduced fatigue in adults with relapsing MS.",
    )
    head = choose_headline([], results, StudyDesign.TRIAL)
    assert head.sources == (3,)
    alone = choose_headline([], results[1:], StudyDesign.TRIAL)
    assert alone.text == "The drug reduced fatigue in adults with relapsing MS"


def test_a_cut_of_a_lab_result_gets_no_animal_named() -> None:
    sentence = "A western blot assay showed that the new drug blocked the growth signal."
    cut = "The new drug blocked the growth signal"
    assert _place(cut, StudyDesign.ANIMAL, "mice", sentence) == cut
    assert _place(cut, StudyDesign.ANIMAL, "mice") == f"{cut} in mice"


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        (
            "Newer heat treatments are as good as older ones for heavy periods, with similar "
            "rates of periods stopping and of better scores on a bleeding chart.",
            "Newer heat treatments are as good as older ones for heavy periods",
        ),
        (
            "Both exercise plans improved walking speed in adults with MS, with comparable "
            "levels of tiredness after each session.",
            "Both exercise plans improved walking speed in adults with MS",
        ),
    ],
)
def test_a_tail_that_other_measures_went_alike_is_cut(sentence: str, short: str) -> None:
    from plainsum.plain.shorten import short_forms

    assert short in short_forms(sentence)


def test_a_tail_that_names_people_or_a_negation_stays() -> None:
    from plainsum.plain.shorten import short_forms

    sentence = (
        "The new brace eased knee pain, with similar rates of falls in older people who used "
        "a cane."
    )
    assert "The new brace eased knee pain" not in short_forms(sentence)


def test_what_was_known_before_our_findings_never_heads() -> None:
    from plainsum.plain.headline.rank import before_the_finding

    paper = (
        "Thickening of the outer wall increases with age in fly muscle, and our findings show "
        "that the stress protein reduces wall thickening by blocking a growth signal."
    )
    before = "Thickening of the outer wall increases with age in fly muscle."
    after = (
        "The findings show that the stress protein reduces wall thickening by blocking a signal."
    )
    assert before_the_finding(before, paper)
    assert not before_the_finding(after, paper)
    conclusions = [measured(before, (4,), 4), measured(after, (4,), 5)]
    head = choose_headline(conclusions, [], StudyDesign.ANIMAL, "flies", said={4: paper})
    assert head.text.startswith("The stress protein reduces wall thickening")


def test_a_sentence_with_no_finding_after_it_is_no_scene() -> None:
    from plainsum.plain.headline.rank import before_the_finding

    paper = "The stress protein kept the wall thin, and this effect lasted for two weeks."
    assert not before_the_finding("The stress protein kept the wall thin.", paper)


def test_a_claim_about_ms_gets_no_animal_named() -> None:
    # mice get an MS-like disease, never MS: "... may link the virus to MS in mice" is false
    text = "A protein the virus makes may link the infection to MS"
    assert _forms(f"{text}.", StudyDesign.ANIMAL)[0] == text
    assert _forms("The drug slowed nerve damage.", StudyDesign.ANIMAL)[0].endswith("in mice")
