"""What the authors say their findings back, said outright ("These findings support a
discussion of stopping treatment with older patients"), is why the finding matters (issue 9: a
registry comparison's why it matters was the stock "not yet clear how much this helps" while the
paper said this). Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.own_meaning import stated_use


def test_what_the_findings_back_is_their_stated_use() -> None:
    assert stated_use(
        "These findings support a discussion of stopping injections with people over 65."
    )
    assert stated_use("Our results justify a review of how often scans are repeated.")
    assert stated_use("These findings can help clinics plan support for carers.")


def test_what_the_findings_show_is_not_a_use() -> None:
    assert not stated_use("These findings support the idea that vitamin D matters.")
    assert not stated_use("These results were similar in women and men.")
