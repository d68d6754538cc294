"""A short form joined to a code before it by a colon is part of one construct's name ("LP18:RBD",
a bacterial strain carrying a protein part): written out inside it, the draft read "the
recombinant strain LP18: receptor-binding domain expressing the receptor-binding domain" (issue
9, the lead's reading of a lab study). The name stays whole; the short form alone is still
written out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.abbreviations import Expander

_EXPAND = Expander({"RBD": "receptor-binding domain"}, standard={})


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Mice given the strain LP18:RBD made antibodies against the RBD.",
            "Mice given the strain LP18:RBD made antibodies against the receptor-binding domain.",
        ),
        (
            "The strain LP18: RBD carried the RBD on its surface.",
            "The strain LP18: RBD carried the receptor-binding domain on its surface.",
        ),
        # a colon after an ordinary word is no construct: the short form is written out
        (
            "One part stood out: RBD antibodies rose in every mouse.",
            "One part stood out: receptor-binding domain antibodies rose in every mouse.",
        ),
    ],
)
def test_a_short_form_inside_a_construct_name_stays_whole(text: str, written: str) -> None:
    assert _EXPAND(text) == written
