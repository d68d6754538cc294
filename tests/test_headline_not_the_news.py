"""What is not the study's news: measurements said to agree with each other or with what was
expected is a check that the data hold together, and never heads over the authors' finding;
"better than any other Y" names its own Y and leans on nothing. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.no_finding import says_no_finding
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import leans_back
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "said",
    [
        "Blood test results were highly inter-correlated and in line with the expected link "
        "between vitamin levels and nerve damage",
        "The measurements were consistent with what was expected from earlier cohorts",
    ],
)
def test_data_as_expected_is_no_finding(said: str) -> None:
    assert says_no_finding(said)


@pytest.mark.parametrize(
    "said",
    [
        "As expected, the drug lowered the yearly relapse rate",
        "Relapse rates were lower than expected in the treated group",
    ],
)
def test_a_finding_said_as_expected_is_still_a_finding(said: str) -> None:
    assert not says_no_finding(said)


def test_the_authors_finding_heads_over_data_as_expected() -> None:
    conclusions = [
        measured(
            "Adults with persistently low vitamin B6 often carry MTHFR gene changes and have "
            "raised homocysteine levels.",
            (12,),
            9,
        )
    ]
    results = [
        measured("Fifty people finished all the blood tests.", (7,), 5),
        measured(
            "Blood test results were highly inter-correlated and in line with the expected "
            "link between vitamin levels and nerve damage.",
            (8,),
            6,
        ),
    ]
    head = choose_headline(conclusions, results, StudyDesign.OBSERVATIONAL)
    assert head.text.startswith("Adults with persistently low vitamin B6")


@pytest.mark.parametrize(
    "said",
    [
        "Breathing exercises were not found to be better than any other form of airway clearance",
        "Cooling vests helped more than any other garment tested",
        "Fatigue, pain or any other symptom was recorded weekly",
    ],
)
def test_any_other_after_than_or_or_names_its_own(said: str) -> None:
    assert not leans_back(said)


def test_any_other_alone_leans_back() -> None:
    assert leans_back("Any other treatment was not better")
