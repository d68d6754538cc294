"""What a review's studies were or how they were run ("All studies involved different
comparisons", "A single study enrolling 40 adults was found suitable for inclusion", "All the
studies allowed the use of cooling vests for eight weeks") is how the evidence was gathered, not
a finding: it never heads where a sentence states one. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.form_fit import formfits
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "All studies involved different comparisons, none had a dummy treatment group",
        "A single study enrolling 40 adults with MS was found suitable for inclusion in the review",
        "All the studies allowed the use of cooling vests for at least eight weeks before "
        "tiredness was rated",
        "Two more trials of cooling caps stopped early without publishing any outcome",
    ],
)
def test_what_the_studies_were_is_no_finding(text: str) -> None:
    assert not formfits(text, None, True)


def test_a_finding_of_the_studies_still_fits() -> None:
    assert formfits("All studies found less tiredness with cooling vests than without", None, True)


def test_a_result_heads_over_what_the_studies_were() -> None:
    were = "All studies involved different comparisons, none had a dummy treatment group."
    found = "Cooling caps were not helpful in one trial."
    head = choose_headline(
        [], [measured(were, (3,), 3), measured(found, (4,), 4)], StudyDesign.REVIEW
    )
    assert head.origin == found
