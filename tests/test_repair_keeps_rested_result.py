"""A repair for a hard word keeps whole the result a lab or animal study's headline rests on (issue
9): the lead's hand-written mouse study headed "a possible route to myelin repair in mice" and its
repair for "cuprizone" left the body only a step in cultured cells. The hard word stays and the
gate names it (true and whole before plain). A long result keeps a short explanation where the
full one would make it too long to show, and the bracket never hides which way it went ("40% more
fibres in the corpus callosum (a part of the brain) than vehicle"). Abstracts written for these
tests."""

from __future__ import annotations

from body_lines import did_lines
from offline_repairs import repaired_for_word

from plainsum.plain.explain import explain_terms

MOUSE = (
    "Myelin loss in the brain is a feature of multiple sclerosis, and no treatment restores it. "
    "We tested whether the compound QZ-5 speeds myelin repair in mice. In cultured rat "
    "precursor cells, QZ-5 raised the number of mature myelin-making cells twofold. In mice "
    "given cuprizone to strip myelin from the corpus callosum, QZ-5 for four weeks after "
    "cuprizone was stopped doubled the share of remyelinated axons compared with vehicle (56% "
    "vs 28%). Treated mice also stayed longer on a rotating rod. These findings suggest that "
    "QZ-5 promotes myelin repair in mice."
)


def _body(result: object) -> str:
    return result.summary.what_the_study_did  # type: ignore[attr-defined]


def test_the_result_under_the_headline_survives_a_repair_for_its_hard_word() -> None:
    first, repaired = repaired_for_word(MOUSE, "cuprizone")
    assert "doubled the share" in _body(first)
    assert "doubled the share" in _body(repaired)
    assert "rat precursor cells" in _body(repaired)  # the cell step is still said too


LONGER = (
    "Loss of myelin is common in multiple sclerosis. Here we tested whether the compound "
    "LK-9, which blocks a receptor on young myelin-making cells, promotes remyelination in "
    "mice. In a toxic model of demyelination, mice given LK-9 by mouth for three weeks had "
    "40% more myelinated axons in the corpus callosum than mice given vehicle. In mice with "
    "experimental autoimmune encephalomyelitis, LK-9 did not change the clinical score. "
    "These results show that LK-9 promotes remyelination in a toxic model but not in an "
    "inflammatory one."
)


def test_a_long_result_keeps_its_explanation_and_its_place() -> None:
    lines = did_lines(LONGER)
    found = [line for line in lines if "40% more" in line]
    assert found, lines
    assert "corpus callosum (a part of the brain)" in found[0]


def test_the_corpus_callosum_has_a_short_explanation_for_a_long_sentence() -> None:
    text = "The scan showed thinning of the corpus callosum in both groups."
    assert "the two halves of the brain)" in explain_terms(text)  # where it fits, in full
    assert "corpus callosum (a part of the brain)" in explain_terms(text, short=True)
