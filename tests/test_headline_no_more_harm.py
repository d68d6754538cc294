"""A conclusion that a treatment was not linked with more harm is the authors' safety verdict:
the main finding of a study of safety, never a safety aside passed over for a side result
(issue 9, from the lead's hand-written pregnancy registry, headed with a lab value in the babies
under its conclusion on pregnancy outcomes). Sentences and an abstract written for these tests,
in the style of a journal abstract."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.finding import says_safe
from plainsum.plain.material import gather


@pytest.mark.parametrize(
    "sentence",
    [
        "Natalizumab use in early pregnancy was not associated with more serious birth defects.",
        "Interferon exposure was not linked to a higher risk of adverse pregnancy outcomes.",
        "Cladribine was safe and well tolerated over two years.",
    ],
)
def test_a_safety_verdict(sentence: str) -> None:
    assert says_safe(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # more harm, or a doubt before the verdict
        "Natalizumab use in early pregnancy was linked with more serious birth defects.",
        "It is not clear that natalizumab use was not associated with more serious birth defects.",
        "Natalizumab use was not associated with fewer relapses.",
    ],
)
def test_no_safety_verdict(sentence: str) -> None:
    assert not says_safe(sentence)


REGISTRY = """Importance: Little is known about pregnancy outcomes after natalizumab use early in \
pregnancy.
Objective: To compare pregnancy outcomes in women with MS exposed to natalizumab in the first \
trimester with those in unexposed women with MS.
Design, setting and participants: Cohort study in a national pregnancy registry: 310 exposed and \
930 unexposed pregnancies.
Results: Birth defects occurred in 3.1% of exposed and 3.4% of unexposed pregnancies. Stillbirth \
and low birth weight were similar. Babies exposed in the third trimester had lower platelet \
counts at birth, which recovered within weeks.
Conclusions and relevance: Natalizumab use early in pregnancy was not associated with more \
adverse pregnancy outcomes. The number of exposed pregnancies limits precision for rare outcomes.
"""


def test_the_safety_verdict_heads_over_a_side_result() -> None:
    source = parse(REGISTRY)
    head, _ = compose(gather(source, detect_design(source)))
    assert head.text.startswith("Natalizumab use early in pregnancy was not")
    assert "platelet" not in head.text
