"""Terms a summary joins that the paper keeps apart (plainsum.checks.joined_terms). Abstracts
and sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.checks.joined_terms import joined_terms
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink

MASKS = parse(
    "Background: Two masks keep the airway open during surgery.\n\n"
    "Results: We included 6 trials with 700 people. Peak airway pressure was lower with the "
    "first mask. Leak pressure was higher with the second mask (MD 5, 95% CI 3 to 7). Sore "
    "throat was rare with both.\n\n"
    "Conclusions: The second mask seals better."
)
DRUGS = parse(
    "Background: Some heart drugs may change a blood marker.\n\n"
    "Results: We treated 200 adults for eight weeks. Calcium channel blockers and "
    "angiotensin receptor (ARB) antagonists lowered the marker, while water pills raised it. "
    "Oral administration of fish oil had no effect on the marker.\n\n"
    "Conclusions: Calcium channel blockers may lower the marker."
)

NAMES = parse(
    "Background: First aid guides from the Blue Lantern societies and others tell people "
    "what to do in an emergency.\n\nResults: We compared 12 first aid guides. Most first "
    "aid guides advise calling for help first.\n\nConclusions: First aid guides mostly agree."
)


def _findings(source, text: str):
    return joined_terms(source, EvidenceLink(section="what_the_study_did", index=0, text=text))


@pytest.mark.parametrize(
    "source, text",
    [
        # "peak airway pressure" and "leak pressure": two outcomes made one
        (MASKS, "The second mask gave a higher peak leak pressure."),
        # "calcium channel blockers" and "angiotensin receptor antagonists": two drugs made one
        (DRUGS, "A drug called a calcium receptor antagonist lowered the marker."),
    ],
)
def test_two_terms_of_the_paper_joined_into_one_are_an_error(source, text):
    found = _findings(source, text)
    assert [f.check for f in found] == ["faithfulness"]
    assert "keeps apart" in found[0].message


@pytest.mark.parametrize(
    "source, text",
    [
        (MASKS, "Leak pressure was higher with the second mask."),  # the paper's own term
        (MASKS, "Peak airway pressure was lower with the first mask."),
        (MASKS, "The second mask had a higher peak pressure in the airway."),  # reworded, whole
        # words dropped from one term, nothing joined
        (DRUGS, "Oral fish oil had no effect on the marker."),
        # a common word before another term is no join ("higher" stands anywhere)
        (MASKS, "The second mask gave higher leak pressure."),
        (DRUGS, "Calcium channel blockers and water pills worked in opposite ways."),
        # a name's word before a term: "the Blue Lantern first aid guide" is no "lantern aid"
        (NAMES, "The Blue Lantern first aid guide says to call for help."),
    ],
)
def test_a_term_kept_whole_or_shortened_is_not_read(source, text):
    assert _findings(source, text) == []
