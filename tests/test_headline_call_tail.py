"""A finding said with a call for the research to come next heads without the call, and the
findings' report pointed at as "these" is said so a headline read alone names it (issue 9: the
lead's hand-written cell and mouse abstracts headed with a side result, "... in rats", because
their conclusion ran on into "which now needs testing in animal models of MS"). Sentences and
abstracts written for these tests, in the style of unheaded lab abstracts."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose
from plainsum.plain.headline.call_tail import without_call_tail
from plainsum.plain.headline.said_alone import said_alone
from plainsum.plain.material import gather

LAB = (
    "Astrocytes, the star-shaped support cells of the brain, release lactate that nerve cells use "
    "for energy. We grew mouse astrocytes and nerve cells together and starved them of glucose "
    "for 12 hours, with or without the compound ZL-4, which raises lactate release. Nerve cell "
    "survival was 64% with ZL-4 and 31% without it (p < 0.01). ZL-4 also kept more of the "
    "connections between nerve cells. These results in cultured mouse cells suggest that raising "
    "lactate release might protect nerve cells during energy shortage, which now needs testing "
    "in animal models.\n"
)


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        (
            "Boosting the protein might protect the cells, which now needs testing in animal "
            "models of MS.",
            "Boosting the protein might protect the cells",
        ),
        (
            "The findings suggest that the bacteria ease the disease through T cells; studies in "
            "people with MS are needed before any probiotic can be advised.",
            "The findings suggest that the bacteria ease the disease through T cells",
        ),
        (
            "Daily walking lowered fatigue scores in people with MS; larger trials are now "
            "required to confirm this.",
            "Daily walking lowered fatigue scores in people with MS",
        ),
    ],
)
def test_the_call_after_a_finding_goes(sentence: str, head: str) -> None:
    assert without_call_tail(sentence) == head


@pytest.mark.parametrize(
    "sentence",
    [
        # no call: a second finding after the semicolon stays the sentence's own
        "Daily walking lowered fatigue scores; sleep quality did not change.",
        # the call is the whole sentence, no finding before it
        "Further studies are needed; trials in people with MS are required.",
        # what is left says only how much evidence there is
        "There is weak evidence; more trials are needed to find out whether it helps.",
        # a "which" clause that is no call for research
        "The drug lowered relapse rates, which needs no dose change in older people.",
    ],
)
def test_no_call_or_no_finding_no_cut(sentence: str) -> None:
    assert without_call_tail(sentence) is None


def test_the_report_and_the_things_tested_are_named() -> None:
    assert said_alone("These results in rat cells suggest that X might help") == (
        "The results in rat cells suggest that X might help"
    )
    assert said_alone("The findings suggest that these gut bacteria ease the disease") == (
        "The findings suggest that the gut bacteria tested ease the disease"
    )
    # people picked out as "these" are left as they are (they may be some of those studied)
    assert said_alone("These patients had fewer relapses") is None
    # "These results" as no report of a finding: left
    assert said_alone("These results were checked twice") is None


def test_a_cell_study_heads_with_its_conclusion_not_a_side_result() -> None:
    source = parse(LAB)
    head, _ = compose(gather(source, detect_design(source)))
    assert head.text.startswith("The results in ")
    assert "suggest that raising lactate release might protect nerve cells" in head.text
    # never the side result, which said "in mice" of work on cells in a dish
    assert "connections" not in head.text
    assert "needs testing" not in head.text
