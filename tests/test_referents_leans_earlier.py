"""Issue 9 (a dangling "this gene variant"): a line shown right after the paper's sentence that
names its thing leans on that line, even though the reader has read it, so that a shorter body
never keeps the line without it (the gene variant's sentence was cut for its hard word, and
"Homozygosity for this gene variant is linked with ..." was left pointing at nothing). Sentences
written for this test."""

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred


def test_a_line_shown_after_the_one_that_names_its_thing_leans_on_it() -> None:
    lines = [
        Line("A common variant of the IL7R gene lowers how much of the protein cells make.", (1,)),
        Line("Carrying two copies of this gene variant is linked with a higher risk of MS.", (2,)),
        Line("Vitamin D levels did not differ between the groups.", (5,)),
    ]
    out = referred("Carrying two copies raises the risk of MS", lines)
    assert [x.leans for x in out] == [False, True, False]
    # the variant named by the headline: nothing leans on the line before
    out = referred("A variant of the IL7R gene is linked with MS", lines)
    assert [x.leans for x in out] == [False, False, False]
