"""Abbreviations joined by slashes, and long forms put plainly (issue 8): "physical therapy
after a knee replacement (PT/TKA)" explains both PT and TKA; a slashed pair written out is
compared part by part with the paper's definitions, so a wrong part is still caught; and
"total knee replacement (TKA)" is the paper's "total knee arthroplasty" with its technical
last word put in a plain one, not another expansion. Papers and sentences written for these
tests."""

import pytest

from plainsum.checks.abbreviations import unexplained_abbreviations, wrong_expansions

PAPER = (
    "We followed adults after total knee arthroplasty (TKA) who received physical therapy "
    "(PT) at home or in clinic. PT/TKA outcomes were compared with those of hip arthroplasty. "
    "Magnetic resonance imaging/computed tomography (MRI/CT) findings were reviewed. Patients "
    "taking interferon beta (IFN) or glatiramer acetate (GA) were excluded. Deep vein "
    "thrombosis (DVT) and pulmonary embolism (PE) were recorded. Relapsing-remitting multiple "
    "sclerosis (RRMS) was present in eight."
)

EXPLAINED = [
    "Physical therapy after knee replacement (PT/TKA) helped people walk sooner.",
    "Physical therapy/total knee arthroplasty (PT/TKA) patients went home sooner.",
    "People taking interferon beta or glatiramer acetate (IFN/GA) were left out.",
    "PT/TKA (physical therapy after a knee replacement) helped people walk sooner.",
    "Scans of the knee (MRI/CT) were read by two doctors.",
    "Blood clots in the legs or lungs (DVT/PE) were rare.",
    "Blood clots (DVT / PE) were rare.",
    "DVT/PE (blood clots in a leg vein or the lungs) were rare.",
    "Physical therapy and knee replacement (PT and TKA) were studied.",
    "Deep vein thrombosis or pulmonary embolism (DVT/PE, both blood clots) were rare.",
]
NOT_EXPLAINED = [
    ("The PT/TKA results were good.", ["PT", "TKA"]),
    ("People had physio (PT) and later TKA.", ["TKA"]),
    ("Few had DVT/PE after surgery.", ["DVT", "PE"]),
]
RIGHT_EXPANSIONS = [
    "Physical therapy/total knee arthroplasty (PT/TKA) patients did well.",
    "Physical therapy and total knee arthroplasty (PT/TKA) were studied.",
    "Physical therapy or total knee arthroplasty (PT/TKA) came first.",
    "Magnetic resonance imaging/computed tomography (MRI/CT) scans were read.",
    "Interferon beta/glatiramer acetate (IFN/GA) users were left out.",
    "Deep vein thrombosis/pulmonary embolism (DVT/PE) was rare.",
    "Total knee replacement (TKA) was the operation everyone had.",
    "After a total knee replacement (TKA), physical therapy (PT) began at home.",
    "Physical therapy and total knee replacement (PT/TKA) were studied.",
    "Relapsing-remitting multiple sclerosis (RRMS) was present in eight.",
]
WRONG_EXPANSIONS = [
    ("Physical training/total knee arthroplasty (PT/TKA) patients did well.", "PT"),
    ("Physical therapy and total knee anaesthesia (PT/TKA) were studied.", "TKA"),
    ("Physical training (PT) was given at home.", "PT"),
    ("Total knee anaesthesia (TKA) was studied.", "TKA"),
    ("Rapidly relapsing MS (RRMS) was present in eight.", "RRMS"),
    ("Deep vein clotting/pulmonary embolism (DVT/PE) was rare.", "DVT"),
    ("Deep vein thrombosis/pulmonary edema (DVT/PE) was rare.", "PE"),
]


@pytest.mark.parametrize("sentence", EXPLAINED)
def test_slashed_abbreviations_are_explained_together(sentence):
    assert unexplained_abbreviations(sentence) == []


@pytest.mark.parametrize("sentence,left", NOT_EXPLAINED)
def test_slashed_abbreviations_with_no_explanation_are_not(sentence, left):
    assert unexplained_abbreviations(sentence) == left


@pytest.mark.parametrize("sentence", RIGHT_EXPANSIONS)
def test_right_expansions_pass(sentence):
    assert wrong_expansions(PAPER, sentence) == []


@pytest.mark.parametrize("sentence,short", WRONG_EXPANSIONS)
def test_a_wrong_part_is_caught(sentence, short):
    assert [w.short for w in wrong_expansions(PAPER, sentence)] == [short]
