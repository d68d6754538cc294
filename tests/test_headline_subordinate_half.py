"""What a subordinate clause of the authors' sentence says (", although X may be preferred",
", whereas Y did not") is an aside to its main clause, even once the drafter gives it as a
sentence of its own ("But X may be preferred"): it heads only below the authors' other
conclusions. Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.rank import subordinate_half
from plainsum.plain.simplify import measured
from plainsum.schemas import StudyDesign

PAPER = (
    "Evidence is insufficient to favour one cooling garment, although vests may be preferred, "
    "given their low price."
)


def test_the_half_after_although_is_the_aside() -> None:
    assert subordinate_half("But vests may be preferred, given their low price.", PAPER)
    assert not subordinate_half("Evidence is not enough to favour one cooling garment.", PAPER)
    assert not subordinate_half("Vests may be preferred, given their low price.", "Vests help.")


def test_the_aside_of_a_split_conclusion_does_not_head() -> None:
    main = "Cooling garments probably reduce tiredness in hot weather in adults with MS."
    aside = "But vests may be preferred, given their low price."
    # (the sentence with the aside comes first: its place alone would let the aside head)
    conclusions = [measured(aside, (7,), 0), measured(main, (8,), 1)]
    said = {7: PAPER, 8: main}
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, said=said)
    assert head.origin == main
