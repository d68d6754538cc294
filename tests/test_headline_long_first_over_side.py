"""The authors' first conclusion, too long for a shorter form, heads over a later conclusion on
an outcome the aim never named (issue 9, CD010287: a fertility review headed "There was strong
evidence of no difference in miscarriage rate ..." under its first conclusion on live births).
An abstract written for this test, in the style of a review abstract."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.material import gather

REVIEW = """Background: Fatigue is common in multiple sclerosis and limits daily life. Several \
drugs have been tried for it.

Objectives: To assess the effects of amantadine compared with placebo on fatigue in adults with \
multiple sclerosis.

Main results: We included nine trials with 812 adults. Fatigue scores were lower with amantadine \
than with placebo (moderate-certainty evidence). There was little or no difference in sleep \
quality.

Authors' conclusions: Amantadine appears to reduce fatigue and improve daily activity in adults \
with relapsing or progressive multiple sclerosis, compared to placebo tablets, when taken every \
morning for at least six weeks, followed by a dose review. There was strong evidence of no \
difference in sleep quality and headache rate. Larger trials are needed.
"""


def _headline(text: str) -> str:
    source = parse(text)
    head, _ = compose(gather(source, detect_design(source)))
    return head.text


def test_the_first_finding_heads_over_a_side_outcome() -> None:
    head = _headline(REVIEW)
    assert head.startswith("Amantadine appears to reduce fatigue")
    assert "sleep quality" not in head


def test_a_later_conclusion_on_what_the_aim_names_still_heads_short() -> None:
    # the later conclusion is on fatigue, what the aim names: the shorter one heads, as before
    text = REVIEW.replace(
        "There was strong evidence of no difference in sleep quality and headache rate.",
        "Amantadine reduces fatigue in adults with multiple sclerosis.",
    )
    assert _headline(text).startswith("Amantadine reduces fatigue")
