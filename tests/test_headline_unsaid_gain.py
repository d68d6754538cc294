"""A headline that names a benefit or a link it never says ("... abolished the benefit", "The
link was independent of X") leans on a sentence before it, and a sensitivity analysis said
without its name ("Results were most sensitive to drug prices") is a side result (issue 9: the
lead's hand-written mouse study u10, biomarker cohort u2 and economic model t12 headed with
them). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.dangling import dangles
from plainsum.plain.headline.rank import side_result


@pytest.mark.parametrize(
    "text",
    [
        "Removing regulatory T cells with an antibody abolished the benefit",
        "Blocking the receptor reversed the protective effect in mice",
        "The link was independent of MRI lesion load and of early treatment",
        "The relationship was weaker in older people",
    ],
)
def test_an_unsaid_benefit_or_link_dangles(text: str) -> None:
    assert dangles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Removing regulatory T cells abolished the benefit of the fibre diet in mice",
        "The link between smoking and disability was independent of age",
        "Vitamin D lowered relapse rates in people with MS",
        "Exercise reduced the effects of fatigue on daily life",
    ],
)
def test_a_named_benefit_or_link_stands(text: str) -> None:
    assert not dangles(text)


def test_a_sensitivity_analysis_without_its_name_is_a_side_result() -> None:
    assert side_result("Results were most sensitive to drug prices and to the discount rate.")
    assert side_result("The findings were robust to the choice of time horizon.")
    assert not side_result("Early treatment may be good value for the health service.")
    assert not side_result("People with MS were more sensitive to heat than controls.")
