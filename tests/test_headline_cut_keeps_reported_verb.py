"""A cut form of a sentence never heads when it stops inside what the sentence reports: "The
network analysis showed that the gene pairs, including A-B, were linked with infection" cut
before ", including" leaves "The network analysis showed that the gene pairs", which has no
verb after "that" (issue 9: a lab study's headline was that fragment). The whole sentence, or
another, heads instead. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.form_fit import formfits


@pytest.mark.parametrize(
    "cut",
    [
        "The network analysis of the shared genes showed that the gene pairs",
        "Our data suggest that the early rise in blood sugar after meals",
    ],
)
def test_a_cut_form_with_no_verb_after_that_does_not_fit(cut: str) -> None:
    assert not formfits(cut, f"{cut}, including A, went up.", True)


@pytest.mark.parametrize(
    "cut",
    [
        "The network analysis showed that the gene pairs were linked with infection",
        "Higher vitamin D levels were linked with fewer relapses in adults with MS",
    ],
)
def test_a_cut_form_that_keeps_its_verb_still_fits(cut: str) -> None:
    assert formfits(cut, f"{cut}, including A, as expected.", True)
