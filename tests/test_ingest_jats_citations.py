"""Citation markers taken out of a JATS abstract leave no separators behind (issue 10):
"affects up to 80% of people with MS [1], [2]." read "... (MS) , ." in the text drafted from."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from plainsum.ingest.jats import drop_citations
from plainsum.ingest.xmlsafe import text_of


def _text(xml: str) -> str:
    root = ET.fromstring(xml)
    drop_citations(root)
    return text_of(root)


@pytest.mark.parametrize(
    ("xml", "text"),
    [
        (
            '<p>Spasms are common in MS <xref ref-type="bibr">[1]</xref>, '
            '<xref ref-type="bibr">[2]</xref>.</p>',
            "Spasms are common in MS.",
        ),
        (
            '<p>Spasms are common (<xref ref-type="bibr">7</xref>) in MS.</p>',
            "Spasms are common in MS.",
        ),
        (
            '<p>Spasms are common [<xref ref-type="bibr">3</xref>&#x2013;'
            '<xref ref-type="bibr">6</xref>]. Few treatments help.</p>',
            "Spasms are common. Few treatments help.",
        ),
        # what is no citation stays as written
        (
            '<p>Scores (range 0-10) fell; see <xref ref-type="fig">Figure 2</xref>.</p>',
            "Scores (range 0-10) fell; see Figure 2.",
        ),
    ],
)
def test_citations_leave_no_separators(xml: str, text: str) -> None:
    assert _text(xml) == text
