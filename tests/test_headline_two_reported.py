"""Two findings reported by one frame ("The results suggest that A and that B", B most often
what A would allow) head with the first, hedged as the frame hedges it, when the whole is too
long to head; a sentence of another shape gives no such form. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.forms import first_reported
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

LONG = (
    "The results suggest that loss of grey matter in the hippocampus is closely tied to poorer "
    "memory in MS and that hippocampal volume could be a useful marker in trials of memory "
    "treatments."
)


def test_the_first_of_two_reported_findings() -> None:
    assert first_reported(LONG) == (
        "The results suggest that loss of grey matter in the hippocampus is closely tied to "
        "poorer memory in MS"
    )


@pytest.mark.parametrize(
    "said",
    [
        # one finding only
        "The results suggest that loss of grey matter is tied to poorer memory in MS.",
        # the authors' own voice: what they demonstrate may be of cells as well as animals
        "We demonstrate that the pathway is active in knockout kidneys and that it is coupled "
        "with raised levels of a chaperone.",
        # no verb of its own in the first
        "These findings suggest that loss of grey matter and that of white matter matter.",
    ],
)
def test_no_first_reported_form(said: str) -> None:
    assert first_reported(said) is None


def test_the_authors_first_finding_heads_over_a_comparison_with_controls() -> None:
    conclusions = [
        measured(
            "Whole-brain volume was only weakly related to memory once hippocampal volume was "
            "taken into account.",
            (4,),
            3,
        ),
        measured(LONG, (5,), 4),
    ]
    results = [
        measured("Hippocampal volume was 9% smaller in people with MS than in controls.", (2,), 1),
        measured("Smaller hippocampal volume was linked with poorer memory scores.", (3,), 2),
    ]
    head = choose_headline(conclusions, results, StudyDesign.OBSERVATIONAL)
    assert head.text == (
        "Loss of grey matter in the hippocampus may be closely tied to poorer memory in MS"
    )


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            "There was no overall benefit of adding the second drug over the first drug alone, "
            "thus both plans remain reasonable options for people with relapsing MS.",
            "There was no overall benefit of adding the second drug over the first drug alone",
        ),
        # a second finding said as a participle stays with the first
        (
            "Cooling vests lowered body temperature within minutes, thus improving walking "
            "distance in people with MS.",
            None,
        ),
    ],
)
def test_what_follows_thus_is_for_why_it_matters(said: str, kept: str | None) -> None:
    from plainsum.plain.headline.implication import without_use

    assert without_use(said) == kept
