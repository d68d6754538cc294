"""A list whose later items leave out what was measured ("Efficacy against A was 80%; B, 58%; C
was 27%") is never split: its piece "C was 27%" read as a rate of C, where the figure was the
vaccine's efficacy against C (a reader's firm false sentence, CD004977)."""

from __future__ import annotations

from plainsum.plain.simplify import plain_sentences
from plainsum.plain.splits import split_long

GAPPED = (
    "Pooled efficacy of the vaccine against severe infection in young children was 70% (95% CI "
    "50% to 80%); any infection of the blood, 40% (95% CI 20% to 55%); hospital stays for chest "
    "infection seen on X-ray were 25% (95% CI 10% to 35%); doctor visits for chest infection, "
    "5% (95% CI 1% to 9%); and deaths from any cause, 9% (95% CI -2% to 19%)."
)


def test_no_piece_of_a_gapped_list_stands_alone() -> None:
    pieces = [p.text for p in plain_sentences(GAPPED, review=True)]
    alone = ("Hospital stays were", "Any infection", "Doctor visits")
    assert not any(p.startswith(alone) for p in pieces)
    assert all("efficacy" in p or "effect" in p for p in pieces)


# (as the statistics are stripped; a named measure after the semicolon, capitalised)
STRIPPED = (
    "Pooled vaccine effect against severe infection was 70%, blood infection, 40%; National "
    "Health Service chest infection seen on X-ray was 25%, clinic visits, 5%; and all deaths, 9%."
)


def test_a_gapped_list_is_not_split_at_its_semicolons() -> None:
    assert split_long(STRIPPED) == [STRIPPED]


def test_a_list_with_its_measure_in_each_item_still_splits() -> None:
    text = (
        "The drug reduced pain scores in the first group of adults with back pain by a small "
        "amount; the drug also reduced the number of days off work in the second group by a "
        "larger amount."
    )
    assert len(split_long(text, 20)) == 2  # no gapped item: split at the semicolon as before
