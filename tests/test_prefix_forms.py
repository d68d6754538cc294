"""A short form the paper never defines, read from the words of a longer code it opens
("branched chain ketoacid dehydrogenase alpha subunit gene (BCKDHA)" then "BCKD activity"), and
written out in the draft instead of leaving every sentence that holds it to be dropped (issue 9,
plaba 18206410). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from composed_draft import drafted

from plainsum.plain.abbreviations import find_definitions
from plainsum.plain.prefix_forms import prefix_definitions

LAB = (
    "We tested whether a viral vector could restore the branched chain ketoacid dehydrogenase "
    "alpha subunit gene (BCKDHA) in skin cells grown from four patients and four healthy "
    "donors. Cells were treated with the vector for three days. BCKD activity rose by 40% in "
    "patient cells and was unchanged in donor cells. Adding thiamine raised BCKD activity "
    "further in patient cells. These results suggest that gene transfer may one day help "
    "people with BCKD deficiency."
)


def _prefixed(text: str) -> dict[str, str]:
    return prefix_definitions(find_definitions(text), text)


def test_the_opening_words_of_a_longer_code_define_its_opening_letters() -> None:
    assert _prefixed(LAB) == {"BCKD": "branched chain ketoacid dehydrogenase"}


@pytest.mark.parametrize(
    "text",
    [
        # the opening words do not spell it: the letters come from inside one word
        "Levels of the cerebrospinal fluid score (CSFS) were high. CS levels were low.",
        # one word is a guess, and a whole long form leaves nothing for the longer code's rest
        "We used the neuropathy score (NPS) in all. NP was common.",
        # no longer code opens with it
        "The total walking score (TWS) rose. The QX score fell.",
        # the longer code's words do not spell it at all
        "We used the daily activity record (DARX) each week. The DAQ was also used.",
    ],
)
def test_no_reading_the_letters_do_not_support(text: str) -> None:
    assert _prefixed(text) == {}


def test_a_short_form_the_paper_defines_keeps_its_own_definition() -> None:
    text = (
        "The branched chain ketoacid dehydrogenase alpha subunit gene (BCKDHA) was studied. "
        "Blood concentration of keto acids (BCKD) was measured."
    )
    assert "BCKD" not in _prefixed(text)


def test_the_draft_writes_it_out_and_keeps_its_results() -> None:
    summary = drafted(LAB)
    text = " ".join([summary.headline, summary.what_the_study_did])
    assert "BCKD " not in text
    assert "branched chain ketoacid dehydrogenase activity" in summary.what_the_study_did.lower()
    assert "40%" in summary.what_the_study_did
