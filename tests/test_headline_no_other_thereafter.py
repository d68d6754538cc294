"""A headline is read first and alone: "No other blood test was linked with relapse" (other than
which?) and "Tiredness falls thereafter" (after what?) lean on a sentence the reader has not
seen (issue 9: "No other clinical or echocardiographic index was linked with ..." and
"Infectivity rapidly decreases thereafter ..." headed drafts). A sentence that names what it
sets apart, or the time it follows, stands. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.dangling import dangles
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign


@pytest.mark.parametrize(
    "text",
    [
        "No other blood test was linked with a relapse within a year",
        "There were no other clear differences between the two diets in weight",
        "Tiredness rapidly decreases thereafter to a low level within a month",
        # as helpful as what?
        "Other pain medicines are probably just as helpful",
    ],
)
def test_what_leans_on_a_sentence_before_dangles(text: str) -> None:
    assert dangles(text)


@pytest.mark.parametrize(
    "text",
    [
        "No other blood test than ferritin was linked with a relapse",
        "No other treatment besides rest helped the pain",
        "Tiredness peaks in the first week and decreases thereafter",
        "Walking got better after surgery and stayed better thereafter",
        "Other people with MS may benefit from the same programme",
        "A cheaper splint was just as effective as the usual one",
    ],
)
def test_what_names_its_reference_stands(text: str) -> None:
    assert not dangles(text)


def test_the_main_result_heads_over_no_other() -> None:
    other = "No other blood test was linked with a relapse within a year."
    main = "A high level of blood neurofilament was linked with a relapse within a year."
    results = [measured(other, (5,), 0), measured(main, (6,), 1)]
    head = choose_headline([], results, StudyDesign.OBSERVATIONAL, said={5: other, 6: main})
    assert head.origin == main
