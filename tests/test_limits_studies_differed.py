"""Heterogeneity as a limit of a review (issue 9): one pooled result's heterogeneity is said of
some outcomes, not of all the studies ("The authors say the studies differed from each other."
was said of a review whose one sentence gave it beside a single pooled effect), and a method
that meets heterogeneity ("a random-effects model was used where heterogeneity existed",
"heterogeneity was evaluated using the I2 statistic") states none. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from plainsum.plain.limits import DIFFERED_FOR_SOME, stated_limits
from plainsum.plain.sentences import Role
from plainsum.plain.source import SourceSentence
from plainsum.schemas import StudyDesign

ALL = "The authors say the studies differed from each other."


def _said(sentence: str, role: Role = Role.RESULTS) -> str | None:
    sentences = [
        SourceSentence(0, "We included nine trials with 1,200 people.", Role.RESULTS, 0, 0),
        SourceSentence(1, sentence, role, 0, 0),
    ]
    found = [x.text for x in stated_limits(sentences, StudyDesign.REVIEW) if x.name == "differed"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain was lower with the splint (SMD -0.52, 95% CI -0.90 to -0.14), with substantial "
        "heterogeneity between trials.",
        "Falls were fewer with exercise (risk ratio 0.81, 95% confidence interval 0.70 to 0.94), "
        "although heterogeneity was high.",
        "There was considerable heterogeneity between studies for this outcome.",
        "Heterogeneity was a problem in some analyses.",
    ],
)
def test_one_results_heterogeneity_is_said_of_some_outcomes(sentence: str) -> None:
    assert _said(sentence) == DIFFERED_FOR_SOME


@pytest.mark.parametrize(
    "sentence",
    [
        "The studies were very heterogeneous in their treatments, people and measures.",
        "We did not pool the data because of clinical heterogeneity between the trials.",
        "There was substantial heterogeneity across the studies.",
    ],
)
def test_heterogeneity_of_the_studies_as_a_whole_is_said_so(sentence: str) -> None:
    assert _said(sentence) == ALL


@pytest.mark.parametrize(
    "sentence",
    [
        "We pooled data with a fixed-effect model, except where significant heterogeneity was "
        "detected.",
        "Where heterogeneity existed, a random-effects model was used.",
        "Heterogeneity was evaluated using the I2 statistic.",
        "We used meta-regression to examine potential sources of heterogeneity.",
        "We anticipated high heterogeneity among the trials and used a random-effects model.",
        "We considered age and dose in the interpretation of any heterogeneity.",
    ],
)
def test_a_method_that_meets_heterogeneity_states_none(sentence: str) -> None:
    assert _said(sentence) is None
