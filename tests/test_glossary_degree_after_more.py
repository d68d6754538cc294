"""'relatively' after 'more' or 'less' is kept: "more relatively flexed" is no "more fairly
flexed" (lead, stop 54, from draft54w's report on plaba 29184745)."""

from plainsum.plain.simplify import plain_sentences


def test_relatively_after_more_is_kept():
    (said,) = plain_sentences("The knee was held more relatively bent than the other knee.")
    assert "more relatively bent" in said.text


def test_relatively_alone_is_swapped():
    (said,) = plain_sentences("The walking test was relatively easy for most of the adults.")
    assert "fairly easy" in said.text
