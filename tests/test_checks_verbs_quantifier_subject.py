"""A quantifier alone as the subject of a reporting verb is a whole sentence (issue 8): the gate
failed "Several described online forums as both a help and a source of fear." as a fragment with
no verb (the lead's hand-written interview study)."""

from __future__ import annotations

import pytest

from plainsum.checks.verbs import has_verb


@pytest.mark.parametrize(
    "sentence",
    [
        "Many valued online diaries as a record of good and bad days.",
        "Few preferred group sessions over home visits.",
        "Some described short walks as a help on hot days.",
    ],
)
def test_a_quantifier_subject_and_its_verb(sentence: str) -> None:
    assert has_verb(sentence)


@pytest.mark.parametrize(
    "fragment", ["Several treated groups of mice.", "Most of the people in the study."]
)
def test_no_reporting_verb_after_the_quantifier_is_still_no_verb(fragment: str) -> None:
    assert not has_verb(fragment)
