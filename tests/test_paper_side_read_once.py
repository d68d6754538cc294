"""The number checks read a paper's side once per paper, not once per summary sentence (issue
10, speed): each summary sentence that gives counts or shares used to make the paper's counts,
pairs and partners again from every paper sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from plainsum.checks import number_pairs, number_partners, number_people, number_roles
from plainsum.ingest import parse

PAPER = (
    "Background: Falls are common in older walkers. Methods: We pooled 6 trials with 480 "
    "people; 3 trials (210 participants) used poles. Of the 480 people enrolled, 455 completed "
    "the study. Results: 30% of pole walkers versus 45% of others fell (p = 0.02), and 12% "
    "against 20% broke a bone. Conclusions: Poles may cut falls in older walkers."
)

# (module, check, two summary sentences that each reach the paper's side)
CHECKS: list[tuple[object, Callable[[str, object], object], str, str]] = [
    (
        number_people,
        number_people.wider_people_numbers,
        "The trials took in 480 older women.",
        "Of these, 455 older men finished.",
    ),
    (
        number_roles,
        number_roles.other_step_numbers,
        "480 people took part and 455 completed the study.",
        "25 people dropped out of the study.",
    ),
    (
        number_partners,
        number_partners.other_partner_numbers,
        "30% versus 20% fell.",
        "12% compared with 45% broke a bone.",
    ),
    (
        number_pairs,
        number_pairs.unpaired_people,
        "The review found 6 trials with 210 people.",
        "3 trials (480 participants) used poles.",
    ),
]


@pytest.mark.parametrize(
    ("module", "check", "first", "second"), CHECKS, ids=[c[1].__name__ for c in CHECKS]
)
def test_the_paper_is_read_once_for_two_summary_sentences(
    monkeypatch: pytest.MonkeyPatch,
    module: object,
    check: Callable[[str, object], object],
    first: str,
    second: str,
) -> None:
    source = parse(PAPER + f" ({check.__name__})")  # a paper of its own: nothing kept from others
    reads: list[object] = []
    split = module.split_source  # type: ignore[attr-defined]

    def counting(paper: object) -> object:
        reads.append(paper)
        return split(paper)

    monkeypatch.setattr(module, "split_source", counting)
    answers = [check(first, source), check(second, source)]
    assert len(reads) == 1, f"{check.__name__} read the paper {len(reads)} times"
    monkeypatch.undo()
    assert answers == [check(first, parse(PAPER)), check(second, parse(PAPER))]
