"""A verdict on the evidence said under one of several comparison headings keeps its comparison.

"The evidence on side effects was uncertain" under "Drug A compared with placebo:" is true of that
comparison only; said alone in a review whose other comparison had moderate-certainty results for
side effects, it is false (CD011038: one comparison's "uncertain" harms said of the whole review).
"""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.comparisons import comparators, names_comparison, scoped_verdict
from plainsum.plain.material import gather
from plainsum.plain.source import source_sentences

# Written for this test: a review whose comparison headings run on after colons, one of them
# after the sentence that lists the comparisons, one with a bracket before its colon.
REVIEW = (
    "Background: Leg ulcers heal slowly.\n\n"
    "Objectives: To assess creams for leg ulcers.\n\n"
    "Main results: We included 14 trials with 1200 participants. We made three comparisons: "
    "Silver creams compared with plain creams: Pooled data from six trials suggest that more "
    "ulcers may heal with a silver cream (risk ratio 1.30, 95% CI 1.10 to 1.50; low-certainty "
    "evidence). We judged this evidence to be of low certainty. The evidence on side effects was "
    "uncertain (very low-certainty evidence). "
    "Honey creams (any strength) compared with plain creams (no honey): We included three "
    "trials with 210 participants. The trials were small and short. Two trials reported "
    "healing, and the evidence was uncertain "
    "for healing time (very low certainty). "
    "Comparison of different silver creams: We included five studies, which could not be "
    "pooled. Silver creams compared with antibiotic tablets: We included three studies with "
    "500 participants. There is probably little or no difference in side effects between the "
    "creams and the tablets (moderate-certainty evidence).\n\n"
    "Authors' conclusions: Silver creams may help ulcers heal."
)


PAIR = ("Silver creams", "plain creams")


def _texts(text: str) -> list[str]:
    source = parse(text)
    material = gather(source, detect_design(source))
    return [p.text for ps in material.by_role.values() for p in ps]


def test_headings_after_a_colon_and_with_a_bracket_are_read() -> None:
    source = parse(REVIEW)
    sentences = source_sentences(source)
    found = comparators(source.text, sentences)
    by_start = {s.text[:24]: found.get(s.index) for s in sentences}
    assert by_start["The evidence on side eff"] == ("Silver creams", "plain creams")
    assert by_start["Two trials reported heal"] == ("Honey creams (any strength)", "plain creams")
    # a heading that names no pair ends the comparison before it
    assert by_start["Comparison of different "] is None


def test_a_verdict_of_one_comparison_is_said_with_it() -> None:
    texts = _texts(REVIEW)
    assert not any(t.startswith("The evidence on side effects was uncertain") for t in texts)
    assert any(
        t.startswith("For silver creams compared with plain creams, the evidence on side effects")
        for t in texts
    )


def test_a_verdict_in_a_later_clause_keeps_the_comparison_too() -> None:
    texts = _texts(REVIEW)
    uncertain = [t for t in texts if "uncertain for healing time" in t]
    assert uncertain
    # the comparison is said before the verdict, in the same sentence (a split keeps it there)
    scope = "honey creams compared with plain creams, the evidence was uncertain"
    assert all(scope in t for t in uncertain)


@pytest.mark.parametrize(
    "text",
    [
        "Silver creams may help more ulcers heal.",  # a result, no verdict
        "The evidence on silver creams was uncertain.",  # names a side
        "The evidence was uncertain compared with tablets.",  # names its own comparison
        "Three trials reported healing.",
    ],
)
def test_other_sentences_are_left_as_written(text: str) -> None:
    assert scoped_verdict(text, ("Silver creams", "plain creams")) == text


@pytest.mark.parametrize(
    "text",
    [
        "There is no clear evidence of a difference in pain.",
        "It is uncertain whether the cream changes pain.",
        "We are uncertain about the effects on pain.",
        "However, the certainty of the evidence was very low for pain.",
    ],
)
def test_verdicts_in_other_words_are_scoped(text: str) -> None:
    said = scoped_verdict(text, ("Silver creams", "plain creams"))
    assert said is not None
    assert said.startswith("For silver creams compared with plain creams, ")
    assert "However" not in said


def test_a_verdict_in_a_later_clause_is_scoped_where_it_starts() -> None:
    said = scoped_verdict(
        "Two trials reported pain, and the evidence was uncertain for sleep.",
        ("Silver creams", "plain creams"),
    )
    assert said == (
        "Two trials reported pain, and for silver creams compared with plain creams, the "
        "evidence was uncertain for sleep."
    )


def test_a_verdict_right_after_a_result_that_names_its_comparison_leans_on_it() -> None:
    text = REVIEW.replace("We judged this evidence to be of low certainty. ", "")
    source = parse(text)
    material = gather(source, detect_design(source))
    verdict = next(
        p for ps in material.by_role.values() for p in ps if "side effects was uncertain" in p.text
    )
    assert verdict.leans  # shown only right after the result that names both creams
    assert names_comparison("More ulcers healed with silver than with plain creams.", PAIR)
    assert not names_comparison("More ulcers healed with silver creams.", PAIR)


def test_a_verdict_whose_comparison_cannot_be_said_is_not_shown() -> None:
    assert scoped_verdict("The evidence was uncertain.", ("", "placebo")) is None
    assert scoped_verdict("The evidence was uncertain.", ("Silver creams", "another one")) is None
    # ... but "other creams" names what it was compared with
    assert scoped_verdict("The evidence was uncertain.", ("Silver creams", "other creams")) == (
        "For silver creams compared with other creams, the evidence was uncertain."
    )


def test_a_heading_with_the_studies_it_rests_on_run_into_its_result_is_read() -> None:
    text = (
        "Objectives: To compare ways to help a birth.\n\n"
        "Main results: We included 20 studies with 4000 women. "
        "Tool A versus tool B (8 studies, 2100 women) Tool A may fail less often (low-certainty "
        "evidence). We did not identify any evidence on pain at six weeks. "
        "Tool B versus tool C (4 studies, 900 women) Tool B may fail more often. There may be "
        "little or no difference in tears.\n\n"
        "Authors' conclusions: Tool A may fail less often than tool B."
    )
    source = parse(text)
    sentences = source_sentences(source)
    found = comparators(source.text, sentences)
    pain = next(s for s in sentences if "pain at six weeks" in s.text)
    assert found[pain.index] == ("Tool A", "tool B")
    said = scoped_verdict(pain.text, found[pain.index])
    assert said == (
        "For tool A compared with tool B, we did not identify any evidence on pain at six weeks."
    )
