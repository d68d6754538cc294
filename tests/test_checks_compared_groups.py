"""A group the summary names where the paper's result sentence leaves its comparison unnamed.

"People with MS had higher vitamin D than healthy volunteers" against "Serum vitamin D was lower
in the MS group", the healthy volunteers named only in the methods, is that result's own
comparison in the summary's words, and its reversal is a contradiction. The group is another
comparison only when another of the paper's results is set against it ("Older staff had higher
antibody levels than younger staff" is not read against "Antibody levels fell between month 1
and month 6" when the paper compares older with younger staff in a sentence of its own).
Sentences written for these tests."""

from collections.abc import Callable

import pytest

from plainsum.checks.claim_pairs import compared_groups
from plainsum.checks.contradiction import contradiction
from plainsum.evidence import stand_in_expander
from plainsum.ingest import Source

# (the paper, its result sentence the summary is read against, the summary sentence)
REVERSED = [
    (
        "We compared 60 people with relapsing MS with 60 healthy volunteers. Serum vitamin D "
        "was lower in the MS group (p = 0.002).",
        "Serum vitamin D was lower in the MS group (p = 0.002).",
        "People with MS had higher vitamin D levels than healthy volunteers.",
    ),
    (
        "Adults with MS fatigue were randomly assigned to aerobic training or a stretching "
        "programme for 12 weeks. Fatigue scores were lower in the training group at 12 weeks.",
        "Fatigue scores were lower in the training group at 12 weeks.",
        "Fatigue scores were higher with aerobic training than with stretching.",
    ),
    (
        "We followed 900 smokers and 1,400 non-smokers with MS for ten years. Disability "
        "progressed faster among smokers (hazard ratio 1.5).",
        "Disability progressed faster among smokers (hazard ratio 1.5).",
        "Disability progressed more slowly in smokers than in non-smokers.",
    ),
    (
        "Children born preterm were assessed at age nine alongside classmates born at term. "
        "Reading scores were lower in the preterm group.",
        "Reading scores were lower in the preterm group.",
        "Children born preterm had higher reading scores than children born at term.",
    ),
    (
        "People with relapsing MS were randomised to ocrelizumab or interferon beta-1a for 96 "
        "weeks. The annualised relapse rate was 46% lower with ocrelizumab.",
        "The annualised relapse rate was 46% lower with ocrelizumab.",
        "The relapse rate was higher with ocrelizumab than with interferon.",
    ),
    (
        "Patients with knee arthritis were allocated to early surgery or physiotherapy alone. "
        "Pain at one year was lower after early surgery.",
        "Pain at one year was lower after early surgery.",
        "Pain at one year was higher after early surgery than with physiotherapy alone.",
    ),
    (
        "Brain tissue from 12 donors with progressive MS and 10 donors without neurological "
        "disease was examined. Microglial activation was higher in MS lesions.",
        "Microglial activation was higher in MS lesions.",
        "Microglial activation was lower in MS lesions than in tissue from donors without "
        "brain disease.",
    ),
    (
        "Mice fed a high-fat diet were studied alongside mice on normal chow. Paralysis scores "
        "were higher in the high-fat group after eight weeks.",
        "Paralysis scores were higher in the high-fat group after eight weeks.",
        "Mice on the high-fat diet had lower paralysis scores than mice fed ordinary chow.",
    ),
]

FAITHFUL = [
    (paper, result, summary.replace(old, new))
    for (paper, result, summary), (old, new) in zip(
        REVERSED,
        [
            ("higher", "lower"),
            ("higher", "lower"),
            ("more slowly", "faster"),
            ("higher", "lower"),
            ("higher", "lower"),
            ("higher", "lower"),
            ("lower", "higher"),
            ("lower", "higher"),
        ],
        strict=True,
    )
]

# the summary's group is compared in another of the paper's results: another comparison
ANOTHER = [
    (
        "Antibody levels were measured in 120 hospital staff. Antibody levels fell between month "
        "1 and month 6. Staff aged 45 or older had higher levels than younger staff.",
        "Antibody levels fell between month 1 and month 6.",
        "Older staff had higher antibody levels than younger staff.",
    ),
    (
        "We measured grip strength in 300 people with MS. Grip strength declined over two years. "
        "Grip strength was greater in people who exercised weekly than in sedentary people.",
        "Grip strength declined over two years.",
        "People who exercised weekly had greater grip strength than sedentary people.",
    ),
    (
        "A cohort of 2,000 adults with MS was followed. Depression scores fell after the first "
        "year. Depression was more common among smokers than among non-smokers.",
        "Depression scores fell after the first year.",
        "Depression was more common among smokers than among non-smokers.",
    ),
    (
        "We studied 80 rats after spinal injury. Inflammation decreased over four weeks. "
        "Inflammation was higher in aged rats than in young rats at every time point.",
        "Inflammation decreased over four weeks.",
        "Aged rats had more inflammation than young rats.",
    ),
]


def _read(paper: str, result: str, summary: str) -> tuple[str, str] | None:
    source = Source(text=paper)
    return contradiction(summary, [result], stand_in_expander(source), compared_groups(source))


@pytest.mark.parametrize("paper,result,summary", REVERSED)
def test_reversed_against_the_papers_unnamed_comparison(paper, result, summary) -> None:
    assert _read(paper, result, summary) is not None


@pytest.mark.parametrize("paper,result,summary", FAITHFUL + ANOTHER)
def test_faithful_or_another_comparison_passes(paper, result, summary) -> None:
    assert _read(paper, result, summary) is None


def test_a_group_named_in_the_methods_is_no_compared_group() -> None:
    assert compared_groups(Source(text=REVERSED[0][0])) == frozenset()
    assert {"staff", "younger"} <= compared_groups(Source(text=ANOTHER[0][0]))


def _lazily(paper: str) -> tuple[list[str], Callable[[], frozenset[str]]]:
    """The paper's compared groups as the gate passes them (a function, read only when a
    summary's claim sets its subject against a group of its own), and a log of each read."""
    asked: list[str] = []

    def groups() -> frozenset[str]:
        asked.append(paper)
        return compared_groups(Source(text=paper))

    return asked, groups


@pytest.mark.parametrize("paper,result,summary", REVERSED + FAITHFUL + ANOTHER)
def test_the_groups_read_lazily_give_the_same_answer(paper, result, summary) -> None:
    source = Source(text=paper)
    _, groups = _lazily(paper)
    lazy = contradiction(summary, [result], stand_in_expander(source), groups)
    assert lazy == _read(paper, result, summary)


def test_the_papers_groups_are_read_only_for_a_claim_set_against_a_group() -> None:
    paper, result, summary = REVERSED[0]
    source = Source(text=paper)
    asked, groups = _lazily(paper)
    contradiction("Grip strength declined over two years.", [result], None, groups)
    assert asked == []  # no group of its own: every sentence of the paper left unread
    contradiction(summary, [result], stand_in_expander(source), groups)
    assert asked == [paper]
