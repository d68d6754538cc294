"""Whether research will ever come ("It is unlikely that any randomised trial of surgery will
ever be available for X") says nothing the study found, and never heads (issue 9: it headed a
review whose primary outcome had a result, once that result ranked a little lower). A planned
study's own steps ("The trial will be done in 20 clinics") are no such sentence. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import opens_with_a_call
from plainsum.plain.headline import choose_headline
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "It is unlikely that any randomised trial of surgery will ever be available for babies "
        "with a soft windpipe",
        "No trial of this rare condition will be possible soon",
        "Future studies will likely be done only in large centres",
    ],
)
def test_whether_research_will_come_is_a_call(text: str) -> None:
    assert opens_with_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trial will be done in 20 clinics across Europe",
        "Cooling vests reduced tiredness in adults with MS",
        "Any benefit of the vest will be small",
    ],
)
def test_other_sentences_are_not(text: str) -> None:
    assert not opens_with_a_call(text)


def test_the_result_heads_over_whether_trials_will_come() -> None:
    future = (
        "It is unlikely that any randomised trial of surgery will ever be available for babies "
        "with a soft windpipe."
    )
    result = "Cough at two weeks did not clearly differ between the spray and the dummy spray."
    head = choose_headline(
        [measured(future, (8,), 0)],
        [measured(result, (4,), 0)],
        StudyDesign.REVIEW,
        said={8: future, 4: result},
    )
    assert head.origin == result
